/**
 * `npm run lint:firefox` (part of `npm test`): Mozilla's add-on linter (web-ext lint) on the Firefox build. It
 * fails on any error, and on any warning or notice that ARCHITECTURE.md does not list with its reason in the table
 * under "web-ext lint: accepted warnings" (a row: | `CODE` | `file glob`, … | reason |).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { acceptedWarnings, type LintMessage } from './lint/accepted-warnings.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = process.argv[2] ?? resolve(ROOT, '.output/firefox-mv2');

function main(): void {
  if (!existsSync(resolve(DIR, 'manifest.json'))) {
    console.error(`lint:firefox: ${DIR} is not built (npm run build:firefox)`);
    process.exit(1);
  }
  const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
  let out: string;
  try {
    out = execFileSync(bin, ['lint', '--source-dir', DIR, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // web-ext exits non-zero on errors but still prints its report.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out.slice(out.indexOf('{'))) as Record<'errors' | 'warnings' | 'notices', LintMessage[]>;
  const accepted = acceptedWarnings(readFileSync(resolve(ROOT, 'ARCHITECTURE.md'), 'utf8'));
  const isAccepted = (m: LintMessage) =>
    accepted.some((a) => a.code === m.code && a.files.some((f) => f.test(m.file ?? '')));
  const failures = [
    ...report.errors.map((m) => ({ ...m, kind: 'error' })),
    ...[...report.warnings, ...report.notices].filter((m) => !isAccepted(m)).map((m) => ({ ...m, kind: 'warning' })),
  ];
  const acceptedCount =
    report.warnings.length + report.notices.length - failures.filter((f) => f.kind === 'warning').length;
  for (const f of failures) console.error(`${f.kind}: ${f.code} ${f.file ?? ''}: ${f.message}`);
  console.log(`web-ext lint: ${failures.length} problem(s), ${acceptedCount} accepted warning(s) (ARCHITECTURE.md)`);
  if (failures.length > 0) process.exit(1);
}

main();
