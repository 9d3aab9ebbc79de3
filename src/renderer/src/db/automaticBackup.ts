import type { BackupReason } from '@shared/ipc/contract'
import { db, readSettings } from '.'
import { makeBackup } from './backup'
import { platform } from '../platform'

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0'

/**
 * Writes an automatic backup where the platform keeps them (Electron: the app's data folder,
 * last N kept). Returns false where there is no such place (a browser), true once stored.
 */
export async function storeAutomaticBackup(reason: BackupReason): Promise<boolean> {
  const backups = platform.automaticBackups
  if (!backups) return false
  const settings = await readSettings(db)
  if (!settings) return false
  const made = await makeBackup(db, { appVersion: APP_VERSION, now: new Date(), compress: true })
  await backups.store({ reason, bytes: made.bytes, keep: settings.backups.keep, compressed: true })
  return true
}
