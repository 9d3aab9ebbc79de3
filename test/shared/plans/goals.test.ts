import { describe, expect, it } from 'vitest'
import { createAccountExecutiveRole } from '../../../src/shared/defaults'
import {
  expectationLines,
  goalChange,
  goalDeviations,
  goalFromDimension
} from '../../../src/shared/plans/goals'
import { measureGoal, suggestStatus } from '../../../src/shared/plans/measure'
import { evidenceChoices } from '../../../src/shared/plans/evidence'
import { checkInLogCsv } from '../../../src/shared/plans/checkInCsv'
import { defaultSalesDay, salesDayTotals } from '../../../src/shared/plans/salesDay'
import { sampleCheckIns, samplePlan } from './fixtures'

const { expectationSet } = createAccountExecutiveRole('role-1', 'set-1', '2026-10-01T00:00:00.000Z')
const activities = expectationSet.dimensions.find((d) => d.metric === 'activities')!
const revenue = expectationSet.dimensions.find((d) => d.metric === 'closedWonRevenue')!

describe('goals from the role and the fairness check', () => {
  it('turns a role expectation into a measurable goal linked to it', () => {
    expect(goalFromDimension(activities)).toMatchObject({
      key: 'activities',
      standard: 'At least 25 every week',
      metric: 'activities',
      target: 25,
      roleTarget: 25,
      dimensionKey: 'activities',
      howMeasured: 'Calls, emails, meetings and tasks logged in the CRM, counted per week'
    })
    expect(expectationLines(expectationSet)).toContain(
      'Customer activities (calls, emails, meetings, tasks): at least 25 per week'
    )
    expect(expectationLines(expectationSet)[0]).toBe(
      'Closed-won revenue: at least $300,000 per quarter'
    )
  })

  it('flags a goal whose target differs from the role standard, with the rule and both numbers', () => {
    const goal = { ...goalFromDimension(activities), target: 35 }
    const [flag] = goalDeviations([goal], expectationSet.dimensions)
    expect(flag).toMatchObject({ planTarget: 35, roleTarget: 25, explained: false })
    expect(flag?.rule).toContain("The plan's target 35 differs from the role's standard 25")
    expect(
      goalDeviations(
        [{ ...goal, deviationReason: 'Doubled territory' }],
        expectationSet.dimensions
      )[0]?.explained
    ).toBe(true)
    expect(goalDeviations([goalFromDimension(activities)], expectationSet.dimensions)).toEqual([])
    // Without the role's set, the standard recorded on the goal is the comparison.
    expect(goalDeviations([goal], [])).toHaveLength(1)
  })
})

describe('measured values at a check-in', () => {
  const goal = goalFromDimension(activities)
  const acts = [
    { date: '2026-10-01', type: 'call' as const },
    { date: '2026-10-06', type: 'meeting' as const, nextStepAgreed: true },
    { date: '2026-10-07', type: 'meeting' as const, nextStepAgreed: false },
    { date: '2026-09-30', type: 'email' as const }
  ]
  const base = {
    activities: acts,
    opportunities: [],
    planStart: '2026-09-28',
    on: '2026-10-07',
    currency: 'USD'
  }

  it('counts the seven days ending on the check-in and suggests a status with its rule', () => {
    const m = measureGoal(goal, base)
    expect(m).toMatchObject({
      value: 3,
      note: '3 activities logged Oct 1, 2026 to Oct 7, 2026 (7 days)'
    })
    expect(m?.suggested).toEqual({
      status: 'offTrack',
      rule: '12% of the target (below 80% is off track)'
    })
    const meetings = measureGoal({ ...goal, metric: 'meetingsWithNextStep', target: 1 }, base)
    expect(meetings).toMatchObject({ value: 1, suggested: { status: 'onTrack' } })
    expect(suggestStatus({ ...goal, target: 10 }, 8)?.status).toBe('atRisk')
  })

  it('sums pipeline created since the plan started and leaves what it cannot compute to the manager', () => {
    const opportunities = [
      { createdDate: '2026-09-29', amount: { minor: 500_000, currency: 'USD' } },
      { createdDate: '2026-09-01', amount: { minor: 900_000, currency: 'USD' } }
    ]
    const m = measureGoal(
      { ...goal, metric: 'pipelineCreated', target: 400_000 },
      { ...base, opportunities }
    )
    expect(m).toMatchObject({ value: 500_000, suggested: { status: 'met' } })
    expect(m?.note).toBe('$5,000 in 1 opportunity created Sep 28, 2026 to Oct 7, 2026')
    expect(measureGoal({ ...goal, metric: 'csat' }, base)).toBeUndefined()
  })
})

describe('evidence offered from the app’s own records', () => {
  it('offers held 1:1s (shared notes only), commitments, final observations and coaching plans, newest first', () => {
    const stamp = { createdAt: '2026-09-01T10:00:00.000Z', updatedAt: '2026-09-01T10:00:00.000Z' }
    const choices = evidenceChoices({
      oneOnOnes: [
        {
          id: 'm1',
          ...stamp,
          repId: 'r',
          scheduledFor: '2026-09-03',
          status: 'held',
          agenda: [],
          sharedNotes: 'Agreed a sales day',
          privateNotes: 'SECRET'
        },
        {
          id: 'm2',
          ...stamp,
          repId: 'r',
          scheduledFor: '2026-09-10',
          status: 'skipped',
          agenda: [],
          sharedNotes: 'x',
          privateNotes: ''
        }
      ],
      actionItems: [
        {
          id: 'a1',
          ...stamp,
          repId: 'r',
          text: 'Log every call',
          owner: 'rep',
          dueDate: '2026-09-08',
          status: 'open'
        }
      ],
      observations: [
        {
          id: 'o1',
          ...stamp,
          kind: 'callReview',
          repId: 'r',
          stageKey: 'discovery',
          date: '2026-09-05',
          status: 'final',
          opportunityLabel: '',
          templateId: 't',
          templateVersion: 1,
          scores: [],
          outcome: '',
          selfAssessment: '',
          strength: 'Rapport',
          focus: 'Ask for the meeting',
          notes: []
        }
      ],
      plans: [
        samplePlan({
          id: 'cp',
          kind: 'coaching',
          title: 'Sales day',
          startDate: '2026-08-17',
          endDate: '2026-09-14',
          repCommitment: 'Mornings'
        })
      ],
      until: '2026-10-01'
    })
    expect(choices.map((c) => [c.date, c.source, c.summary])).toEqual([
      [
        '2026-09-05',
        'observation',
        'Call review at Discovery: strength: Rapport; focus agreed: Ask for the meeting'
      ],
      ['2026-09-03', 'oneOnOne', '1:1: Agreed a sales day'],
      ['2026-09-01', 'actionItem', 'Commitment (rep, due 2026-09-08, open): Log every call'],
      [
        '2026-08-17',
        'coachingPlan',
        "Coaching plan “Sales day” 2026-08-17 to 2026-09-14; rep's commitment: Mornings"
      ]
    ])
    expect(JSON.stringify(choices)).not.toContain('SECRET')
  })
})

describe('sales day and check-in CSV', () => {
  it('ties the day to the weekly activity standard', () => {
    const day = defaultSalesDay(25)
    expect(day.find((b) => b.activity === 'prospecting')?.aim).toBe(
      '3 new conversations started (role standard: 25 a week)'
    )
    expect(day.at(-1)?.aim).toBe('5 activities logged today')
    expect(salesDayTotals(day).find((t) => t.label === 'CRM update')?.minutes).toBe(30)
  })

  it('writes one row per check-in and goal with formula cells defused', () => {
    const csv = checkInLogCsv(samplePlan(), sampleCheckIns())
    const lines = csv.replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe(
      'Scheduled for,Held on,Why held early,Check-in status,Goal,Goal status,Measured,How measured,Notes,Next steps'
    )
    expect(lines[1]).toBe(
      '2026-10-06,2026-10-06,,held,Customer activities,At risk,21,21 activities logged 2026-09-30 to 2026-10-06 (7 days),Both blocks done,"\'+ call the top ten accounts"'
    )
    expect(lines).toHaveLength(5)
  })
})

describe('baseline before the plan', () => {
  it('is the weekly average of the four weeks before the start date', async () => {
    const { baselineBefore } = await import('../../../src/shared/plans/measure')
    const acts = [
      ...Array.from({ length: 10 }, () => ({ date: '2026-09-20', type: 'call' as const })),
      { date: '2026-09-01', type: 'call' as const },
      { date: '2026-10-05', type: 'call' as const }
    ]
    expect(baselineBefore({ metric: 'activities' }, acts, '2026-10-05')).toEqual({
      value: 2.5,
      note: '10 in the 4 weeks 2026-09-07 to 2026-10-04: 2.5 a week'
    })
    expect(baselineBefore({ metric: 'csat' }, acts, '2026-10-05')).toBeUndefined()
  })
})

describe('changing a goal on an active plan', () => {
  // The role's standard is $300,000 a quarter; HR approved a stepped target with its reason.
  const stepped = {
    ...goalFromDimension(revenue),
    target: 15_000_000,
    deviationReason: 'Stepped target for the first quarter; agreed with HR.'
  }

  it('keeps the reason HR reviewed in the record when a new reason replaces it', () => {
    const { goals, summary } = goalChange(
      [stepped],
      stepped.key,
      17_500_000,
      ' Two renewals moved in. '
    )
    expect(goals[0]).toMatchObject({
      target: 17_500_000,
      deviationReason: 'Two renewals moved in.'
    })
    expect(summary).toBe(
      'Target of “Closed-won revenue” changed from $150,000 to $175,000: Two renewals moved in. ' +
        'The reason for the earlier target was: Stepped target for the first quarter; agreed with HR.'
    )
  })

  it('says nothing more when the target had no reason of its own', () => {
    const plain = goalFromDimension(revenue)
    expect(goalChange([plain], plain.key, 32_000_000, 'Quota raised for Q1.').summary).toBe(
      'Target of “Closed-won revenue” changed from $300,000 to $320,000: Quota raised for Q1.'
    )
    // A reason left from before, while the target was at the standard, was not in force.
    const old = { ...plain, deviationReason: 'An old reason' }
    expect(goalChange([old], old.key, 32_000_000, 'Quota raised.').summary).not.toContain(
      'An old reason'
    )
  })

  it('keeps the approved reason when the target goes back to the role standard', () => {
    const back = goalChange([stepped], stepped.key, 30_000_000, 'Back to the standard.')
    expect(back.summary).toBe(
      'Target of “Closed-won revenue” changed from $150,000 to $300,000: Back to the standard. ' +
        'The reason for the earlier target was: Stepped target for the first quarter; agreed with HR.'
    )
    expect(back.goals[0]?.target).toBe(30_000_000)
  })
})
