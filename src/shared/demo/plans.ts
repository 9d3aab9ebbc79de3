import type { CalendarDate, CheckIn, Plan } from '../domain'
import { measureGoal } from '../plans/measure'
import { defaultSalesDay } from '../plans/salesDay'
import { addDays, at, isWeekday, weekdayOnOrBefore } from './calendar'
import {
  addCheckIns,
  addMilestones,
  auditActivation,
  basePlan,
  coachingGiven,
  DEMO_HR_CONTACT,
  DEMO_MANAGER_NAME,
  emptyPlanRecords,
  expectationLines,
  usd,
  type CheckInPlan,
  type PlanInputs,
  type PlanRecords
} from './planRecords'
import type { DemoContext, DemoRep } from './types'

/** The top producer's informal coaching plan on CRM hygiene: active, not working yet. */
function coachingPlan(
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

/** The low-activity rep's 90-day PIP: through HR review, signed, five weeks in. */
function pip(ctx: DemoContext, inputs: PlanInputs, demoRep: DemoRep, out: PlanRecords): void {
  const repId = demoRep.rep.id
  const start = weekdayOnOrBefore(addDays(ctx.today, -35))
  const countIn = (id: string, from: CalendarDate): number =>
    inputs.activities.filter((a) => a.repId === id && a.date >= from && a.date < start).length
  const mine = countIn(repId, addDays(start, -28))
  const others = inputs.reps.filter(
    (r) => r.rep.id !== repId && r.rep.startDate < addDays(start, -28)
  )
  const teamCounts = others.map((r) => countIn(r.rep.id, addDays(start, -28))).sort((a, b) => a - b)
  const median = teamCounts[Math.floor(teamCounts.length / 2)] ?? 0
  const created = (inputs.deals.get(repId) ?? []).filter(
    (d) => d.plan.created >= addDays(start, -90) && d.plan.created < start
  ).length
  const plan: Plan = {
    ...basePlan(ctx, repId),
    kind: 'pip',
    title: '90-day performance improvement plan',
    status: 'active',
    startDate: start,
    endDate: addDays(start, 90),
    origin: 'diagnosis',
    roleName: inputs.roleName,
    managerName: DEMO_MANAGER_NAME,
    hrContact: DEMO_HR_CONTACT,
    repCommitment:
      'Two prospecting blocks every morning and a Friday activity summary to my manager.',
    expectations: expectationLines(inputs.expectationSet),
    concerns: [
      {
        title: 'Customer activity well below the role standard',
        examples: [
          `${mine} logged activities in the four weeks before the plan (standard: 100; team median: ${median})`,
          'Activity stayed low after the structured sales day was agreed in 1:1s'
        ],
        businessImpact:
          "Too few conversations to build next quarter's pipeline; the territory is under-covered.",
        coachingGiven: coachingGiven(inputs, repId, start, 4)
      },
      {
        title: 'Pipeline too thin to reach the quarterly target',
        examples: [`${created} opportunities created in the 90 days before the plan`],
        businessImpact: 'Without new pipeline the quarterly target cannot be met.',
        coachingGiven: []
      }
    ],
    goals: [
      {
        key: 'activities',
        description: 'Customer activities',
        standard: 'At least 25 logged activities every week',
        metric: 'activities',
        target: 25,
        baseline: Math.round(mine / 4),
        howMeasured: 'Calls, emails, meetings and tasks logged in the CRM, counted per week',
        dimensionKey: 'activities',
        roleTarget: 25,
        deviationReason: ''
      },
      {
        key: 'meetings',
        description: 'Meetings that move deals',
        standard: 'At least 3 meetings a week ending with an agreed next step',
        metric: 'meetingsWithNextStep',
        target: 3,
        howMeasured: 'Meetings logged in the CRM with an agreed next step, counted per week',
        dimensionKey: 'meetings-with-next-step',
        roleTarget: 3,
        deviationReason: ''
      },
      {
        key: 'pipeline',
        description: 'New pipeline',
        standard: `${usd(15_000_000)} of new opportunities by day 60`,
        metric: 'pipelineCreated',
        target: 15_000_000,
        baseline: 0,
        howMeasured: 'Amount of opportunities created in the CRM since the plan started',
        deviationReason: ''
      }
    ],
    support: [
      'Daily 10-minute check-in for the first two weeks, then weekly',
      'Target account list prepared with marketing',
      'A call review every second week',
      'Prospecting workshop with the sales enablement team'
    ],
    checkInSchedule: 'Daily for the first two weeks, then weekly',
    checkInPhases: [{ every: 'workday', count: 10 }, { every: 'week' }],
    salesDay: defaultSalesDay(activityTarget(inputs)),
    consequences:
      'If the standards above are not met and sustained by the end of the plan, further action may follow, up to and including termination of employment.',
    acknowledgement: {
      signedOn: start,
      receivedOn: start,
      method: 'inPerson',
      witness: '',
      refusedToSign: false,
      employeeComments:
        'I understand the standard. My territory has fewer large accounts than others and I would like that considered.'
    },
    hrReview: {
      reviewer: 'Dana Whitfield',
      reviewedOn: addDays(start, -2),
      method: 'meeting',
      decision: 'approved',
      note: 'Concerns and coaching are documented; the goals match the role standard.'
    }
  }
  out.plans.push(plan)
  auditActivation(
    ctx,
    out,
    plan,
    [
      { on: addDays(start, -7), to: 'hrReview', summary: 'Sent to HR for review' },
      {
        on: start,
        to: 'active',
        summary:
          'HR review recorded: approved by Dana Whitfield in a meeting; plan presented to the rep and started'
      }
    ],
    addDays(start, -10)
  )
  out.planAuditLog.push({
    id: ctx.newId(),
    planId: plan.id,
    at: at(start, '15:00'),
    action: 'acknowledged',
    by: DEMO_MANAGER_NAME,
    summary: 'Rep signed to acknowledge receipt, with comments'
  })
  const days: CalendarDate[] = []
  for (let d = addDays(start, 1); days.length < 10; d = addDays(d, 1))
    if (isWeekday(d)) days.push(d)
  for (let d = addDays(start, 21); d <= plan.endDate; d = addDays(d, 7)) days.push(d)
  const checkIns: CheckInPlan[] = days.map((on, i) => {
    if (on >= ctx.today) return { on, status: 'scheduled' }
    if (i === 6) return { on, status: 'missed', notes: 'Rep called in sick.' }
    const progress = i % 3 === 0 ? 'offTrack' : 'someProgress'
    return {
      on,
      status: 'held',
      progress,
      goalChecks: activityCheck(inputs, plan, on),
      nextSteps: 'Two prospecting blocks tomorrow; Friday activity summary.',
      notes:
        progress === 'offTrack'
          ? 'Prospecting blocks skipped for admin work.'
          : 'Both prospecting blocks done; few conversations.'
    }
  })
  addCheckIns(ctx, out, plan, checkIns, start)
  addMilestones(ctx, out, plan, [
    {
      title: 'Four weeks in a row at 25+ activities',
      due: addDays(start, 30),
      goalKey: 'activities',
      status: 'missed'
    },
    {
      title: `${usd(15_000_000)} of new opportunities`,
      due: addDays(start, 60),
      goalKey: 'pipeline',
      status: 'pending'
    },
    { title: 'All goals met for the final four weeks', due: addDays(start, 90), status: 'pending' }
  ])
}

function activityTarget(inputs: PlanInputs): number | undefined {
  return inputs.expectationSet.dimensions.find((d) => d.metric === 'activities')?.target
}

/** The activity goal's measured week at a demo check-in, the way the app measures it. */
function activityCheck(inputs: PlanInputs, plan: Plan, on: CalendarDate): CheckIn['goalChecks'] {
  const goal = plan.goals.find((g) => g.metric === 'activities')
  if (!goal) return []
  const m = measureGoal(goal, {
    activities: inputs.activities.filter((a) => a.repId === plan.repId),
    opportunities: [],
    planStart: plan.startDate,
    on,
    currency: 'USD'
  })
  if (!m) return []
  return [
    {
      goalKey: goal.key,
      status: m.suggested?.status ?? 'offTrack',
      measured: m.value,
      measuredNote: m.note
    }
  ]
}

/** One active coaching plan and one active PIP, with milestones, check-ins and the audit log. */
export function generatePlans(ctx: DemoContext, inputs: PlanInputs): PlanRecords {
  const out = emptyPlanRecords()
  const top = inputs.reps.find((r) => r.profile.archetype === 'topProducerPoorHygiene')
  const low = inputs.reps.find((r) => r.profile.archetype === 'lowActivity')
  if (top) coachingPlan(ctx, inputs, top, out)
  if (low) pip(ctx, inputs, low, out)
  out.planAuditLog.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return out
}
