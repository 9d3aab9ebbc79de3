import type { WorkspaceData, WorkspaceSettings } from '@shared/domain'
import { db } from '.'
import {
  makeBackup,
  noteBackupSaved,
  restoreCheckedBackup,
  type CheckedBackup,
  type MadeBackup
} from './backup'
import { readWorkspace } from './workspace'

/** The app's workspace as files: backups made and restored, the whole workspace for CSV. */

/** A backup of the whole workspace, from one consistent read. */
export function backUpWorkspace(options: {
  appVersion: string
  now: Date
  compress: boolean
}): Promise<MadeBackup> {
  return makeBackup(db, options)
}

/** Records the day the manager last saved a backup by hand (for the browser's reminder). */
export function noteWorkspaceBackupSaved(at: Date): Promise<void> {
  return noteBackupSaved(db, at)
}

/** Replaces the workspace with a checked backup, in one transaction. */
export function restoreWorkspace(checked: Extract<CheckedBackup, { ok: true }>): Promise<void> {
  return restoreCheckedBackup(db, checked)
}

/** Every table of the workspace, read in one transaction. */
export function readWholeWorkspace(): Promise<WorkspaceData> {
  return db.transaction('r', db.tables, () => readWorkspace(db))
}

/**
 * How many automatic backups the app keeps. Only that field changes: the row is read again in
 * the transaction, so nothing else on the settings shown (which may be stale) is written back.
 */
export async function keepAutomaticBackups(
  settings: WorkspaceSettings,
  keep: number,
  now: Date
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = (await db.settings.get(settings.id)) ?? settings
    await db.settings.put({
      ...current,
      backups: { ...current.backups, keep },
      updatedAt: now.toISOString()
    })
  })
}
