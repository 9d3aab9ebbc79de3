import {
  WorkspaceDataSchema,
  workspaceTableNames,
  type WorkspaceData,
  type WorkspaceSettings
} from '@shared/domain'
import { describeValidationError, ValidationError } from '@shared/validation'
import { keyId } from '@shared/privacy'
import { permitRecordReplacement } from './auditGuard'
import { RESULTS_TABLE } from './dataStamps'
import type { FieldbookDb } from './database'
import { workspaceKeyring } from './privateText'

function allTables(db: FieldbookDb) {
  return workspaceTableNames.map((name) => db.table(name))
}

/**
 * The workspace tables and the stored analysis results: results computed about people must not
 * outlive a start over, and a restore makes them stale anyway.
 */
function replacedTables(db: FieldbookDb) {
  return [...allTables(db), db.table(RESULTS_TABLE)]
}

/**
 * Replaces the whole workspace with `data` in one transaction: validated first, and if any
 * write fails nothing is changed (Dexie rolls the transaction back).
 */
export async function replaceWorkspace(db: FieldbookDb, data: WorkspaceData): Promise<void> {
  const parsed = WorkspaceDataSchema.safeParse(data)
  if (!parsed.success)
    throw new ValidationError(describeValidationError('The workspace', parsed.error))
  await db.transaction('rw', replacedTables(db), async () => {
    // This transaction, and only it, may empty the plans' record of changes.
    permitRecordReplacement()
    await db.table(RESULTS_TABLE).clear()
    // The app lock and the sealing key belong to this computer, not to the backup: keep them.
    const current = (await db.settings.get('workspace'))?.privacy
    const key = workspaceKeyring.key
    const privacy = key ? { ...current, sealedWith: keyId(key) } : current
    for (const name of workspaceTableNames) {
      const table = db.table(name)
      await table.clear()
      const rows =
        name === 'settings'
          ? parsed.data.settings.map(({ privacy: _theirs, ...rest }) =>
              privacy ? { ...rest, privacy } : rest
            )
          : parsed.data[name]
      await table.bulkAdd(rows)
    }
  })
}

/** Empties every table, in one transaction: the app goes back to its first-launch screen. */
export async function resetWorkspace(db: FieldbookDb): Promise<void> {
  await db.transaction('rw', replacedTables(db), async () => {
    permitRecordReplacement()
    for (const table of replacedTables(db)) await table.clear()
  })
  // The lock went with the settings row; a key it made must not seal the next workspace.
  if (!workspaceKeyring.fromDevice) workspaceKeyring.key = null
}

export async function readSettings(db: FieldbookDb): Promise<WorkspaceSettings | undefined> {
  return db.settings.get('workspace')
}

/** Reads every table: for backups and tests. */
export async function readWorkspace(db: FieldbookDb): Promise<WorkspaceData> {
  const entries = await Promise.all(
    workspaceTableNames.map(async (name) => [name, await db.table(name).toArray()] as const)
  )
  return Object.fromEntries(entries) as WorkspaceData
}
