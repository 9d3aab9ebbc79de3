import type { ActionItem, CalendarDate, CheckIn, Plan, PlanMilestone, Rep } from '../domain'
import { reminderSettingsOf, type ReminderSettings } from '../domain/reminderSettings'
import { addDaysTo } from '../metrics/dates'
import type { NextOneOnOne } from '../oneOnOnes/schedule'
import { MAX_REMINDERS, type Reminder } from './reminder'

export interface ReminderInput {
  next: readonly NextOneOnOne[]
  actionItems: readonly ActionItem[]
  /** Every rep the items may name (the reminders say whose 1:1, commitment or plan it is). */
  reps: readonly Pick<Rep, 'id' | 'name'>[]
  plans?: readonly Pick<Plan, 'id' | 'kind' | 'title' | 'status' | 'repId'>[]
  checkIns?: readonly Pick<CheckIn, 'id' | 'planId' | 'repId' | 'scheduledFor' | 'status'>[]
  milestones?: readonly Pick<
    PlanMilestone,
    'id' | 'planId' | 'repId' | 'title' | 'dueDate' | 'status'
  >[]
  /** The workspace's reminder settings; the defaults when absent. */
  settings?: Partial<ReminderSettings>
  today: CalendarDate
  /** How many days ahead to schedule (the app reschedules every time data changes). */
  horizonDays: number
  /** `yyyy-MM-dd` + `HH:mm` in the laptop's time zone → an ISO timestamp (UTC). */
  atLocal(day: CalendarDate, time: string): string
}

/** Something that falls due on a day: reminded on the day and, when set, the day before. */
interface DueThing {
  /** Unique per thing and day: a thing moved to another day is reminded again. */
  key: string
  due: CalendarDate
  title(when: 'today' | 'tomorrow'): string
  body: string
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** How a plan's kind reads at the start of a sentence and inside one. */
const PLAN_WORDS: Record<Plan['kind'], { first: string; inner: string }> = {
  pip: { first: 'PIP', inner: 'PIP' },
  coaching: { first: 'Coaching plan', inner: 'coaching plan' }
}

/**
 * Which reminders exist, on which day, at what time, from today to the horizon:
 * - each 1:1 (the next one per rep), each open commitment with a due date, each scheduled
 *   check-in and each pending milestone of an active plan (closed, draft and in-review plans
 *   remind of nothing; a check-in held or missed and a milestone met or missed neither);
 * - on its day at `onTheDayAt`, and the day before at `dayBeforeAt` when `dayBefore` is on;
 * - only for the kinds switched on in the settings.
 * A reminder whose day is before today is left out (the timers show one missed by a few hours).
 */
export function remindersFor(input: ReminderInput): Reminder[] {
  const settings = reminderSettingsOf({ reminders: input.settings })
  const last = addDaysTo(input.today, input.horizonDays)
  const names = new Map(input.reps.map((r) => [r.id, r.name]))
  const nameOf = (repId: string) => names.get(repId) ?? 'a rep'
  const things: DueThing[] = []

  if (settings.oneOnOnes)
    for (const n of input.next)
      things.push({
        key: `oneOnOne:${n.repId}:${n.due}`,
        due: n.due,
        title: (when) => `1:1 with ${n.repName} ${when}`,
        body: 'Open Fieldbook to prepare: what changed, open commitments and the agenda.'
      })

  if (settings.commitments)
    for (const a of input.actionItems) {
      if (a.status !== 'open' || !a.dueDate) continue
      const rep = nameOf(a.repId)
      things.push({
        key: `commitment:${a.id}:${a.dueDate}`,
        due: a.dueDate,
        title: (when) =>
          a.owner === 'manager'
            ? `Your commitment to ${rep} is due ${when}`
            : `${rep}'s commitment is due ${when}`,
        body: a.text
      })
    }

  const active = new Map(
    (input.plans ?? []).filter((p) => p.status === 'active').map((p) => [p.id, p])
  )
  if (settings.checkIns)
    for (const c of input.checkIns ?? []) {
      const plan = active.get(c.planId)
      if (!plan || c.status !== 'scheduled') continue
      const rep = nameOf(c.repId)
      const kind = PLAN_WORDS[plan.kind]
      things.push({
        key: `checkIn:${c.id}:${c.scheduledFor}`,
        due: c.scheduledFor,
        title: (when) => `${kind.first} check-in with ${rep} ${when}`,
        body: `${plan.title}. Record the check-in in Fieldbook: status per goal, notes and next steps.`
      })
    }
  if (settings.milestones)
    for (const m of input.milestones ?? []) {
      const plan = active.get(m.planId)
      if (!plan || m.status !== 'pending') continue
      const rep = nameOf(m.repId)
      const kind = PLAN_WORDS[plan.kind]
      things.push({
        key: `milestone:${m.id}:${m.dueDate}`,
        due: m.dueDate,
        title: (when) => `${rep}'s ${kind.inner} milestone is due ${when}`,
        body: `${m.title} (${plan.title}). Mark it met or missed in Fieldbook.`
      })
    }

  const out: Reminder[] = []
  for (const t of things) {
    if (t.due < input.today || t.due > last) continue
    out.push({
      id: t.key,
      at: input.atLocal(t.due, settings.onTheDayAt),
      title: clip(t.title('today'), 200),
      body: clip(t.body, 1_000)
    })
    const dayBefore = addDaysTo(t.due, -1)
    if (settings.dayBefore && dayBefore >= input.today)
      out.push({
        id: `${t.key}:dayBefore`,
        at: input.atLocal(dayBefore, settings.dayBeforeAt),
        title: clip(t.title('tomorrow'), 200),
        body: clip(t.body, 1_000)
      })
  }
  return out
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .slice(0, MAX_REMINDERS)
}
