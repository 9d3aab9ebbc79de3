import type { EnvelopeKey } from '@shared/backup/envelope'
import type { WorkspaceData } from '@shared/domain'
import { db } from '.'
import { deviceKey, storeAutomaticBackup } from './automaticBackup'
import {
  makeBackup,
  noteBackupSaved,
  restoreCheckedBackup,
  type CheckedBackup,
  type MadeBackup
} from './backup'
import { readWorkspace } from './workspace'
import { platform } from '../platform'
import { errorText } from '@shared/text/errorText'

/** The app's workspace as files: backups made and restored, the whole workspace for CSV. */

/** An encrypted backup of the whole workspace, from one consistent read. */
export function backUpWorkspace(options: {
  appVersion: string
  now: Date
  key: EnvelopeKey
}): Promise<MadeBackup> {
  return makeBackup(db, options)
}

/** Records the day the manager last saved a backup by hand (for the browser's reminder). */
export function noteWorkspaceBackupSaved(at: Date): Promise<void> {
  return noteBackupSaved(db, at)
}

/**
 * Replaces the workspace with a checked backup, in one transaction. Where the app keeps
 * automatic backups (Electron), the workspace as it is goes there first (`beforeRestore`,
 * encrypted with the device key); if writing it fails, nothing is replaced and the error says
 * why. Without a device key no backup can be encrypted: the restore goes on, and the
 * confirmation has said so (`backupBeforeRestore`).
 */
export async function restoreWorkspace(
  checked: Extract<CheckedBackup, { ok: true }>
): Promise<void> {
  if (platform.automaticBackups) {
    try {
      await storeAutomaticBackup('beforeRestore')
    } catch (error) {
      throw new Error(
        `Fieldbook could not first back up the workspace as it is (${errorText(error)}).`,
        { cause: error }
      )
    }
  }
  await restoreCheckedBackup(db, checked)
}

/**
 * Whether a restore here first keeps the workspace as it is: null when it does (or there is
 * nothing to keep), else why it cannot (no backups folder in a browser, no device key).
 */
export async function backupBeforeRestore(): Promise<string | null> {
  if (!platform.automaticBackups) return null
  const device = await deviceKey()
  return device.key ? null : device.reason
}

/** Every table of the workspace, read in one transaction. */
export function readWholeWorkspace(): Promise<WorkspaceData> {
  return db.transaction('r', db.tables, () => readWorkspace(db))
}
