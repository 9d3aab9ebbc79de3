import type { Reminder } from './reminder'

export interface ReminderTimerDeps {
  show(reminder: Reminder): void
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  /** A reminder whose time passed less than this long ago is shown at once (the app was closed). */
  graceMs: number
}

export interface ReminderTimers {
  /** Replaces every pending reminder with these. Returns how many are pending. */
  replace(reminders: readonly Reminder[]): number
  dispose(): void
}

/** setTimeout fires at once for delays above 2^31 − 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647

/**
 * Keeps one timer per reminder. Each id is shown at most once, however often the list is
 * replaced (the renderer sends it again whenever the data changes).
 */
export function createReminderTimers(deps: ReminderTimerDeps): ReminderTimers {
  const pending = new Map<string, unknown>()
  const shown = new Set<string>()
  let disposed = false
  const clearAll = () => {
    for (const handle of pending.values()) deps.clearTimeout(handle)
    pending.clear()
  }
  return {
    replace(reminders) {
      clearAll()
      if (disposed) return 0
      for (const r of reminders) {
        if (shown.has(r.id) || pending.has(r.id)) continue
        const wait = Date.parse(r.at) - deps.now()
        if (Number.isNaN(wait) || wait < -deps.graceMs || wait > MAX_TIMER_MS) continue
        pending.set(
          r.id,
          deps.setTimeout(
            () => {
              pending.delete(r.id)
              shown.add(r.id)
              deps.show(r)
            },
            Math.max(0, wait)
          )
        )
      }
      return pending.size
    },
    dispose() {
      disposed = true
      clearAll()
    }
  }
}
