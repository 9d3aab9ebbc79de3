import type { WorkspaceSettings } from '@shared/domain'
import { PRIVATE_FIELDS, keyId, makeLock, openLock } from '@shared/privacy'
import type { Platform } from '../platform/types'
import type { FieldbookDb } from './database'
import { workspaceKeyring, type Keyring } from './privateText'

/**
 * Where the key that seals private text comes from, and the app lock (issue 17).
 * - Electron with a keychain: the device key (random, kept by safeStorage). The app lock is a
 *   gate in front of the screens; the key never depends on it.
 * - A browser, or Electron without a keychain: the app lock's passphrase makes the key
 *   (PBKDF2, 600,000 rounds). Without a lock, private text is stored as written.
 */

export type DeviceKey =
  { kind: 'device'; key: Uint8Array; protection: string } | { kind: 'none'; reason: string }

let device: DeviceKey = { kind: 'none', reason: 'not asked yet' }

/**
 * Asks the platform for the device key and puts it in the keyring. The app asks once per
 * session, through automaticBackup's `deviceKey()`, before the database is first read.
 */
export async function loadDeviceKey(
  ask: Platform['workspaceKey'],
  keyring: Keyring = workspaceKeyring
): Promise<DeviceKey> {
  if (!ask) {
    device = { kind: 'none', reason: 'A browser has no system keychain.' }
    return device
  }
  const answer = await ask()
  device =
    answer.key === null
      ? { kind: 'none', reason: answer.reason }
      : { kind: 'device', key: answer.key, protection: answer.protection }
  if (device.kind === 'device') {
    keyring.key = device.key
    keyring.fromDevice = true
  }
  return device
}

export function deviceKey(): DeviceKey {
  return device
}

/** For tests: the device key this module uses. */
export function useDeviceKeyForTests(next: DeviceKey): void {
  device = next
}

function privateTables(db: FieldbookDb) {
  return db.tables.filter((t) => t.name in PRIVATE_FIELDS)
}

/**
 * Rewrites every record with private text under `nextKey` (null: written plain), and the
 * settings row through `change`, in one transaction: all or nothing. The keyring holds
 * `nextKey` afterwards, or its old key again when anything failed.
 */
export async function resealPrivateText(
  db: FieldbookDb,
  nextKey: Uint8Array | null,
  change: (settings: WorkspaceSettings) => WorkspaceSettings = (s) => s,
  keyring: Keyring = workspaceKeyring
): Promise<void> {
  const before = keyring.key
  try {
    await db.transaction('rw', [db.settings, ...privateTables(db)], async () => {
      const tables = privateTables(db)
      const rows = await Promise.all(tables.map((t) => t.toArray()))
      const settings = await db.settings.get('workspace')
      keyring.previous = before
      keyring.key = nextKey
      for (const [i, table] of tables.entries()) await table.bulkPut(rows[i] ?? [])
      if (settings) {
        const changed = change(settings)
        await db.settings.put({
          ...changed,
          privacy: { ...changed.privacy, sealedWith: nextKey ? keyId(nextKey) : 'none' },
          updatedAt: new Date().toISOString()
        })
      }
    })
  } catch (error) {
    keyring.key = before
    throw error
  } finally {
    keyring.previous = null
  }
}

/**
 * On opening: if the workspace's private text was not sealed with the key in hand (the first
 * run of this version, or a restore), seal it now.
 */
export async function sealIfNeeded(
  db: FieldbookDb,
  keyring: Keyring = workspaceKeyring
): Promise<boolean> {
  const key = keyring.key
  if (!key) return false
  const settings = await db.settings.get('workspace')
  if (!settings || settings.privacy?.sealedWith === keyId(key)) return false
  await resealPrivateText(db, key, (s) => s, keyring)
  return true
}

/** The key private text is sealed with when a lock with `lockKey` is (or is not) set. */
function dataKeyWith(lockKey: Uint8Array | null): Uint8Array | null {
  return device.kind === 'device' ? device.key : lockKey
}

/** Sets (or replaces) the app lock; in a browser its passphrase now seals private text. */
export async function setAppLock(
  db: FieldbookDb,
  passphrase: string,
  idleMinutes: number,
  keyring: Keyring = workspaceKeyring
): Promise<void> {
  const { record, key } = await makeLock(passphrase)
  await resealPrivateText(
    db,
    dataKeyWith(key),
    (s) => ({ ...s, privacy: { ...s.privacy, lock: { ...record, idleMinutes } } }),
    keyring
  )
}

/** Removes the lock after checking its passphrase; false when the passphrase is wrong. */
export async function removeAppLock(
  db: FieldbookDb,
  passphrase: string,
  keyring: Keyring = workspaceKeyring
): Promise<boolean> {
  const settings = await db.settings.get('workspace')
  const lock = settings?.privacy?.lock
  if (!lock) return true
  if (!(await openLock(passphrase, lock))) return false
  await resealPrivateText(
    db,
    dataKeyWith(null),
    (s) => ({ ...s, privacy: { ...s.privacy, lock: undefined } }),
    keyring
  )
  return true
}

export async function setIdleMinutes(db: FieldbookDb, idleMinutes: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get('workspace')
    const lock = settings?.privacy?.lock
    if (!settings || !lock) return
    await db.settings.put({
      ...settings,
      privacy: { ...settings.privacy, lock: { ...lock, idleMinutes } },
      updatedAt: new Date().toISOString()
    })
  })
}

/** Opens the lock: true when the passphrase is right (and, in a browser, the key is in hand). */
export async function unlockWorkspace(
  db: FieldbookDb,
  passphrase: string,
  keyring: Keyring = workspaceKeyring
): Promise<boolean> {
  const lock = (await db.settings.get('workspace'))?.privacy?.lock
  if (!lock) return true
  const key = await openLock(passphrase, lock)
  if (!key) return false
  if (device.kind !== 'device') keyring.key = key
  return true
}

/** Locks: in a browser the key leaves memory, so nothing private can be read until unlocked. */
export function lockWorkspace(keyring: Keyring = workspaceKeyring): void {
  if (device.kind !== 'device') keyring.key = null
}
