/** `storage.local` as the small key-value interface lib/study reads and writes through. */
import type { KeyValueStore } from '@/lib/study/stored.ts';

export function localStore(): KeyValueStore {
  return {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  };
}
