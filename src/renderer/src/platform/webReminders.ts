import { createReminderTimers } from '@shared/reminders'
import type { Reminders } from './types'

/** A reminder missed by less than this (the tab was closed this morning) still shows. */
const GRACE_MS = 4 * 60 * 60 * 1000

/**
 * Reminders in a browser: the timers live in the page and reminders show in the app only
 * (no system notification, which would need a permission prompt the app never asks for).
 */
export function createWebReminders(
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
  now: () => number = Date.now
): Reminders {
  const listeners = new Set<(r: { title: string; body: string }) => void>()
  const scheduler = createReminderTimers({
    show: (r) => {
      for (const listener of listeners) listener({ title: r.title, body: r.body })
    },
    now,
    setTimeout: (callback, ms) => timers.setTimeout(callback, ms),
    clearTimeout: (handle) => timers.clearTimeout(handle as ReturnType<typeof setTimeout>),
    graceMs: GRACE_MS
  })
  return {
    delivery: 'inApp',
    schedule: async (reminders) => void scheduler.replace(reminders),
    onDue: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}
