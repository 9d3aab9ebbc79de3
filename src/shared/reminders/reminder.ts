import { z } from 'zod'
import { Timestamp } from '../domain/common'

/**
 * Reminders of 1:1s, commitments falling due, and plan check-ins and milestones. The renderer
 * works out what to remind and when (it has the data, see `remindersFor`); main (Electron) or
 * the page (browser) keeps the timers and shows them.
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
