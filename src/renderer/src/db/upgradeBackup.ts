import Dexie, { type DexieOptions } from 'dexie'
import { createBackupFile, encodeBackup } from '@shared/backup'
import type { WorkspaceData } from '@shared/domain'
import { CURRENT_SCHEMA_VERSION } from '@shared/upgrades'
import { openRecord } from '@shared/privacy'
import { DATABASE_NAME } from './database'
import { workspaceKeyring, type Keyring } from './privateText'

/**
 * Before this build opens a database written by an older one (which runs the schema
 * upgrades), copy it as it is into a backup file stamped with its old schema version, so an
 * upgrade that goes wrong can be undone by restoring it (restores upgrade old files too).
 * Returns the backup bytes, or undefined when there is nothing to upgrade.
 */
export async function backupBeforeUpgrade(options: {
  appVersion: string
  now: Date
  name?: string
  dexie?: DexieOptions
  keyring?: Keyring
}): Promise<Uint8Array | undefined> {
  const key = (options.keyring ?? workspaceKeyring).key
  const name = options.name ?? DATABASE_NAME
  const factory = (options.dexie?.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB
  const found = (await factory.databases()).find((d) => d.name === name)
  // Dexie stores version × 10 in IndexedDB.
  const storedVersion = found?.version ? Math.floor(found.version / 10) : 0
  if (storedVersion === 0 || storedVersion >= CURRENT_SCHEMA_VERSION) return undefined
  // Opened without a schema, Dexie reads the database as it is, without upgrading it.
  const old = new Dexie(name, options.dexie)
  await old.open()
  try {
    const tables = await old.transaction('r', old.tables, async () => {
      // Read without the app's middleware: private text sealed at rest is opened here.
      const entries = await Promise.all(
        old.tables.map(async (t) => {
          const rows = (await t.toArray()) as Record<string, unknown>[]
          return [t.name, key ? rows.map((r) => openRecord(key, t.name, r)) : rows]
        })
      )
      return Object.fromEntries(entries) as WorkspaceData
    })
    const file = createBackupFile(tables, {
      appVersion: options.appVersion,
      createdAt: options.now.toISOString()
    })
    return await encodeBackup({ ...file, schemaVersion: storedVersion }, { compress: true })
  } finally {
    old.close()
  }
}
