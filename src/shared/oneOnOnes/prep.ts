import type {
  ActionItem,
  Activity,
  CalendarDate,
  CheckIn,
  DevelopmentAssessment,
  ExpectationSet,
  ManualMeasure,
  Observation,
  OneOnOne,
  Opportunity,
  OpportunitySnapshot,
  Plan,
  PlanMilestone,
  Recognition,
  Rep,
  SalesProcess
} from '../domain'
import { formatMoney } from '../format'
import { daysBetween } from '../metrics/dates'
import { hygieneIssues, type HygieneIssue } from '../metrics/hygiene'
import {
  carriedAgendaItems,
  lastHeld,
  meetingDay,
  openBarriers,
  openCommitments,
  plannedMeeting,
  type CarriedItem
} from './carryOver'
import { skillInFocus, STYLE_GUIDANCE, type SkillInFocus } from './development'
import { pipelineMovement, type PipelineMovement } from './pipeline'
import { resultsSince, type Measure } from './results'
import type { PrepWindow } from './types'

/** Everything the prep screen shows, drafted from data. Readers pass the data in. */
export interface PrepInput {
  rep: Rep
  today: CalendarDate
  /** The rep's 1:1s. */
  meetings: readonly OneOnOne[]
  /** The rep's action items (any status). */
  actionItems: readonly ActionItem[]
  /** The rep's opportunities: open ones and those closed or created recently (older ones may be left out). */
  opportunities: readonly Opportunity[]
  /** Snapshots of those opportunities. */
  snapshots: readonly OpportunitySnapshot[]
  /** The rep's activities from `since − window` to today at least. */
  activities: readonly Activity[]
  manualMeasures: readonly ManualMeasure[]
  plans: readonly Plan[]
  milestones: readonly PlanMilestone[]
  checkIns: readonly CheckIn[]
  observations: readonly Observation[]
  assessments: readonly DevelopmentAssessment[]
  recognitions: readonly Recognition[]
  expectations?: ExpectationSet
  process?: SalesProcess
  currency: string
  staleDays: number
}

export interface CommitmentLine {
  item: ActionItem
  /** Days past its due date; 0 when not overdue or undated. */
  daysOverdue: number
  /** The 1:1 where it was agreed, when it came from one. */
  fromDay?: CalendarDate
}

export interface PlanLine {
  kind: 'milestone' | 'checkIn'
  id: string
  planId: string
  planLabel: string
  title: string
  due: CalendarDate
  late: boolean
}

export interface WinLine {
  kind: 'deal' | 'recognition'
  id: string
  title: string
  detail: string
  date: CalendarDate
}

export interface Prep {
  window: PrepWindow
  /** The planned 1:1 being prepared, when one exists. */
  planned?: OneOnOne
  lastHeld?: OneOnOne
  measures: Measure[]
  pipeline: PipelineMovement
  hygiene: HygieneIssue[]
  commitments: CommitmentLine[]
  /** Open barriers ("what is getting in your way?"), carried until resolved (issue 14). */
  barriers: ActionItem[]
  carried: CarriedItem[]
  planLines: PlanLine[]
  observations: Observation[]
  development?: SkillInFocus
  wins: WinLine[]
}

/** With no held 1:1 yet, "since last time" means the last four weeks. */
export const DEFAULT_LOOK_BACK_DAYS = 28
/** Observations this recent are shown even when the last 1:1 was the day before. */
const OBSERVATION_MIN_DAYS = 30

const addDaysTo = (day: CalendarDate, n: number): CalendarDate => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export function prepWindow(meetings: readonly OneOnOne[], today: CalendarDate): PrepWindow {
  const held = lastHeld(meetings, today)
  if (held) {
    const since = meetingDay(held)
    return { since, today, sinceLastOneOnOne: true, days: Math.max(1, daysBetween(since, today)) }
  }
  return {
    since: addDaysTo(today, -DEFAULT_LOOK_BACK_DAYS),
    today,
    sinceLastOneOnOne: false,
    days: DEFAULT_LOOK_BACK_DAYS
  }
}

function planLines(
  input: PrepInput,
  planned: OneOnOne | undefined,
  window: PrepWindow
): PlanLine[] {
  // Due before the 1:1 after this one: what this meeting is the last chance to talk about.
  const meetingDayOrToday =
    planned && planned.scheduledFor > input.today ? planned.scheduledFor : input.today
  const horizon = addDaysTo(meetingDayOrToday, input.rep.oneOnOneCadenceDays)
  const plans = new Map(input.plans.filter((p) => p.status !== 'closed').map((p) => [p.id, p]))
  const label = (p: Plan) => `${p.kind === 'pip' ? 'PIP' : 'Coaching plan'}: ${p.title}`
  const lines: PlanLine[] = []
  for (const m of input.milestones) {
    const p = plans.get(m.planId)
    if (!p || m.status !== 'pending' || m.dueDate > horizon) continue
    lines.push({
      kind: 'milestone',
      id: m.id,
      planId: p.id,
      planLabel: label(p),
      title: m.title,
      due: m.dueDate,
      late: m.dueDate < input.today
    })
  }
  for (const c of input.checkIns) {
    const p = plans.get(c.planId)
    if (!p || c.scheduledFor > horizon) continue
    const missedSince = c.status === 'missed' && c.scheduledFor > window.since
    if (c.status !== 'scheduled' && !missedSince) continue
    lines.push({
      kind: 'checkIn',
      id: c.id,
      planId: p.id,
      planLabel: label(p),
      title: c.status === 'missed' ? 'Check-in missed' : 'Check-in',
      due: c.scheduledFor,
      late: c.scheduledFor < input.today
    })
  }
  return lines.sort((a, b) => a.due.localeCompare(b.due))
}

function wins(input: PrepInput, window: PrepWindow, pipeline: PipelineMovement): WinLine[] {
  const out: WinLine[] = []
  const opps = new Map(input.opportunities.map((o) => [o.id, o]))
  for (const d of pipeline.deals) {
    if (!d.kinds.includes('won')) continue
    const o = opps.get(d.opportunityId)
    out.push({
      kind: 'deal',
      id: d.opportunityId,
      title: `Won ${d.name}${d.account ? ` (${d.account})` : ''}`,
      detail: `${d.amountMinor !== undefined ? formatMoney(d.amountMinor, d.currency ?? input.currency) : 'No amount'}, closed ${o?.closeDate ?? 'recently'}`,
      date: o?.closeDate ?? window.today
    })
  }
  for (const r of input.recognitions) {
    if (r.date <= window.since || r.date > window.today) continue
    out.push({
      kind: 'recognition',
      id: r.id,
      title: r.text,
      detail: `Recognition logged ${r.date} (${r.visibility})`,
      date: r.date
    })
  }
  return out.sort((a, b) => b.date.localeCompare(a.date))
}

export function buildPrep(input: PrepInput): Prep {
  const { rep, today } = input
  const meetings = input.meetings.filter((m) => m.repId === rep.id)
  const window = prepWindow(meetings, today)
  const planned = plannedMeeting(meetings)
  const stageIndex = new Map((input.process?.stages ?? []).map((s) => [s.key, s.order]))
  const stageNames = new Map((input.process?.stages ?? []).map((s) => [s.key, s.name]))
  const opportunities = input.opportunities.filter((o) => o.repId === rep.id)
  const pipeline = pipelineMovement({
    opportunities,
    snapshots: input.snapshots,
    since: window.since,
    today,
    stageOrder: (k) => (k === undefined ? undefined : stageIndex.get(k)),
    stageName: (k, crm) => (k !== undefined ? stageNames.get(k) : undefined) ?? (crm || 'no stage'),
    staleDays: input.staleDays
  })
  const meetingById = new Map(meetings.map((m) => [m.id, m]))
  const commitments = openCommitments(input.actionItems, rep.id).map((item) => {
    const from = item.oneOnOneId ? meetingById.get(item.oneOnOneId) : undefined
    return {
      item,
      daysOverdue: item.dueDate && item.dueDate < today ? daysBetween(item.dueDate, today) : 0,
      fromDay: from ? meetingDay(from) : undefined
    }
  })
  const observationsFrom = addDaysTo(
    today,
    -Math.max(OBSERVATION_MIN_DAYS, daysBetween(window.since, today))
  )
  const observations = input.observations
    .filter(
      (o) =>
        o.repId === rep.id && o.status === 'final' && o.date > observationsFrom && o.date <= today
    )
    .sort((a, b) => b.date.localeCompare(a.date))
  return {
    window,
    planned,
    lastHeld: lastHeld(meetings, today),
    measures: resultsSince({
      rep,
      window,
      opportunities,
      snapshots: input.snapshots,
      activities: input.activities,
      manualMeasures: input.manualMeasures.filter((m) => m.repId === rep.id),
      expectations: input.expectations,
      currency: input.currency
    }),
    pipeline,
    hygiene: hygieneIssues({
      opportunities,
      snapshots: input.snapshots,
      today,
      staleDays: input.staleDays
    }),
    commitments,
    barriers: openBarriers(input.actionItems, rep.id),
    carried: carriedAgendaItems(meetings, planned),
    planLines: planLines(input, planned, window),
    observations,
    development: skillInFocus(
      input.assessments.filter((a) => a.repId === rep.id && a.assessedOn <= today)
    ),
    wins: wins(input, window, pipeline)
  }
}

export { STYLE_GUIDANCE }
