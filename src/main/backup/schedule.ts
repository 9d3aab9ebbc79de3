import type { IpcEvents } from '@shared/ipc/contract'

/**
 * When to ask the renderer for an automatic backup. A backup is due when the newest one in the
 * folder (of any reason) is at least `intervalMs` old, or there is none. The schedule checks
 * `startDelayMs` after `checkSoon()` (called once the window has loaded, and when the computer
 * wakes up), then again whenever the newest backup will have become due. When it is due it
 * emits `backup:due`; the renderer answers by building the bytes and calling backup:store.
 */

export const DEFAULT_BACKUP_INTERVAL_HOURS = 24
/** Soon after the window loads, but out of the way of the first screen. */
export const DEFAULT_START_DELAY_MS = 15_000
/** A backup this close to due counts as due, so the next check is never a moment away. */
const DUE_SLACK_MS = 60_000
/** setTimeout fires at once for delays above 2^31 − 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647

export interface BackupScheduleDeps {
  /** The backups, newest first (listBackups). */
  list(): Promise<readonly { createdAt: string }[]>
  /** Sends `backup:due` to the window (nothing when no loaded window; it checks again on load). */
  emit(payload: IpcEvents['backup:due']): void
  intervalMs: number
  startDelayMs?: number
  now?: () => number
  setTimeout?: (callback: () => void, ms: number) => unknown
  clearTimeout?: (handle: unknown) => void
  log?: (message: string, error?: unknown) => void
}

export interface BackupSchedule {
  /** Checks `startDelayMs` from now, replacing any pending check. */
  checkSoon(): void
  /** Stops every timer; later calls do nothing. */
  dispose(): void
}

export function createBackupSchedule(deps: BackupScheduleDeps): BackupSchedule {
  const now = deps.now ?? Date.now
  const setTimer = deps.setTimeout ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer =
    deps.clearTimeout ??
    ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined))
  const log = deps.log ?? ((message, error) => console.error(message, error))
  const startDelayMs = deps.startDelayMs ?? DEFAULT_START_DELAY_MS
  let timer: unknown = undefined
  let disposed = false
  /** Bumped whenever a check is (re)scheduled: an older check that is still listing stops. */
  let generation = 0

  function schedule(ms: number): void {
    if (disposed) return
    if (timer !== undefined) clearTimer(timer)
    const mine = ++generation
    timer = setTimer(
      () => {
        timer = undefined
        void check(mine)
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS)
    )
  }

  /** Milliseconds since the newest backup; Infinity when there is none (or the folder fails). */
  async function newestAge(): Promise<number> {
    try {
      const [newest] = await deps.list()
      if (!newest) return Infinity
      const age = now() - Date.parse(newest.createdAt)
      // A backup dated in the future (the clock was changed) does not postpone backups forever.
      return Number.isNaN(age) || age < 0 ? Infinity : age
    } catch (error) {
      log('Could not list backups for the schedule', error)
      return Infinity
    }
  }

  async function check(mine: number): Promise<void> {
    const age = await newestAge()
    if (disposed || mine !== generation) return
    if (age >= deps.intervalMs - DUE_SLACK_MS) {
      try {
        deps.emit({ reason: 'scheduled' })
      } catch (error) {
        log('Could not ask the window for a backup', error)
      }
      schedule(deps.intervalMs)
    } else {
      schedule(deps.intervalMs - age)
    }
  }

  return {
    checkSoon: () => schedule(startDelayMs),
    dispose: () => {
      disposed = true
      generation++
      if (timer !== undefined) clearTimer(timer)
      timer = undefined
    }
  }
}
