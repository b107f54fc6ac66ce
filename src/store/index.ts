/**
 * The situation-picture store: the interface (`types.ts`) and how to open the default backend.
 * Consumers import from here, not from `sqlite/`, so another backend can be chosen in one place.
 */
import { SqliteStore } from './sqlite/store.js';
import type { Store, StoreOptions } from './types.js';

export * from './types.js';
export { contentHash } from './hash.js';
export { nameKey, foldText } from './normalize.js';
export { SqliteStore } from './sqlite/store.js';

/** Opens the store of a data folder (SQLite, `./lagebild-data` by default). */
export function openStore(opts: StoreOptions = {}): Promise<Store> {
  try {
    return Promise.resolve(SqliteStore.open(opts));
  } catch (err) {
    return Promise.reject(err);
  }
}
