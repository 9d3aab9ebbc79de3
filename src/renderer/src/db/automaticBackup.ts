import { sealEnvelope } from '@shared/backup/envelope'
import type { BackupReason } from '@shared/ipc/contract'
import { errorText } from '@shared/text/errorText'
import { db, readSettings } from '.'
import { makeBackup } from './backup'
import { loadDeviceKey } from './appLock'
import { backupBeforeUpgrade } from './upgradeBackup'
import { platform } from '../platform'

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0'

/** This computer's workspace key, or why there is none (no keychain, an unreadable key file). */
export type DeviceKey = { key: Uint8Array; protection: string } | { key: null; reason: string }

const NO_WORKSPACE_YET = 'There is no workspace to back up yet.'
const NO_PLATFORM_KEY = 'This platform keeps no encryption key (a browser keeps no files).'
let asked: Promise<DeviceKey> | null = null

/**
 * The workspace key from the platform, asked once per session (appLock's loadDeviceKey, which
 * also gives it to the private-text keyring). A refusal (the key file cannot be decrypted)
 * becomes a reason and is asked again next time.
 */
export function deviceKey(): Promise<DeviceKey> {
  asked ??= loadDeviceKey(platform.workspaceKey).then(
    (device): DeviceKey =>
      device.kind === 'device'
        ? { key: device.key, protection: device.protection }
        : { key: null, reason: device.reason },
    (error: unknown): DeviceKey => {
      asked = null
      return { key: null, reason: errorText(error) }
    }
  )
  return asked
}

/** What an automatic backup did: stored, or skipped (no backups folder, no device key). */
export type AutomaticBackupResult = { stored: true; id: string } | { stored: false; reason: string }

/**
 * Writes an automatic backup, encrypted with this computer's workspace key, where the platform
 * keeps them (Electron: the app's backups folder, rotated per reason). Without a backups folder
 * (a browser) or without a device key (no keychain), nothing is written and the reason is
 * returned: Fieldbook never writes a plain automatic backup. Settings shows that reason.
 */
export async function storeAutomaticBackup(reason: BackupReason): Promise<AutomaticBackupResult> {
  const backups = platform.automaticBackups
  if (!backups) return { stored: false, reason: NO_PLATFORM_KEY }
  const settings = await readSettings(db)
  if (!settings) return { stored: false, reason: NO_WORKSPACE_YET }
  const device = await deviceKey()
  if (!device.key) return { stored: false, reason: device.reason }
  const made = await makeBackup(db, {
    appVersion: APP_VERSION,
    now: new Date(),
    key: { kind: 'device', key: device.key }
  })
  const stored = await backups.store({ reason, bytes: made.bytes })
  return { stored: true, id: stored.id }
}

/**
 * Electron, before this build upgrades a database an older build wrote: the database as it is,
 * encrypted with the device key, into the backups folder (kept for good). Skipped without a
 * backups folder or a device key; never throws (the app must still start).
 */
export async function storeBackupBeforeUpgrade(): Promise<void> {
  const backups = platform.automaticBackups
  if (!backups) return
  try {
    const content = await backupBeforeUpgrade({ appVersion: APP_VERSION, now: new Date() })
    if (!content) return
    const device = await deviceKey()
    if (!device.key) {
      console.warn(`Fieldbook: no backup before the upgrade: ${device.reason}`)
      return
    }
    const bytes = await sealEnvelope(content, { kind: 'device', key: device.key })
    await backups.store({ reason: 'beforeUpgrade', bytes })
  } catch (error) {
    console.warn('Fieldbook: could not back up before the upgrade', error)
  }
}
