/**
 * Stored settings are untrusted: another version of the extension, another device (storage.sync), a hand edit or a
 * bug may have written them. Each field is validated on its own; a missing field takes its default silently, a
 * corrupt, foreign or truncated one takes its default with a warning, and the rest are kept. The per-site list is
 * read origin by origin: one bad item never costs the others.
 */
import { z } from 'zod';
import { ENTRY_TYPES, type EntryType } from '../glossary/vocabulary.ts';
import { CARD_LANGUAGES, DEFAULT_SETTINGS, HIGHLIGHT_STYLES, HOVER_DELAY_MS, type Settings } from './settings.ts';

// No `new Function` validators: the extension's pages forbid eval, and zod would try it first (a CSP report).
z.config({ jitless: true });

/** The version written with the synced settings. Bump it with a migration when a field's meaning changes. */
export const SETTINGS_VERSION = 1;

export type Warn = (message: string) => void;
export type SyncedSettings = Omit<Settings, 'disabledSites'>;
type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/** One schema per synced field, so each is judged alone. */
const FIELD_SCHEMAS: { [K in keyof SyncedSettings]: z.ZodType<SyncedSettings[K]> } = {
  cardLanguage: z.enum(CARD_LANGUAGES),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  entryTypes: z.array(z.enum(ENTRY_TYPES)).transform((types) => [...new Set(types)] as EntryType[]),
  hoverDelayMs: z.number().int().min(HOVER_DELAY_MS.min).max(HOVER_DELAY_MS.max),
  paused: z.boolean(),
  badge: z.boolean(),
};

const FIELDS = Object.keys(FIELD_SCHEMAS) as (keyof SyncedSettings)[];

/**
 * Migrations by the version they upgrade from: `MIGRATIONS[n]` turns a version-n value into version n+1. Version 1
 * is the first stored format, so there are none yet; `migrate` is exercised by the unit tests with their own.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  value: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>>,
  to: number,
  warn: Warn,
): Record<string, unknown> {
  let version = typeof value.version === 'number' && Number.isSafeInteger(value.version) ? value.version : 1;
  if (version > to) {
    // Written by a newer version (synced from another device): what this version knows is still read.
    warn(`settings: version ${version} is newer than ${to}; reading the fields this version knows`);
    return value;
  }
  let migrated = value;
  while (version < to) {
    const step = migrations[version];
    if (step) migrated = step(migrated);
    version++;
  }
  return migrated;
}

/** A stored value as an object: JSON text is parsed (a truncated one is refused), anything else that is no object too. */
function asRecord(raw: unknown, what: string, warn: Warn): Record<string, unknown> | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      warn(`${what}: stored text is not valid JSON (truncated?); using the defaults`);
      return undefined;
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  warn(`${what}: stored value is not an object; using the defaults`);
  return undefined;
}

/** The synced settings from whatever is stored under SYNC_KEY (undefined: never written, all defaults). */
export function parseSyncedSettings(raw: unknown, warn: Warn, migrations = MIGRATIONS): SyncedSettings {
  const { disabledSites: _, ...defaults } = DEFAULT_SETTINGS;
  if (raw === undefined) return defaults;
  const record = asRecord(raw, 'settings', warn);
  if (!record) return defaults;
  const value = migrate(record, migrations, SETTINGS_VERSION, warn);
  const result: Record<string, unknown> = { ...defaults };
  for (const field of FIELDS) {
    if (!(field in value)) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(value[field]);
    if (parsed.success) result[field] = parsed.data;
    else warn(`settings: "${field}" is invalid (${JSON.stringify(value[field])}); using its default`);
  }
  for (const key of Object.keys(value)) {
    if (key !== 'version' && !(FIELDS as string[]).includes(key)) warn(`settings: unknown field "${key}" ignored`);
  }
  return result as unknown as SyncedSettings;
}

const ORIGIN = z
  .string()
  .max(2048)
  .refine((s) => s === 'file://' || (/^https?:\/\//.test(s) && URL.canParse(s) && new URL(s).origin === s));

/** The per-site list from whatever is stored under SITES_KEY: every valid origin is kept, each bad item dropped. */
export function parseDisabledSites(raw: unknown, warn: Warn): string[] {
  if (raw === undefined) return [];
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      warn('disabledSites: stored text is not valid JSON (truncated?); no site is off');
      return [];
    }
  }
  if (!Array.isArray(value)) {
    warn('disabledSites: stored value is not a list; no site is off');
    return [];
  }
  const sites: string[] = [];
  for (const item of value) {
    if (ORIGIN.safeParse(item).success) {
      if (!sites.includes(item)) sites.push(item);
    } else warn(`disabledSites: ${JSON.stringify(item)} is not an origin; dropped`);
  }
  return sites;
}

/** Checks a change before it is written: a wrong value here is a bug in the caller, so it throws. */
export function checkedPartial(partial: Partial<Settings>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(partial)) {
    if (key === 'disabledSites') {
      const sites = value as unknown[];
      if (!Array.isArray(sites) || !sites.every((s) => ORIGIN.safeParse(s).success))
        throw new TypeError('disabledSites: not a list of origins');
      out[key] = [...new Set(sites)];
    } else if ((FIELDS as string[]).includes(key)) {
      out[key] = FIELD_SCHEMAS[key as keyof SyncedSettings].parse(value);
    } else throw new TypeError(`unknown setting "${key}"`);
  }
  return out as Partial<Settings>;
}
