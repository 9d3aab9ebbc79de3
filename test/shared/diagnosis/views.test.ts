import { describe, expect, it } from 'vitest'
import {
  diagnoseTeam,
  pairingSuggestions,
  recognitionBalance,
  repContribution,
  resultsProcessQuadrant,
  teamTrend,
  type RepDiagnosis
} from '../../../src/shared/diagnosis'
import { Plan, type Observation, type Recognition } from '../../../src/shared/domain'
import { lastPeriods, periodRange } from '../../../src/shared/metrics'
import { NOW, TeamBuilder } from '../metrics/builder'

const Q = periodRange('quarter', '2025-10-01')
const TODAY = '2026-02-01'

function diagnose(b: TeamBuilder) {
  return diagnoseTeam({ index: b.index(TODAY), range: Q, expectationsFor: () => b.expectations })
}

describe('results-vs-process quadrant and pairing', () => {
  const b = new TeamBuilder()
  // closer: $480,000 won, 2 calls a weekday (10 a week), no meeting, 2 of 3 open deals without a next step.
  b.rep('closer')
  b.dailyActivities('closer', Q.start, Q.end, 2, 'call')
  b.funnel('closer', Q.start, ['won', 'won', 'won', 'won'], 12_000_000)
  for (const next of ['', '', 'Demo']) {
    b.deal({
      repId: 'closer',
      created: '2025-12-01',
      closeDate: '2026-03-01',
      lastActivityDate: '2026-01-20',
      nextStep: next
    })
  }
  // keeper: 6 a weekday with a next step agreed at every meeting, 1 of 10 won ($120,000).
  b.rep('keeper')
  b.dailyActivities('keeper', Q.start, Q.end, 5, 'call')
  b.dailyActivities('keeper', Q.start, Q.end, 1, 'meeting', { nextStepAgreed: true })
  b.funnel('keeper', Q.start, ['won', 4, 4, 4, 5, 5, 5, 3, 3, 3], 12_000_000)
  const result = diagnose(b)
  const chart = resultsProcessQuadrant(result.scorecards)
  const point = (id: string) => chart.points.find((p) => p.repId === id)

  it('results are attainment; process is the mean of its parts', () => {
    expect(point('closer')?.results).toBeCloseTo(160, 9)
    // hygiene 1 of 3 clean = 33.3%; activity 132 of 282.9 target = 46.7%; no meeting: left out.
    const parts = point('closer')?.processParts.map((p) => p.label)
    expect(parts).toEqual(['CRM hygiene', 'Activity against the expectation'])
    const values = point('closer')?.processParts.map((p) => p.value) ?? []
    expect(point('closer')?.process).toBeCloseTo((values[0] ?? 0) / 2 + (values[1] ?? 0) / 2, 9)
    expect(point('closer')?.quadrant).toBe('resultsOnly')
    // keeper: no open deal (hygiene left out), activity capped at 100, meetings 100%.
    expect(point('keeper')).toMatchObject({ process: 100, quadrant: 'processOnly' })
    expect(point('keeper')?.results).toBeCloseTo(40, 9)
  })

  it('the lines are settings of the chart', () => {
    const strict = resultsProcessQuadrant(result.scorecards, { resultsLine: 200 })
    expect(strict.points.find((p) => p.repId === 'closer')?.quadrant).toBe('neither')
  })

  it('pairs the closer with the rep who keeps the process, saying why', () => {
    const pairs = pairingSuggestions(chart, result.scorecards)
    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ closerRepId: 'closer', processRepId: 'keeper' })
    expect(pairs[0]?.numbers[0]).toEqual({ label: 'Attainment', value: '160% and 40%' })
  })

  it('no pair without both kinds of rep', () => {
    const onlyCloser = resultsProcessQuadrant(result.scorecards.filter((c) => c.repId === 'closer'))
    expect(pairingSuggestions(onlyCloser, result.scorecards)).toEqual([])
  })
})

describe('recognition-to-correction ratio', () => {
  const stamp = { createdAt: NOW, updatedAt: NOW }
  const recognition = (repId: string, date: string): Recognition => ({
    id: `r-${repId}-${date}`,
    ...stamp,
    repId,
    date,
    text: 'Great discovery call',
    visibility: 'private'
  })
  const observation = (
    repId: string,
    date: string,
    focus: string,
    status: 'draft' | 'final' = 'final'
  ): Observation =>
    ({
      id: `o-${repId}-${date}`,
      ...stamp,
      kind: 'rideAlong',
      repId,
      stageKey: 'discover',
      date,
      status,
      opportunityLabel: '',
      templateId: 't',
      templateVersion: 1,
      scores: [],
      outcome: '',
      selfAssessment: '',
      strength: 'Rapport',
      focus,
      notes: []
    }) satisfies Observation
  const plan = (repId: string, status: Plan['status'], startDate: string, endDate: string): Plan =>
    Plan.parse({
      id: `p-${repId}-${status}`,
      ...stamp,
      kind: 'coaching',
      repId,
      title: 'Coaching plan',
      status,
      startDate,
      endDate,
      origin: 'scratch',
      repCommitment: '',
      expectations: [],
      concerns: [],
      goals: [],
      support: [],
      checkInSchedule: '',
      consequences: ''
    })
  const diagnoses: RepDiagnosis[] = [
    {
      repId: 'a',
      range: Q,
      findings: [
        {
          id: 'f1',
          kind: 'activityGap',
          repId: 'a',
          severity: 'act',
          title: 't',
          rule: 'r',
          numbers: [],
          actions: [{ kind: 'oneOnOne', text: 't' }]
        },
        {
          id: 'f2',
          kind: 'crmHygiene',
          repId: 'a',
          severity: 'watch',
          title: 't',
          rule: 'r',
          numbers: [],
          actions: [{ kind: 'oneOnOne', text: 't' }]
        }
      ]
    }
  ]
  const balance = recognitionBalance({
    repIds: ['a', 'b'],
    range: Q,
    recognitions: [
      recognition('a', '2025-10-05'),
      recognition('a', '2025-12-31'),
      recognition('a', '2026-01-01'),
      recognition('b', '2025-11-11')
    ],
    observations: [
      observation('a', '2025-11-01', 'Ask for the next step'),
      observation('a', '2025-11-02', ' '),
      observation('a', '2025-11-03', 'Qualify budget', 'draft')
    ],
    plans: [
      plan('a', 'active', '2025-09-01', '2025-11-30'),
      plan('a', 'draft', '2025-10-01', '2025-12-31')
    ],
    diagnoses
  })

  it('counts recognitions in the range against acted-on findings, focus areas and running plans', () => {
    expect(balance[0]).toMatchObject({
      repId: 'a',
      recognitions: 2,
      corrections: { findings: 1, focusAreas: 1, plans: 1 },
      correctionsTotal: 3,
      text: '2 : 3',
      belowGuide: true
    })
    expect(balance[0]?.ratio).toBeCloseTo(2 / 3, 9)
  })

  it('with no correction there is no ratio, and nothing below the guide', () => {
    expect(balance[1]).toMatchObject({
      recognitions: 1,
      correctionsTotal: 0,
      ratio: undefined,
      text: '1 : 0',
      belowGuide: false
    })
  })
})

describe('rep contribution (P&L)', () => {
  const b = new TeamBuilder().rep('a').rep('b')
  b.funnel('a', Q.start, ['won', 'won'], 15_000_000)
  b.measure('a', 'margin', Q.start, Q.end, 40)
  b.measure('a', 'expenses', '2025-10-01', '2025-10-31', 200_000)
  b.measure('a', 'expenses', '2025-11-01', '2025-11-30', 150_000)
  b.funnel('b', Q.start, ['won'], 10_000_000)
  const cards = diagnose(b).scorecards

  it('revenue × margin − expenses, against the expense budget', () => {
    const a = repContribution(cards.find((c) => c.repId === 'a') ?? cards[0]!)
    expect(a).toMatchObject({
      revenueMinor: 30_000_000,
      marginPercent: 40,
      grossMarginMinor: 12_000_000,
      expensesMinor: 350_000,
      // $1,500 a month × 3 months.
      expenseBudgetMinor: 450_000,
      underBudgetMinor: 100_000,
      contributionMinor: 11_650_000,
      basis: 'grossMargin'
    })
    expect(a.lines.at(-1)).toEqual({ label: 'Contribution', value: '$120,000 − $3,500 = $116,500' })
  })

  it('without a margin the contribution is revenue − expenses, and says so', () => {
    const bb = repContribution(cards.find((c) => c.repId === 'b') ?? cards[0]!)
    expect(bb).toMatchObject({
      basis: 'revenue',
      contributionMinor: 10_000_000,
      expensesMinor: undefined
    })
    expect(bb.lines[1]).toEqual({ label: 'Margin', value: 'not entered' })
  })
})

describe('team trend', () => {
  it('sums each period and marks the market shift', () => {
    const b = new TeamBuilder()
    for (const id of ['m1', 'm2', 'm3']) {
      b.rep(id)
      b.activity(id, '2025-01-01')
      for (const q of ['2025-01-15', '2025-04-15', '2025-07-15', '2025-10-15']) {
        b.deal({
          repId: id,
          created: '2025-01-02',
          amount: q === '2025-10-15' ? 1_000_000 : 10_000_000,
          outcome: { on: q, status: 'won' }
        })
      }
    }
    const index = b.index(TODAY)
    const points = teamTrend(
      index,
      lastPeriods('quarter', '2025-12-31', 4),
      () => b.expectations,
      diagnose(b).thresholds
    )
    expect(points.map((p) => p.range.label)).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025'])
    expect(points.map((p) => p.closedWonMinor)).toEqual([
      30_000_000, 30_000_000, 30_000_000, 3_000_000
    ])
    expect(points.map((p) => p.targetMinor)).toEqual([
      90_000_000, 90_000_000, 90_000_000, 90_000_000
    ])
    expect(points.map((p) => p.market.shift)).toEqual([false, false, false, true])
    expect(points[3]?.attainment).toBeCloseTo(100 / 30, 9)
    expect(points[0]?.activities).toBe(3)
  })
})
