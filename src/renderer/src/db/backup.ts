import {
  backupFileName,
  createBackupFile,
  decodeBackup,
  encodeBackup,
  validateBackup,
  type BackupMeta
} from '@shared/backup'
import { workspaceTableNames, type WorkspaceData } from '@shared/domain'
import type { FieldbookDb } from './database'
import { readSettings, readWorkspace, replaceWorkspace } from './workspace'
import { errorText } from '@shared/text/errorText'

/**
 * Backups of the whole workspace: made from one consistent read, restored only after the
 * file was validated completely, and then in one transaction (all or nothing).
 */

export interface MadeBackup {
  bytes: Uint8Array
  fileName: string
  records: number
}

export async function makeBackup(
  db: FieldbookDb,
  options: { appVersion: string; now: Date; compress: boolean }
): Promise<MadeBackup> {
  const data = await db.transaction('r', db.tables, () => readWorkspace(db))
  const createdAt = options.now.toISOString()
  const file = createBackupFile(data, { appVersion: options.appVersion, createdAt })
  return {
    bytes: await encodeBackup(file, { compress: options.compress }),
    fileName: backupFileName(createdAt),
    records: countRecords(data)
  }
}

export function countRecords(data: WorkspaceData): number {
  return workspaceTableNames.reduce((n, t) => n + data[t].length, 0)
}

export type CheckedBackup =
  | { ok: true; data: WorkspaceData; meta: BackupMeta & { fileName: string }; notes: string[] }
  | { ok: false; problems: string[] }

/** Reads and validates a backup file without touching the workspace. */
export async function checkBackup(bytes: Uint8Array, fileName: string): Promise<CheckedBackup> {
  try {
    return validateBackup(await decodeBackup(bytes, fileName), fileName)
  } catch (error) {
    return { ok: false, problems: [errorText(error)] }
  }
}

/** Replaces the workspace with a checked backup, in one transaction. */
export async function restoreCheckedBackup(
  db: FieldbookDb,
  checked: Extract<CheckedBackup, { ok: true }>
): Promise<void> {
  await replaceWorkspace(db, checked.data)
}

/** Records the day the manager last saved a backup by hand (for the browser's reminder). */
export async function noteBackupSaved(db: FieldbookDb, at: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await readSettings(db)
    if (!settings) return
    await db.settings.put({
      ...settings,
      backups: { ...settings.backups, lastSavedAt: at.toISOString() },
      updatedAt: at.toISOString()
    })
  })
}
