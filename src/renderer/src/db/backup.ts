import {
  backupFileName,
  createBackupFile,
  encodeEncryptedBackup,
  readBackup,
  type BackupSecrets,
  type EnvelopeKey,
  type ReadBackupResult
} from '@shared/backup'
import { workspaceTableNames, type WorkspaceData } from '@shared/domain'
import type { FieldbookDb } from './database'
import { readSettings, readWorkspace, replaceWorkspace } from './workspace'

/**
 * Backups of the whole workspace: made from one consistent read, restored only after the
 * file was validated completely, and then in one transaction (all or nothing).
 */

export interface MadeBackup {
  bytes: Uint8Array
  fileName: string
  records: number
}

/**
 * An encrypted backup (docs/BACKUP-FORMAT.md): with this computer's workspace key, or with a
 * passphrase for a file meant to leave the machine. Fieldbook writes no plain backups.
 */
export async function makeBackup(
  db: FieldbookDb,
  options: { appVersion: string; now: Date; key: EnvelopeKey }
): Promise<MadeBackup> {
  const data = await db.transaction('r', db.tables, () => readWorkspace(db))
  const createdAt = options.now.toISOString()
  const file = createBackupFile(data, { appVersion: options.appVersion, createdAt })
  return {
    bytes: await encodeEncryptedBackup(file, options.key),
    fileName: backupFileName(createdAt),
    records: countRecords(data)
  }
}

export function countRecords(data: WorkspaceData): number {
  return workspaceTableNames.reduce((n, t) => n + data[t].length, 0)
}

/** A checked backup, or why not (`reason` says when a passphrase or another key is needed). */
export type CheckedBackup = ReadBackupResult

/**
 * Decrypts (device key or passphrase), reads and validates a backup file without touching the
 * workspace. Older plain JSON and gzip backups are read as before (`encryption: 'none'`).
 */
export function checkBackup(
  bytes: Uint8Array,
  fileName: string,
  secrets: BackupSecrets = {}
): Promise<CheckedBackup> {
  return readBackup(bytes, fileName, secrets)
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
