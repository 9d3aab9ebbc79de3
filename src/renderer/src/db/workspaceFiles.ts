import type { EnvelopeKey } from '@shared/backup/envelope'
import type { WorkspaceData } from '@shared/domain'
import { db } from '.'
import { storeAutomaticBackup } from './automaticBackup'
import {
  makeBackup,
  noteBackupSaved,
  restoreCheckedBackup,
  type CheckedBackup,
  type MadeBackup
} from './backup'
import { readWorkspace } from './workspace'
import { NO_WORKSPACE_YET } from './automaticBackup'
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
 * automatic backups (Electron), the workspace as it is goes there first (`beforeRestore`); if
 * that backup cannot be written, nothing is replaced and the error says why.
 */
export async function restoreWorkspace(
  checked: Extract<CheckedBackup, { ok: true }>
): Promise<void> {
  if (platform.automaticBackups) {
    let before
    try {
      before = await storeAutomaticBackup('beforeRestore')
    } catch (error) {
      throw new Error(
        `Fieldbook could not first back up the workspace as it is (${errorText(error)}).`,
        { cause: error }
      )
    }
    // No workspace yet (a new laptop): there is nothing to keep.
    if (!before.stored && before.reason !== NO_WORKSPACE_YET) {
      throw new Error(`Fieldbook could not first back up the workspace as it is: ${before.reason}`)
    }
  }
  await restoreCheckedBackup(db, checked)
}

/** Every table of the workspace, read in one transaction. */
export function readWholeWorkspace(): Promise<WorkspaceData> {
  return db.transaction('r', db.tables, () => readWorkspace(db))
}
