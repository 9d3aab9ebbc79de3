import type { IpcEvents } from '@shared/ipc/contract'
import { createReminderTimers, type Reminder } from '@shared/reminders'

/** The part of Electron's Notification class the reminders use. */
export interface NotificationLike {
  show(): void
  on(event: 'click', listener: () => void): unknown
}
export interface NotificationClassLike {
  new (options: { title: string; body: string; silent?: boolean }): NotificationLike
  isSupported(): boolean
}

export interface ReminderServiceDeps {
  Notification: NotificationClassLike
  /** Also tells the page, which lists the reminder in the app (and works without notifications). */
  emit(payload: IpcEvents['reminder:due']): void
  /** Clicking a notification brings the window forward. */
  onClick(): void
  now?: () => number
  setTimeout?: (callback: () => void, ms: number) => unknown
  clearTimeout?: (handle: unknown) => void
  log?: (message: string, error?: unknown) => void
}

/** A reminder missed while the app was closed this morning is still worth showing. */
export const REMINDER_GRACE_MS = 4 * 60 * 60 * 1000

/**
 * Desktop notifications before a 1:1 and when a commitment falls due. The renderer sends the
 * whole list (reminders:schedule) whenever its data changes; this keeps the timers in main, so
 * a reminder shows even when the window is minimised.
 */
export function createReminderService(deps: ReminderServiceDeps) {
  const log = deps.log ?? ((message, error) => console.error(message, error))
  const show = (r: Reminder) => {
    try {
      if (deps.Notification.isSupported()) {
        const notification = new deps.Notification({ title: r.title, body: r.body })
        notification.on('click', deps.onClick)
        notification.show()
      }
    } catch (error) {
      log('Could not show a reminder notification', error)
    }
    try {
      deps.emit({ title: r.title, body: r.body })
    } catch (error) {
      log('Could not send a reminder to the window', error)
    }
  }
  const timers = createReminderTimers({
    show,
    now: deps.now ?? Date.now,
    setTimeout: deps.setTimeout ?? ((callback, ms) => setTimeout(callback, ms)),
    clearTimeout:
      deps.clearTimeout ??
      ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined)),
    graceMs: REMINDER_GRACE_MS
  })
  return {
    handlers: {
      'reminders:schedule': async (input: { reminders: Reminder[] }) => ({
        scheduled: timers.replace(input.reminders)
      })
    },
    dispose: () => timers.dispose()
  }
}
