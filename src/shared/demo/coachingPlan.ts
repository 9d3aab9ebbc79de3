import type { Plan } from '../domain'
import { defaultSalesDay } from '../plans/salesDay'
import { addDays, weekdayOnOrBefore } from './calendar'
import {
  addCheckIns,
  addMilestones,
  auditActivation,
  basePlan,
  coachingGiven,
  DEMO_MANAGER_NAME,
  expectationLines,
  activityTarget,
  type CheckInPlan,
  type PlanInputs,
  type PlanRecords
} from './planRecords'
import type { DemoContext, DemoRep } from './types'

/** The top producer's informal coaching plan on CRM hygiene: active, not working yet. */
export function coachingPlan(
  ctx: DemoContext,
  inputs: PlanInputs,
  demoRep: DemoRep,
  out: PlanRecords
): void {
  const start = weekdayOnOrBefore(addDays(ctx.today, -21))
  const open = (inputs.deals.get(demoRep.rep.id) ?? [])
    .map((d) => d.opportunity)
    .filter((o) => o.status === 'open')
  const stale = open.filter(
    (o) => !o.lastActivityDate || o.lastActivityDate < addDays(start, -45)
  ).length
  const pastClose = open.filter((o) => o.closeDate !== undefined && o.closeDate < start).length
  const noNextStep = open.filter((o) => o.nextStep === '').length
  const plan: Plan = {
    ...basePlan(ctx, demoRep.rep.id),
    kind: 'coaching',
    title: 'CRM hygiene: a pipeline the team can forecast',
    status: 'active',
    startDate: start,
    endDate: addDays(start, 42),
    origin: 'diagnosis',
    roleName: inputs.roleName,
    managerName: DEMO_MANAGER_NAME,
    hrContact: '',
    repCommitment:
      "First fifteen minutes of every morning on the CRM: next steps, close dates, yesterday's meetings.",
    expectations: expectationLines(inputs.expectationSet).filter((l) =>
      l.startsWith('CRM hygiene')
    ),
    concerns: [
      {
        title: 'Open deals are not kept current in the CRM',
        examples: [
          `${stale} open opportunities with no activity logged in 45+ days`,
          `${pastClose} open opportunities with a close date in the past`,
          `${noNextStep} open opportunities with no next step`
        ],
        businessImpact: 'The team forecast is unreliable and delivery cannot plan hand-offs.',
        coachingGiven: coachingGiven(inputs, demoRep.rep.id, start, 2)
      }
    ],
    goals: [
      {
        key: 'next-steps',
        description: 'Every open deal has a next step',
        standard: '100% of open opportunities have a next step',
        target: 100,
        baseline: open.length ? Math.round(((open.length - noNextStep) / open.length) * 100) : 100,
        howMeasured: 'Share of open opportunities with a next step, at the Friday review',
        deviationReason: ''
      },
      {
        key: 'close-dates',
        description: 'No close dates in the past',
        standard: 'No open opportunity has a close date in the past at the Friday review',
        target: 0,
        baseline: pastClose,
        howMeasured: 'Open opportunities with a close date before the review day',
        deviationReason: ''
      },
      {
        key: 'same-day',
        description: 'Meetings logged the same day',
        standard: 'Every customer meeting is in the CRM by the end of the day',
        howMeasured: 'Meetings in the calendar compared with meetings logged, at the Friday review',
        deviationReason: ''
      }
    ],
    support: [
      'Weekly 15-minute pipeline review with the manager',
      'Sales operations closes out deals marked as dead in bulk'
    ],
    checkInSchedule: 'Weekly, Fridays, 15 minutes',
    checkInPhases: [{ every: 'week' }],
    salesDay: defaultSalesDay(activityTarget(inputs)),
    consequences: ''
  }
  out.plans.push(plan)
  auditActivation(
    ctx,
    out,
    plan,
    [{ on: start, to: 'active', summary: 'Coaching plan agreed with the rep and started' }],
    addDays(start, -1)
  )
  const checkIns: CheckInPlan[] = [7, 14, 21, 28, 35, 42].map((d, i) => {
    const on = addDays(start, d)
    if (on >= ctx.today) return { on, status: 'scheduled' }
    const notes =
      i === 0
        ? 'Cleaned up a handful of deals; the oldest ones are untouched.'
        : 'Said the quarter-end push left no time for the CRM.'
    return { on, status: 'held', notes, progress: i === 0 ? 'someProgress' : 'offTrack' }
  })
  addCheckIns(ctx, out, plan, checkIns, start)
  addMilestones(ctx, out, plan, [
    {
      title: 'Deals untouched for 45+ days closed out or re-dated',
      due: addDays(start, 14),
      goalKey: 'close-dates',
      status: 'missed'
    },
    {
      title: 'Every open deal has a next step',
      due: addDays(start, 28),
      goalKey: 'next-steps',
      status: 'pending'
    },
    {
      title: 'Two clean Friday reviews in a row',
      due: addDays(start, 42),
      goalKey: 'same-day',
      status: 'pending'
    }
  ])
}
