import { db } from '.'
import {
  deviceKey,
  lockWorkspace,
  sealIfNeeded,
  removeAppLock,
  setAppLock,
  setIdleMinutes,
  unlockWorkspace,
  type DeviceKey
} from './appLock'

/** The app lock and private-text key, bound to the app's database (issue 17). */
export const privacy = {
  deviceKey: (): DeviceKey => deviceKey(),
  sealIfNeeded: () => sealIfNeeded(db),
  setLock: (passphrase: string, idleMinutes: number) => setAppLock(db, passphrase, idleMinutes),
  removeLock: (passphrase: string) => removeAppLock(db, passphrase),
  setIdleMinutes: (minutes: number) => setIdleMinutes(db, minutes),
  unlock: (passphrase: string) => unlockWorkspace(db, passphrase),
  lock: () => lockWorkspace()
}
