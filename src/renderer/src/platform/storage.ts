import type { PersistentStorage } from './types'

/** The parts of `navigator.storage` used here; absent in old browsers and insecure contexts. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
}

/**
 * Persistent storage through `navigator.storage`: where the browser does not support it, or
 * refuses, both answer false (the data then stays until the browser needs the space).
 */
export function createPersistentStorage(
  storage: () => StorageManagerLike | undefined = () => globalThis.navigator?.storage
): PersistentStorage {
  const ask = async (method: 'persist' | 'persisted'): Promise<boolean> => {
    try {
      return (await storage()?.[method]?.()) === true
    } catch {
      return false
    }
  }
  return { persist: () => ask('persist'), persisted: () => ask('persisted') }
}
