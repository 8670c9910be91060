import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See ARCHITECTURE.md for why each permission is needed.
export default defineConfig({
  srcDir: '.',
  vite: () => ({
    plugins: [preact()],
    // NO_MINIFY=1 keeps names readable in CPU profiles (ARCHITECTURE.md, Performance).
    build: { target: 'es2022', minify: process.env.NO_MINIFY ? false : undefined },
  }),
  manifest: ({ browser }) => ({
    name: 'Steppe Lens',
    description:
      'Highlights Central Asia names and terms on any page and explains them from a bundled glossary, offline.',
    // `scripting` + all hosts: the background injects the engine and the card into the frames that need them, so
    // most pages run only the small every-page script (ARCHITECTURE.md, Permissions). No new install warning: the
    // content script's <all_urls> already asks to read the data on all websites.
    // storage: the reader's notes and own entries (storage.local). The side panel adds sidePanel in Chrome (WXT).
    permissions: ['scripting', 'storage'],
    host_permissions: ['<all_urls>'],
    // The toolbar button opens the side panel (entrypoints/background/panel-opening.ts).
    action: { default_title: 'Steppe Lens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'steppe-lens@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  webExt: { disabled: true },
  hooks: {
    // The e2e-only test route never reaches another build (entrypoints/background/test-routes.ts).
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      const i = entrypoints.findIndex((e) => e.name === 'test-route');
      if (i !== -1) entrypoints.splice(i, 1);
    },
  },
});
