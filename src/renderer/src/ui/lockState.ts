import { create } from 'zustand'
import { privacy } from '../db/privacyActions'

interface LockState {
  /** True once the passphrase was typed in this session (or the lock was set here). */
  unlocked: boolean
  /** Locks now: the screens close and, in a browser, the key leaves memory. */
  lockNow(): void
  /** Tries a passphrase; false when it is wrong. */
  unlock(passphrase: string): Promise<boolean>
  /** The manager just set the lock in this session: they are in. */
  markUnlocked(): void
}

/** Whether the app lock is open in this session; the lock itself lives in the workspace. */
export const useLockState = create<LockState>((set) => ({
  unlocked: false,
  lockNow: () => {
    privacy.lock()
    set({ unlocked: false })
  },
  unlock: async (passphrase) => {
    const ok = await privacy.unlock(passphrase)
    if (ok) set({ unlocked: true })
    return ok
  },
  markUnlocked: () => set({ unlocked: true })
}))
