import type {
  Activity,
  CalendarDate,
  CheckIn,
  ExpectationSet,
  Observation,
  OneOnOne,
  Plan,
  PlanAuditEntry,
  PlanMilestone
} from '../domain'
import { at } from './calendar'
import type { DemoDeal } from './pipeline'
import { formatMoney } from '../money'
import { expectationLines as roleExpectationLines } from '../plans/goals'
import { observationTitle } from '../plans/evidence'
import type { DemoContext, DemoRep } from './types'

export interface PlanRecords {
  plans: Plan[]
  planMilestones: PlanMilestone[]
  checkIns: CheckIn[]
  planAuditLog: PlanAuditEntry[]
}

export const emptyPlanRecords = (): PlanRecords => ({
  plans: [],
  planMilestones: [],
  checkIns: [],
  planAuditLog: []
})

type AuditInput = Omit<PlanAuditEntry, 'id' | 'planId' | 'by'>

/** The demo workspace's manager: the one who writes every plan entry. */
export const DEMO_MANAGER_NAME = 'Jordan Ellis'
export const DEMO_HR_CONTACT = 'Dana Whitfield, HR business partner'

/** Appends to the plan's audit log: the log is how an active plan changes. */
export function audit(ctx: DemoContext, out: PlanRecords, plan: Plan, entry: AuditInput): void {
  out.planAuditLog.push({ id: ctx.newId(), planId: plan.id, by: DEMO_MANAGER_NAME, ...entry })
}

/** The created → status changes trail of a plan that reached `active`. */
export function auditActivation(
  ctx: DemoContext,
  out: PlanRecords,
  plan: Plan,
  steps: readonly { on: CalendarDate; to: Plan['status']; summary: string }[],
  createdOn: CalendarDate
): void {
  audit(ctx, out, plan, { at: at(createdOn, '10:00'), action: 'created', summary: 'Draft created' })
  let from: Plan['status'] = 'draft'
  for (const step of steps) {
    audit(ctx, out, plan, {
      at: at(step.on, '11:00'),
      action: 'statusChanged',
      summary: step.summary,
      field: 'status',
      before: from,
      after: step.to
    })
    from = step.to
  }
}

export interface CheckInPlan {
  on: CalendarDate
  status: CheckIn['status']
  notes?: string
  progress?: CheckIn['progress']
  goalChecks?: CheckIn['goalChecks']
  nextSteps?: string
}

/** Check-ins as scheduled at activation, then each held one logged on its day. */
export function addCheckIns(
  ctx: DemoContext,
  out: PlanRecords,
  plan: Plan,
  scheduled: readonly CheckInPlan[],
  scheduledOn: CalendarDate
): void {
  for (const c of scheduled) {
    const checkIn: CheckIn = {
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      planId: plan.id,
      repId: plan.repId,
      scheduledFor: c.on,
      status: c.status,
      notes: c.notes ?? '',
      goalChecks: c.goalChecks ?? [],
      nextSteps: c.nextSteps ?? ''
    }
    if (c.status === 'held') checkIn.heldOn = c.on
    if (c.progress) checkIn.progress = c.progress
    out.checkIns.push(checkIn)
    audit(ctx, out, plan, {
      at: at(scheduledOn, '11:30'),
      action: 'checkInAdded',
      summary: `Check-in scheduled for ${c.on}`,
      after: { checkInId: checkIn.id, scheduledFor: c.on }
    })
  }
  for (const c of out.checkIns.filter((x) => x.planId === plan.id && x.status !== 'scheduled')) {
    audit(ctx, out, plan, {
      at: at(c.scheduledFor, '17:00'),
      action: 'checkInHeld',
      summary:
        c.status === 'held' ? `Check-in held: ${c.progress ?? 'no rating'}` : 'Check-in missed',
      after: { checkInId: c.id, status: c.status, progress: c.progress }
    })
  }
}

export function addMilestones(
  ctx: DemoContext,
  out: PlanRecords,
  plan: Plan,
  milestones: readonly {
    title: string
    due: CalendarDate
    goalKey?: string
    status: PlanMilestone['status']
  }[]
): void {
  for (const m of milestones) {
    const milestone: PlanMilestone = {
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      planId: plan.id,
      repId: plan.repId,
      title: m.title,
      dueDate: m.due,
      status: m.status
    }
    if (m.goalKey) milestone.goalKey = m.goalKey
    out.planMilestones.push(milestone)
    if (m.status !== 'pending') {
      audit(ctx, out, plan, {
        at: at(m.due, '17:30'),
        action: 'milestoneChanged',
        summary: `Milestone ${m.status}: ${m.title}`,
        field: 'status',
        before: 'pending',
        after: m.status
      })
    }
  }
}

/** `$150,000` from minor units: money as the app prints it (en-US, as the demo's workspace). */
export function usd(minor: number): string {
  return formatMoney(minor, 'USD', 'en-US')
}

export interface PlanInputs {
  reps: readonly DemoRep[]
  deals: ReadonlyMap<string, DemoDeal[]>
  activities: readonly Activity[]
  oneOnOnes: readonly OneOnOne[]
  observations: readonly Observation[]
  expectationSet: ExpectationSet
  roleName: string
}

export const basePlan = (
  ctx: DemoContext,
  repId: string
): Pick<Plan, 'id' | 'createdAt' | 'updatedAt' | 'repId'> => ({
  id: ctx.newId(),
  createdAt: ctx.now,
  updatedAt: ctx.now,
  repId
})

/** Coaching already given before `before`: the rep's held 1:1s and final observations. */
export function coachingGiven(
  inputs: PlanInputs,
  repId: string,
  before: CalendarDate,
  limit: number
): Plan['concerns'][number]['coachingGiven'] {
  const meetings = inputs.oneOnOnes
    .filter((m) => m.repId === repId && m.status === 'held' && m.scheduledFor < before)
    .map((m) => ({ date: m.heldOn ?? m.scheduledFor, summary: `1:1: ${m.sharedNotes}`, ref: m.id }))
  const observed = inputs.observations
    .filter((o) => o.repId === repId && o.date < before)
    .map((o) => ({
      date: o.date,
      summary: `${observationTitle(o)}: focus agreed: ${o.focus}`,
      ref: o.id
    }))
  return [...meetings.slice(-limit), ...observed].sort((a, b) => (a.date < b.date ? -1 : 1))
}

/** The role's expectations as the plan form writes them (one formatter for demo and app). */
export function expectationLines(set: ExpectationSet): string[] {
  return roleExpectationLines(set)
}

/** The activity target of the rep's expectation set, for a plan's sales day. */
export function activityTarget(inputs: PlanInputs): number | undefined {
  return inputs.expectationSet.dimensions.find((d) => d.metric === 'activities')?.target
}
