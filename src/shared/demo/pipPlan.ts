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
  expectationLines,
  usd,
  activityTarget,
  type CheckInPlan,
  type PlanInputs,
  type PlanRecords
} from './planRecords'
import type { DemoContext, DemoRep } from './types'

/** The low-activity rep's 90-day PIP: through HR review, signed, five weeks in. */
export function pip(
  ctx: DemoContext,
  inputs: PlanInputs,
  demoRep: DemoRep,
  out: PlanRecords
): void {
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
