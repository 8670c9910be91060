/**
 * The settings store over storage areas passed in by an entrypoint (`browser.storage.sync` and `.local`), so this
 * module never touches the extension API and the unit tests give it in-memory areas. Every read goes through the
 * parser (schema.ts); a write stores the whole synced object with its version, which also repairs a corrupt one.
 */
import {
  checkedPartial,
  parseDisabledSites,
  parseSyncedSettings,
  SETTINGS_VERSION,
  type SyncedSettings,
  type Warn,
} from './schema.ts';
import { type Settings, SITES_KEY, SYNC_KEY, touchesSettings } from './settings.ts';

/** What the store needs of a storage area (a subset of `browser.storage.StorageArea`). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface SettingsStoreOptions {
  readonly sync: StorageAreaLike;
  readonly local: StorageAreaLike;
  /** Subscribes to `browser.storage.onChanged`; returns the unsubscribe. */
  readonly onChanged: (listener: StorageChangeListener) => () => void;
  readonly warn?: Warn;
}

export interface SettingsStore {
  get(): Promise<Settings>;
  set(partial: Partial<Settings>): Promise<void>;
  /** Calls `listener` with the new settings after every change, from any page or device. Returns the unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void;
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { sync, local, onChanged, warn = (m) => console.warn(`[Steppe Lens] ${m}`) } = options;
  const readSynced = async () => parseSyncedSettings((await sync.get(SYNC_KEY))[SYNC_KEY], warn);
  const readSites = async () => parseDisabledSites((await local.get(SITES_KEY))[SITES_KEY], warn);
  const read = async (): Promise<Settings> => {
    const [synced, disabledSites] = await Promise.all([readSynced(), readSites()]);
    return { ...synced, disabledSites };
  };
  // Every page asks for the settings as it starts, and the answer is on its way to the first viewport's terms: they
  // are read and parsed once, then kept until a change to their keys (from any page, device or foreign writer).
  let kept: Promise<Settings> | undefined;
  onChanged((changes, areaName) => {
    if (touchesSettings(changes, areaName)) kept = undefined;
  });
  const get = async (): Promise<Settings> => {
    kept ??= read();
    const reading = kept;
    try {
      return structuredClone(await reading);
    } catch (error) {
      if (kept === reading) kept = undefined;
      throw error;
    }
  };
  return {
    get,
    async set(partial) {
      const { disabledSites, ...synced } = checkedPartial(partial);
      const writes: Promise<void>[] = [];
      if (Object.keys(synced).length > 0) {
        const value: SyncedSettings & { version: number } = {
          ...(await readSynced()),
          ...synced,
          version: SETTINGS_VERSION,
        };
        writes.push(sync.set({ [SYNC_KEY]: value }));
      }
      if (disabledSites) writes.push(local.set({ [SITES_KEY]: disabledSites }));
      await Promise.all(writes);
    },
    watch(listener) {
      return onChanged((changes, areaName) => {
        if (touchesSettings(changes, areaName)) void get().then(listener);
      });
    },
  };
}
