import type {
  ActionItem,
  CalendarDate,
  CheckIn,
  OneOnOne,
  Plan,
  PlanMilestone,
  Rep
} from '../domain'
import { daysBetween } from '../metrics/dates'
import { inDateOrder, lastHeldDay, meetingDay, plannedMeeting } from './carryOver'

/**
 * When each rep's next 1:1 is due. A planned 1:1 is due on its day. Without one, the next is
 * due one cadence after the last 1:1 that was held or skipped (a skipped one still resets the
 * rhythm: the manager decided not to meet that week); with no 1:1 yet, it is due today.
 */
export interface NextOneOnOne {
  repId: string
  repName: string
  due: CalendarDate
  /** Negative when overdue. */
  daysUntil: number
  state: 'overdue' | 'today' | 'upcoming'
  plannedId?: string
  lastHeldOn?: CalendarDate
  cadenceDays: number
}

const addDaysTo = (day: CalendarDate, n: number): CalendarDate => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export function nextOneOnOne(
  rep: Rep,
  meetings: readonly OneOnOne[],
  today: CalendarDate
): NextOneOnOne {
  const mine = meetings.filter((m) => m.repId === rep.id)
  const planned = plannedMeeting(mine)
  let due: CalendarDate
  if (planned) due = planned.scheduledFor
  else {
    const last = inDateOrder(mine)
      .filter((m) => m.status === 'held' || m.status === 'skipped')
      .at(-1)
    due = last ? addDaysTo(meetingDay(last), rep.oneOnOneCadenceDays) : today
  }
  const daysUntil = daysBetween(today, due)
  return {
    repId: rep.id,
    repName: rep.name,
    due,
    daysUntil,
    state: daysUntil < 0 ? 'overdue' : daysUntil === 0 ? 'today' : 'upcoming',
    plannedId: planned?.id,
    lastHeldOn: lastHeldDay(mine, today),
    cadenceDays: rep.oneOnOneCadenceDays
  }
}

export interface PlanDue {
  kind: 'checkIn' | 'milestone'
  id: string
  planId: string
  planTitle: string
  planKind: Plan['kind']
  repId: string
  due: CalendarDate
  title: string
  daysUntil: number
}

export interface HomeInput {
  reps: readonly Rep[]
  meetings: readonly OneOnOne[]
  actionItems: readonly ActionItem[]
  plans: readonly Plan[]
  checkIns: readonly CheckIn[]
  milestones: readonly PlanMilestone[]
  today: CalendarDate
  /** How far ahead "upcoming" reaches. */
  horizonDays: number
}

export interface HomeView {
  overdue: NextOneOnOne[]
  upcoming: NextOneOnOne[]
  /** Check-ins still scheduled and milestones still pending, due by the horizon (late ones too). */
  planItems: PlanDue[]
  /** Open commitments due by the horizon (late ones too), earliest first. */
  commitments: ActionItem[]
}

/** Plans whose check-ins and milestones still matter: not closed. */
const isLive = (p: Plan) => p.status !== 'closed'

export function homeView(input: HomeInput): HomeView {
  const { today } = input
  const horizon = addDaysTo(today, input.horizonDays)
  const next = input.reps
    .filter((r) => r.active)
    .map((r) => nextOneOnOne(r, input.meetings, today))
    .sort((a, b) => a.due.localeCompare(b.due) || a.repName.localeCompare(b.repName))
  const plans = new Map(input.plans.filter(isLive).map((p) => [p.id, p]))
  const planItems: PlanDue[] = []
  for (const c of input.checkIns) {
    const plan = plans.get(c.planId)
    if (!plan || c.status !== 'scheduled' || c.scheduledFor > horizon) continue
    planItems.push({
      kind: 'checkIn',
      id: c.id,
      planId: plan.id,
      planTitle: plan.title,
      planKind: plan.kind,
      repId: c.repId,
      due: c.scheduledFor,
      title: 'Check-in',
      daysUntil: daysBetween(today, c.scheduledFor)
    })
  }
  for (const m of input.milestones) {
    const plan = plans.get(m.planId)
    if (!plan || m.status !== 'pending' || m.dueDate > horizon) continue
    planItems.push({
      kind: 'milestone',
      id: m.id,
      planId: plan.id,
      planTitle: plan.title,
      planKind: plan.kind,
      repId: m.repId,
      due: m.dueDate,
      title: m.title,
      daysUntil: daysBetween(today, m.dueDate)
    })
  }
  planItems.sort((a, b) => a.due.localeCompare(b.due))
  const commitments = input.actionItems
    .filter((a) => a.status === 'open' && a.dueDate !== undefined && a.dueDate <= horizon)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
  return {
    overdue: next.filter((n) => n.state === 'overdue'),
    upcoming: next.filter((n) => n.state !== 'overdue' && n.due <= horizon),
    planItems,
    commitments
  }
}
