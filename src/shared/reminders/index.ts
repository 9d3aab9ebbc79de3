import { z } from 'zod'
import type { ActionItem, CalendarDate, Rep } from '../domain'
import { Timestamp } from '../domain/common'
import type { NextOneOnOne } from '../oneOnOnes/schedule'

/**
 * Reminders of 1:1s and of commitments falling due. The renderer works out what to remind and
 * when (it has the data); main (Electron) or the page (browser) keeps the timers and shows them.
 */
export const Reminder = z
  .object({
    /** Stable across reschedules, so one reminder is shown once: `oneOnOne:<repId>:<day>`… */
    id: z.string().regex(/^[A-Za-z0-9:_-]{1,200}$/, 'letters, digits, :, _ or -'),
    at: Timestamp,
    title: z.string().min(1).max(200),
    body: z.string().max(1_000)
  })
  .strict()
export type Reminder = z.infer<typeof Reminder>

export const MAX_REMINDERS = 500

/** When, on the day, each kind of reminder is shown (local time of the laptop). */
export const ONE_ON_ONE_REMINDER_TIME = '08:30'
export const COMMITMENT_REMINDER_TIME = '09:00'

export interface ReminderInput {
  next: readonly NextOneOnOne[]
  actionItems: readonly ActionItem[]
  reps: readonly Pick<Rep, 'id' | 'name'>[]
  today: CalendarDate
  /** How many days ahead to schedule (the app reschedules every time data changes). */
  horizonDays: number
  /** `yyyy-MM-dd` + `HH:mm` in the laptop's time zone → an ISO timestamp (UTC). */
  atLocal(day: CalendarDate, time: string): string
}

const addDaysTo = (day: CalendarDate, n: number): CalendarDate => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** The reminders from today to the horizon: each 1:1 the morning of its day, each commitment the morning it is due. */
export function remindersFor(input: ReminderInput): Reminder[] {
  const last = addDaysTo(input.today, input.horizonDays)
  const names = new Map(input.reps.map((r) => [r.id, r.name]))
  const out: Reminder[] = []
  for (const n of input.next) {
    if (n.due < input.today || n.due > last) continue
    out.push({
      id: `oneOnOne:${n.repId}:${n.due}`,
      at: input.atLocal(n.due, ONE_ON_ONE_REMINDER_TIME),
      title: `1:1 with ${n.repName} today`,
      body: 'Open Fieldbook to prepare: what changed, open commitments and the agenda.'
    })
  }
  for (const a of input.actionItems) {
    if (a.status !== 'open' || !a.dueDate || a.dueDate < input.today || a.dueDate > last) continue
    const rep = names.get(a.repId) ?? 'a rep'
    out.push({
      id: `commitment:${a.id}`,
      at: input.atLocal(a.dueDate, COMMITMENT_REMINDER_TIME),
      title:
        a.owner === 'manager'
          ? `Your commitment to ${rep} is due today`
          : `${rep}'s commitment is due today`,
      body: a.text.slice(0, 1_000)
    })
  }
  return out.sort((a, b) => a.at.localeCompare(b.at)).slice(0, MAX_REMINDERS)
}

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
