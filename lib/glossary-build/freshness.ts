/**
 * Facts that change (officeholders, ownership, populations, memberships) carry `asOf`, the date they were true as
 * of. `stale` lists the entries whose `asOf` is older than a number of months: what a maintainer should re-check.
 */
import type { Entry } from './schema.ts';

export interface StaleEntry {
  readonly id: string;
  readonly asOf: string;
  /** Whole months between `asOf` (its first day) and `today`. */
  readonly months: number;
}

export function staleEntries(entries: readonly Entry[], months: number, today: Date): StaleEntry[] {
  const stale: StaleEntry[] = [];
  for (const e of entries) {
    if (!e.asOf) continue;
    const age = monthsBetween(e.asOf, today);
    if (age > months) stale.push({ id: e.id, asOf: e.asOf, months: age });
  }
  return stale.sort((a, b) => b.months - a.months || a.id.localeCompare(b.id));
}

/** Whole months from an ISO date (YYYY, YYYY-MM or YYYY-MM-DD; a missing month or day counts as the first). */
export function monthsBetween(iso: string, today: Date): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  let months = (today.getUTCFullYear() - y!) * 12 + (today.getUTCMonth() + 1 - m);
  if (today.getUTCDate() < d) months--;
  return months;
}
