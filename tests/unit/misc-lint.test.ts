/** web-ext lint's accepted warnings come from ARCHITECTURE.md's table, by code and file glob. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedWarnings } from '../../scripts/lint/accepted-warnings.ts';

describe('acceptedWarnings', () => {
  it('reads code and file globs from the table, and nothing outside it', () => {
    const md = [
      '## Other',
      '| `NOT_THIS` | `x.js` | elsewhere |',
      '### web-ext lint: accepted warnings',
      '| code | files | reason |',
      '|---|---|---|',
      '| `UNSAFE_VAR_ASSIGNMENT` | `content-scripts/content.js`, `chunks/*.js` | Preact |',
      '## Next',
    ].join('\n');
    const [row, ...rest] = acceptedWarnings(md);
    expect(rest).toEqual([]);
    expect(row!.code).toBe('UNSAFE_VAR_ASSIGNMENT');
    expect(
      row!.files.map((f) =>
        ['content-scripts/content.js', 'chunks/a-1.js', 'chunks/x/y.js', 'popup.js'].filter((p) => f.test(p)),
      ),
    ).toEqual([['content-scripts/content.js'], ['chunks/a-1.js']]);
  });

  it('finds the table in ARCHITECTURE.md', () => {
    expect(acceptedWarnings(readFileSync('ARCHITECTURE.md', 'utf8')).map((a) => a.code)).toContain(
      'UNSAFE_VAR_ASSIGNMENT',
    );
  });
});
