/**
 * The boundaries between the code's areas are held by the tools, not just written down (ARCHITECTURE.md,
 * Boundaries): each case puts an offending file where it does not belong, in a copy of the project's Biome setup,
 * and expects the rule that names the boundary to catch it; the allowed arrows pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIOME = resolve('node_modules/.bin/biome');

/** Lints `files` (path → source) under the project's biome.json; returns the diagnostics' rule and message. */
function lint(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-boundaries-'));
  const config = JSON.parse(readFileSync('biome.json', 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  let out: string;
  try {
    out = execFileSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { diagnostics: { category: string; location: { path: string } }[] };
  return report.diagnostics
    .filter((d) => d.category.startsWith('lint/style/noRestricted'))
    .map((d) => `${d.location.path} ${d.category.replace('lint/style/', '')}`);
}

describe('boundaries', () => {
  it('catches each forbidden arrow with the rule that names it', () => {
    const found = lint({
      'lib/match/a.ts': "import { x } from '../page/highlighter.ts';\nexport const a = x;\n",
      'lib/match/b.ts': 'export const b = document.body;\nexport const c = browser.runtime;\n',
      'lib/page/a.ts': "import { z } from 'zod';\nexport const a = z;\n",
      'lib/page/b.ts': "import { parse } from 'yaml';\nexport const b = parse;\n",
      'lib/cards/a.ts': "import { entrySchema } from '../glossary-build/schema.ts';\nexport const a = entrySchema;\n",
      'lib/glossary/a.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      'lib/messages/a.ts': "import { browser } from 'wxt/browser';\nexport const a = browser;\n",
      'lib/i18n/a.ts': "import { render } from 'preact';\nexport const a = render;\n",
      'lib/background/a.ts': 'export const a = chrome.runtime;\n',
      'lib/study/a.ts': "import { render } from 'preact';\nexport const a = [render, browser.storage];\n",
      'components/Card/a.tsx': "import { parse } from 'yaml';\nexport const a = parse;\n",
      'components/Card/b.tsx': 'export const b = browser.runtime;\n',
      'entrypoints/content/a.ts':
        "import { entrySchema } from '@/lib/glossary-build/schema.ts';\nexport const a = entrySchema;\n",
      'entrypoints/background.ts': "import { join } from 'node:path';\nexport const a = [join, process.env];\n",
      'lib/settings/settings.ts': "import { z } from 'zod';\nexport const a = z;\n",
      'lib/settings/b.ts': 'export const b = browser.storage;\n',
      'lib/page-control/a.ts':
        "import { parseSyncedSettings } from '../settings/schema.ts';\nexport const a = parseSyncedSettings;\n",
      'entrypoints/content/b.ts':
        "import { createSettingsStore } from '@/lib/settings/store.ts';\nexport const b = createSettingsStore;\n",
      // Discovery (wink-nlp) never on every page, and itself no Node, no extension API.
      'entrypoints/content/c.ts':
        "import { suggestNames } from '@/lib/discovery/suggest.ts';\nexport const b = suggestNames;\n",
      'lib/page/c.ts': "import { suggestNames } from '../discovery/suggest.ts';\nexport const c = suggestNames;\n",
      'lib/discovery/a.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      'lib/discovery/b.ts': 'export const b = browser.runtime;\n',
      // wink-nlp ships only in the side panel's discovery worker: not in the background, the popup or the panel page.
      'entrypoints/background/wink.ts': "import winkNLP from 'wink-nlp';\nexport const a = winkNLP;\n",
      'entrypoints/sidepanel/main.tsx': "import model from 'wink-eng-lite-web-model';\nexport const a = model;\n",
      'entrypoints/sidepanel/discovery-worker.ts':
        "import { join } from 'node:path';\nexport const a = [join, browser.runtime];\n",
    });
    expect(found.sort()).toEqual(
      [
        'lib/match/a.ts noRestrictedImports',
        'lib/match/b.ts noRestrictedGlobals', // browser (document is held by tsconfig.match.json: no DOM lib)
        'lib/page/a.ts noRestrictedImports',
        'lib/page/b.ts noRestrictedImports',
        'lib/cards/a.ts noRestrictedImports',
        'lib/glossary/a.ts noRestrictedImports',
        'lib/messages/a.ts noRestrictedImports',
        'lib/i18n/a.ts noRestrictedImports',
        'lib/background/a.ts noRestrictedGlobals',
        'lib/study/a.ts noRestrictedImports',
        'lib/study/a.ts noRestrictedGlobals',
        'components/Card/a.tsx noRestrictedImports',
        'components/Card/b.tsx noRestrictedGlobals',
        'entrypoints/content/a.ts noRestrictedImports',
        'entrypoints/background.ts noRestrictedImports',
        'entrypoints/background.ts noRestrictedGlobals',
        'lib/settings/settings.ts noRestrictedImports',
        'lib/settings/b.ts noRestrictedGlobals',
        'lib/page-control/a.ts noRestrictedImports',
        'entrypoints/content/b.ts noRestrictedImports',
        'entrypoints/content/c.ts noRestrictedImports',
        'lib/page/c.ts noRestrictedImports',
        'lib/discovery/a.ts noRestrictedImports',
        'lib/discovery/b.ts noRestrictedGlobals',
        'entrypoints/background/wink.ts noRestrictedImports',
        'entrypoints/sidepanel/main.tsx noRestrictedImports',
        'entrypoints/sidepanel/discovery-worker.ts noRestrictedImports',
        'entrypoints/sidepanel/discovery-worker.ts noRestrictedGlobals', // a worker has no extension API
      ].sort(),
    );
  });

  it('lets the allowed arrows through', () => {
    expect(
      lint({
        'lib/match/a.ts': "import { foldAlias } from './fold.ts';\nexport const a = foldAlias;\n",
        'lib/page/a.ts': "import { createMatcher } from '../match/matcher.ts';\nexport const a = createMatcher;\n",
        'lib/glossary-build/a.ts':
          "import { z } from 'zod';\nimport { parse } from 'yaml';\nexport const a = [z, parse];\n",
        'components/Card/a.tsx': "import { render } from 'preact';\nexport const a = render;\n",
        'lib/study/a.ts':
          "import { z } from 'zod';\nimport { compileBodies } from '../glossary-build/compile.ts';\nexport const a = [z, compileBodies];\n",
        'components/Panel/a.tsx':
          "import { render } from 'preact';\nimport { search } from '@/lib/study/search.ts';\nexport const a = [render, search];\n",
        'entrypoints/content/a.ts': 'export const a = browser.runtime;\n',
        'entrypoints/options/a.ts': "import { z } from 'zod';\nexport const a = [z, browser.storage];\n",
        'lib/settings/schema.ts': "import { z } from 'zod';\nexport const a = z;\n",
        'lib/page-control/a.ts':
          "import { pageSettings } from '../settings/page-settings.ts';\nexport const a = pageSettings;\n",
        'entrypoints/content/b.ts':
          "import { isActiveOn } from '@/lib/settings/settings.ts';\nexport const b = isActiveOn;\n",
        'lib/discovery/a.ts': "import type { WinkMethods } from 'wink-nlp';\nexport type A = WinkMethods;\n",
        'entrypoints/sidepanel/a.ts':
          "import { suggestNames } from '@/lib/discovery/suggest.ts';\nexport const a = suggestNames;\n",
        'entrypoints/sidepanel/discovery-worker.ts':
          "import model from 'wink-eng-lite-web-model';\nimport winkNLP from 'wink-nlp';\nexport const a = winkNLP(model);\n",
      }),
    ).toEqual([]);
  });
});
