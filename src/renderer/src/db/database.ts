import Dexie, { type DexieOptions, type EntityTable } from 'dexie'
import type { WorkspaceData, WorkspaceTableName } from '@shared/domain'
import { guardRecordOfChanges } from './auditGuard'
import { dataStampsMiddleware } from './dataStamps'
import { privateTextMiddleware, workspaceKeyring, type Keyring } from './privateText'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'

export const DATABASE_NAME = 'fieldbook'

type Tables = {
  [T in WorkspaceTableName]: EntityTable<WorkspaceData[T][number], 'id'>
}

export type FieldbookDb = Dexie & Tables

/**
 * Opens the workspace database with the given schema versions (all of them by default; the
 * upgrade tests pass a prefix to build an "old" database).
 */
export function openDatabase(
  name: string = DATABASE_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
  options?: DexieOptions,
  keyring: Keyring = workspaceKeyring
): FieldbookDb {
  const db = new Dexie(name, options) as FieldbookDb
  // Private text is sealed with the workspace key below everything else (issue 17).
  db.use(privateTextMiddleware(keyring))
  // Every write to a workspace table renews that table's stamp, in its transaction (issue 18).
  db.use(dataStampsMiddleware())
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores)
    if (v.upgrade) version.upgrade(v.upgrade)
  }
  // A plan's audit entry, once written, is never changed or deleted (restore and start over
  // replace the whole workspace in one permitted transaction).
  guardRecordOfChanges(db)
  return db
}
