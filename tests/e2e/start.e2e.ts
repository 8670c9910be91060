/** `npm start` on a machine without a display: it prints the highlighted terms and writes a screenshot of a card. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { unavailable } from '../../scripts/browser/launch.ts';

const reason = unavailable('chromium');
if (reason && !process.env.CI) console.warn(`[e2e] skipping "npm start" without a display: ${reason}`);

describe.skipIf(reason && !process.env.CI)('npm start without a display', () => {
  it('prints the highlighted terms and writes a screenshot of the open card', async () => {
    const shot = join(mkdtempSync(join(tmpdir(), 'steppe-start-')), 'demo.png');
    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_SCREENSHOT: shot };
    delete env.DISPLAY;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', 'scripts/start.ts'],
      { env, timeout: 60_000 },
    );
    expect(stdout).toMatch(/Highlighted \d+ terms/);
    for (const term of ['Nur-Sultan', 'Kazakhstan', 'Abaï', 'Khabar24', 'peine de mort'])
      expect(stdout).toContain(term);
    expect(stdout).toContain('Hovered "Nur-Sultan": the card reads "Astana');
    expect(existsSync(shot)).toBe(true);
    const png = PNG.sync.read(readFileSync(shot));
    expect(png.width).toBeGreaterThan(500);
  });
});
