import { chainAsFound } from '../../../src/shared/plans/auditChain'
import type { CheckIn, Plan, PlanAuditEntry, PlanMilestone } from '../../../src/shared/domain'
import { Plan as PlanSchema } from '../../../src/shared/domain'

const stamp = { createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z' }

/** A complete active PIP with odd free text in it, as the repository would store it. */
export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  return PlanSchema.parse({
    id: 'plan-1',
    ...stamp,
    kind: 'pip',
    repId: 'rep-1',
    title: '90-day plan: activity',
    status: 'active',
    startDate: '2026-10-05',
    endDate: '2027-01-03',
    origin: 'coachingPlan',
    originRef: 'plan-0',
    roleName: 'Account Executive',
    managerName: 'Jordan Ellis',
    hrContact: 'Dana Whitfield',
    repCommitment: 'Two prospecting blocks every morning.',
    expectations: ['Customer activities: at least 25 per week'],
    concerns: [
      {
        title: 'Activity well below the standard',
        examples: ['=HYPERLINK("http://evil")', '11 activities in the four weeks before the plan'],
        businessImpact: 'Too few conversations to build pipeline.',
        coachingGiven: [
          { date: '2026-09-10', summary: '1:1: agreed a structured sales day', ref: 'mtg-1' },
          {
            date: '2026-09-02',
            summary: 'Call review: focus on asking for the meeting',
            ref: 'obs-1'
          }
        ]
      }
    ],
    goals: [
      {
        key: 'activities',
        description: 'Customer activities',
        standard: 'At least 25 every week',
        metric: 'activities',
        target: 25,
        baseline: 11,
        howMeasured: 'Activities logged in the CRM per week',
        dimensionKey: 'activities',
        roleTarget: 25
      },
      {
        key: 'meetings',
        description: 'Meetings with a next step',
        standard: 'At least 4 a week',
        metric: 'meetingsWithNextStep',
        target: 4,
        roleTarget: 3,
        deviationReason: 'Twice the accounts of the team average'
      }
    ],
    support: ['Daily check-in for two weeks', 'Prospecting workshop'],
    checkInSchedule: 'Daily for two weeks, then weekly',
    checkInPhases: [{ every: 'workday', count: 10 }, { every: 'week' }],
    salesDay: [
      {
        start: '09:00',
        end: '10:30',
        activity: 'prospecting',
        what: 'Calls',
        aim: '5 conversations'
      }
    ],
    consequences: 'Further action may follow, up to and including termination.',
    acknowledgement: {
      receivedOn: '2026-10-05',
      method: 'inPerson',
      refusedToSign: true,
      witness: 'Dana Whitfield (HR)',
      employeeComments: 'My territory is smaller.\u0000 Odd\u000Bchar'
    },
    ...overrides
  })
}

export function sampleCheckIns(): CheckIn[] {
  const base = {
    ...stamp,
    planId: 'plan-1',
    repId: 'rep-1',
    notes: '',
    nextSteps: '',
    goalChecks: []
  }
  return [
    {
      ...base,
      id: 'c2',
      scheduledFor: '2026-10-07',
      status: 'missed',
      notes: 'Rep was ill'
    },
    {
      ...base,
      id: 'c1',
      scheduledFor: '2026-10-06',
      heldOn: '2026-10-06',
      status: 'held',
      notes: 'Both blocks done',
      nextSteps: '+ call the top ten accounts',
      goalChecks: [
        {
          goalKey: 'activities',
          status: 'atRisk',
          measured: 21,
          measuredNote: '21 activities logged 2026-09-30 to 2026-10-06 (7 days)'
        }
      ]
    },
    { ...base, id: 'c3', scheduledFor: '2026-10-08', status: 'scheduled' }
  ]
}

export function sampleMilestones(): PlanMilestone[] {
  return [
    {
      id: 'm1',
      ...stamp,
      planId: 'plan-1',
      repId: 'rep-1',
      title: 'Four weeks at 25+',
      dueDate: '2026-11-02',
      goalKey: 'activities',
      status: 'pending'
    }
  ]
}

export function sampleAuditLog(): PlanAuditEntry[] {
  const e = (
    id: string,
    at: string,
    action: PlanAuditEntry['action'],
    summary: string,
    before?: unknown,
    after?: unknown
  ): PlanAuditEntry => ({
    id,
    planId: 'plan-1',
    at,
    by: 'Jordan Ellis',
    action,
    summary,
    before,
    after
  })
  // Chained as the app writes them (issue 17).
  return chainAsFound([
    e('a1', '2026-09-28T10:00:00.000Z', 'created', 'PIP created as a draft'),
    e(
      'a2',
      '2026-09-30T10:00:00.000Z',
      'statusChanged',
      'Status draft → hrReview',
      'draft',
      'hrReview'
    ),
    e(
      'a3',
      '2026-10-05T10:00:00.000Z',
      'statusChanged',
      'Status hrReview → active',
      'hrReview',
      'active'
    ),
    e(
      'a4',
      '2026-10-06T10:00:00.000Z',
      'exported',
      'Exported as PDF, content hash abc',
      undefined,
      { format: 'pdf', hash: 'abc' }
    )
  ])
}
