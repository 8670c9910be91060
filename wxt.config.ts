import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See ARCHITECTURE.md for why each permission is needed.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
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
    // `storage`: the reader's settings, notes and own entries. The side panel adds sidePanel in Chrome (WXT).
    permissions: ['scripting', 'storage'],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Steppe Lens' },
    icons: ICONS,
    // Remappable in the browser's shortcut settings (the options page links there).
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+Right' }, description: 'Next term on the page' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Left' }, description: 'Previous term on the page' },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn Steppe Lens on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'steppe-lens@example.org',
              // 140 (the ESR) is the first to read data_collection_permissions: it collects nothing, sends nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The demo pages serve `npm start` and the tests, not a reader: they stay out of the store packages.
  zip: { exclude: ['demo/**'] },
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
