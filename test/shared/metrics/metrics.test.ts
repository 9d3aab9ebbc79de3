import { describe, expect, it } from 'vitest'
import {
  indexMetricsData,
  periodRange,
  repMetrics,
  teamMetrics,
  type DateRange
} from '../../../src/shared/metrics'
import { TeamBuilder } from './builder'

const Q1: DateRange = { start: '2026-01-01', end: '2026-03-31' }
const TODAY = '2026-06-15'

describe('metrics on empty and thin data', () => {
  it('an empty workspace has no rep metrics', () => {
    const index = indexMetricsData({
      reps: [],
      opportunities: [],
      snapshots: [],
      activities: [],
      manualMeasures: [],
      currency: 'USD',
      staleOpportunityDays: 30,
      today: TODAY
    })
    expect(teamMetrics(index, Q1)).toEqual([])
    expect(() => repMetrics(index, 'nobody', Q1)).toThrow(/No rep/)
  })

  it('a rep with no deals and no activity: zeros where a sum, nothing where a ratio', () => {
    const b = new TeamBuilder().rep('a')
    const m = repMetrics(b.index(TODAY), 'a', Q1, { expectations: b.expectations })
    const v = m.values
    expect(v.closedWonRevenue.value).toBe(0)
    expect(v.attainment.value).toBe(0)
    expect(v.pipelineCreated.value).toBe(0)
    expect(v.pipelineCoverage.value).toBe(0)
    expect(v.winRate.value).toBeUndefined()
    expect(v.averageDealSize.value).toBeUndefined()
    expect(v.salesCycleDays.value).toBeUndefined()
    expect(v.stageConversion.value).toBeUndefined()
    expect(v.activities.value).toBe(0)
    expect(v.meetings.value).toBe(0)
    expect(v.meetingsWithNextStep.value).toBe(0)
    expect(v.crmHygiene.value).toBeUndefined()
    expect(v.observationScore.value).toBeUndefined()
    expect(v.expenses.value).toBeUndefined()
    expect(v.csat.value).toBeUndefined()
    expect(v.winRate.formula).toBe('0 won ÷ 0 closed (won + lost) = —')
    expect(m.stages.map((s) => s.exited)).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('without expectations there is no attainment or coverage, and the formula says why', () => {
    const b = new TeamBuilder().rep('a')
    const m = repMetrics(b.index(TODAY), 'a', Q1)
    expect(m.values.attainment.value).toBeUndefined()
    expect(m.values.attainment.formula).toMatch(/No closed-won revenue target/)
    expect(m.values.pipelineCoverage.value).toBeUndefined()
  })

  it('a range before the rep started measures nothing', () => {
    const b = new TeamBuilder().rep('a', '2026-05-01')
    b.activity('a', '2026-02-02')
    const m = repMetrics(b.index(TODAY), 'a', Q1, { expectations: b.expectations })
    expect(m.activeDays).toBe(0)
    expect(m.values.activities.value).toBe(0)
  })
})

describe('results metrics', () => {
  const b = new TeamBuilder().rep('a').rep('b')
  // Won on the last day of Q1: counts in Q1, not in Q2.
  b.deal({
    repId: 'a',
    created: '2026-01-10',
    amount: 5_000_000,
    outcome: { on: '2026-03-31', status: 'won' }
  })
  // Won on the first day of Q2.
  b.deal({
    repId: 'a',
    created: '2026-02-01',
    amount: 7_000_000,
    outcome: { on: '2026-04-01', status: 'won' }
  })
  b.deal({
    repId: 'a',
    created: '2025-12-01',
    amount: 3_000_000,
    outcome: { on: '2026-02-15', status: 'won' }
  })
  b.deal({
    repId: 'a',
    created: '2026-01-05',
    amount: 9_000_000,
    outcome: { on: '2026-03-01', status: 'lost' }
  })
  b.deal({
    repId: 'a',
    created: '2026-01-20',
    amount: 1_000_000,
    outcome: { on: '2026-03-20', status: 'lost' }
  })
  b.deal({ repId: 'a', created: '2026-02-10', amount: 2_000_000, closeDate: '2026-07-01' })
  // Open on 31 Dec 2025: entering Q1's pipeline.
  b.deal({ repId: 'a', created: '2025-11-01', amount: 4_000_000, closeDate: '2026-08-01' })
  b.deal({
    repId: 'b',
    created: '2026-01-15',
    amount: 8_000_000,
    outcome: { on: '2026-02-01', status: 'won' }
  })
  const index = b.index(TODAY)
  const q1 = repMetrics(index, 'a', Q1, { expectations: b.expectations })
  const q2 = repMetrics(index, 'a', periodRange('quarter', '2026-04-01'), {
    expectations: b.expectations
  })

  it('closed-won revenue counts a deal closing on the last day of the quarter in that quarter', () => {
    expect(q1.values.closedWonRevenue.value).toBe(8_000_000)
    expect(q2.values.closedWonRevenue.value).toBe(7_000_000)
    expect(q1.values.closedWonRevenue.formula).toBe('Sum of 2 deals won in the period = $80,000')
  })

  it('attainment divides by the quarterly target', () => {
    expect(q1.values.attainment.value).toBeCloseTo((8_000_000 / 30_000_000) * 100, 6)
    expect(q1.values.attainment.denominator).toBe(30_000_000)
    expect(q1.values.attainment.formula).toMatch(/^\$80,000 won ÷ \$300,000 target .* = 26\.7%$/)
  })

  it('win rate, average deal size and sales cycle', () => {
    expect(q1.values.winRate).toMatchObject({ value: 50, numerator: 2, denominator: 4 })
    expect(q1.values.winRate.formula).toBe('2 won ÷ 4 closed (won + lost) = 50%')
    expect(q1.values.averageDealSize.value).toBe(4_000_000)
    // 2026-01-10 → 2026-03-31 is 80 days; 2025-12-01 → 2026-02-15 is 76 days.
    expect(q1.values.salesCycleDays).toMatchObject({ value: 78, numerator: 156, denominator: 2 })
  })

  it('pipeline created sums the deals created in the range', () => {
    // Created in Q1: 5m, 7m, 9m, 1m, 2m.
    expect(q1.values.pipelineCreated.value).toBe(24_000_000)
    expect(q1.values.pipelineCreated.inputs[0]).toMatchObject({ value: 5 })
  })

  it('coverage of a finished period: pipeline open the day before, closing in it, over its target', () => {
    // Open on 2025-12-31: the 3m deal (closes 15 Feb) counts; the 4m deal closes in August.
    expect(q1.values.pipelineCoverage).toMatchObject({
      numerator: 3_000_000,
      denominator: 30_000_000
    })
    expect(q1.values.pipelineCoverage.value).toBeCloseTo(0.1, 9)
  })

  it('coverage of a running period: open today, closing by its end, over what is still to win', () => {
    const r = new TeamBuilder().rep('a')
    r.deal({
      repId: 'a',
      created: '2026-04-02',
      amount: 10_000_000,
      outcome: { on: '2026-04-20', status: 'won' }
    })
    r.deal({ repId: 'a', created: '2026-04-03', amount: 25_000_000, closeDate: '2026-06-20' })
    r.deal({ repId: 'a', created: '2026-04-04', amount: 9_000_000, closeDate: '2026-05-01' })
    r.deal({ repId: 'a', created: '2026-04-05', amount: 50_000_000, closeDate: '2026-07-02' })
    const m = repMetrics(r.index('2026-05-15'), 'a', periodRange('quarter', '2026-05-15'), {
      expectations: r.expectations
    })
    // 25m + 9m (overdue, still open) over 30m − 10m won.
    expect(m.values.pipelineCoverage).toMatchObject({
      numerator: 34_000_000,
      denominator: 20_000_000,
      value: 1.7
    })
    expect(m.values.pipelineCoverage.formula).toBe(
      '$340,000 open on May 15, 2026 closing by Jun 30, 2026 ÷ $200,000 still to win ($300,000 target − $100,000 won) = 1.7×'
    )
  })

  it('other reps’ deals stay out', () => {
    const other = repMetrics(index, 'b', Q1)
    expect(other.values.closedWonRevenue.value).toBe(8_000_000)
    expect(other.values.winRate.value).toBe(100)
  })
})

describe('activity metrics', () => {
  const b = new TeamBuilder().rep('a')
  b.activity('a', '2026-01-05', 'call')
  b.activity('a', '2026-01-05', 'email')
  b.activity('a', '2026-01-06', 'meeting', { nextStepAgreed: true })
  b.activity('a', '2026-01-07', 'meeting', { nextStepAgreed: false })
  b.activity('a', '2026-01-08', 'meeting')
  b.activity('a', '2026-03-31', 'task')
  b.activity('a', '2026-04-01', 'call')
  const m = repMetrics(b.index(TODAY), 'a', Q1)

  it('counts every type inside the range, both ends included', () => {
    expect(m.activitiesByType).toEqual({ call: 1, email: 1, meeting: 3, task: 1 })
    expect(m.values.activities.value).toBe(6)
    expect(m.values.activities.formula).toBe('1 calls + 1 emails + 3 meetings + 1 tasks = 6')
    expect(m.values.meetings.value).toBe(3)
  })

  it('meetings with a next step count only an explicit yes', () => {
    expect(m.values.meetingsWithNextStep).toMatchObject({ value: 1, numerator: 1, denominator: 3 })
  })
})

describe('stage conversion from the snapshot history', () => {
  const b = new TeamBuilder().rep('a')
  b.deal({
    repId: 'a',
    created: '2026-01-01',
    stages: [
      ['2026-01-01', 'prospect'],
      ['2026-01-10', 'discover']
    ],
    outcome: { on: '2026-01-20', status: 'lost' }
  })
  b.deal({
    repId: 'a',
    created: '2026-01-02',
    stages: [
      ['2026-01-02', 'prospect'],
      ['2026-01-05', 'discover'],
      ['2026-01-15', 'qualify']
    ],
    closeDate: '2026-09-01'
  })
  // Skips qualify: discover → propose. Then won from propose.
  b.deal({
    repId: 'a',
    created: '2026-02-01',
    stages: [
      ['2026-02-01', 'discover'],
      ['2026-02-11', 'propose']
    ],
    outcome: { on: '2026-02-21', status: 'won' }
  })
  const m = repMetrics(b.index(TODAY), 'a', Q1)
  const at = (key: string) => m.stages.find((s) => s.stageKey === key)

  it('counts exits forward and losses per stage', () => {
    expect(at('prospect')).toMatchObject({ exited: 2, advanced: 2, conversionPercent: 100 })
    expect(at('discover')).toMatchObject({ exited: 3, advanced: 2 })
    expect(at('discover')?.conversionPercent).toBeCloseTo(66.667, 2)
    // The skipped stage counts as passed; the won deal left propose forward.
    expect(at('qualify')).toMatchObject({ exited: 1, advanced: 1, openInStage: 1 })
    expect(at('propose')).toMatchObject({ exited: 1, advanced: 1 })
    expect(at('negotiate')).toMatchObject({ exited: 0, conversionPercent: undefined })
  })

  it('median days in stage uses the deals that moved on', () => {
    // prospect: 9 and 3 days; discover: 10 (deal 2) and 10 (deal 3).
    expect(at('prospect')?.medianDaysInStage).toBe(6)
    expect(at('discover')?.medianDaysInStage).toBe(10)
    expect(at('qualify')?.medianDaysInStage).toBeUndefined()
  })

  it('pools stages into one conversion and counts advancing deals and skipped qualification', () => {
    expect(m.values.stageConversion).toMatchObject({ numerator: 6, denominator: 7 })
    expect(m.advancingOpportunities).toBe(3)
    expect(m.proposalsWithoutQualification).toBe(1)
  })

  it('exits outside the range do not count', () => {
    const feb = repMetrics(b.index(TODAY), 'a', periodRange('month', '2026-02-10'))
    expect(feb.stages.reduce((a, s) => a + s.exited, 0)).toBe(3)
  })
})

describe('CRM hygiene of open deals', () => {
  const b = new TeamBuilder().rep('a')
  const today = '2026-03-31'
  // Clean: next step, future close date, activity 5 days ago.
  b.deal({
    repId: 'a',
    created: '2026-03-01',
    closeDate: '2026-05-01',
    lastActivityDate: '2026-03-26'
  })
  // Stale and no next step.
  b.deal({
    repId: 'a',
    created: '2026-01-01',
    closeDate: '2026-05-01',
    nextStep: ' ',
    lastActivityDate: '2026-02-01'
  })
  // Close date in the past, pushed twice (Feb → Mar → Apr... then back to the past).
  b.deal({
    repId: 'a',
    created: '2026-01-05',
    lastActivityDate: '2026-03-30',
    closeDates: [
      ['2026-01-05', '2026-02-01'],
      ['2026-02-02', '2026-03-01'],
      ['2026-03-02', '2026-03-15']
    ]
  })
  const m = repMetrics(b.index(today), 'a', periodRange('quarter', today))

  it('shares of open deals with no issue, with each issue counted', () => {
    expect(m.hygiene).toEqual({
      open: 3,
      withIssue: 2,
      byKind: { stale: 1, missingNextStep: 1, closeDateInPast: 1, closeDatePushed: 1 }
    })
    expect(m.values.crmHygiene.value).toBeCloseTo(100 / 3, 6)
    expect(m.values.crmHygiene.formula).toBe(
      '1 of 3 deals open on Mar 31, 2026 have no hygiene issue = 33.3%'
    )
  })

  it('a past day is judged on the history as it was then', () => {
    const jan = repMetrics(b.index(today), 'a', periodRange('month', '2026-01-20'))
    expect(jan.asOf).toBe('2026-01-31')
    // On 31 Jan: deals 2 and 3 open; deal 2 has its blank next step; deal 3 not yet pushed.
    expect(jan.hygiene.open).toBe(2)
    expect(jan.hygiene.byKind.closeDatePushed).toBe(0)
  })

  it('the stale threshold is a setting', () => {
    const strict = repMetrics(b.index(today, 3), 'a', periodRange('quarter', today))
    expect(strict.hygiene.byKind.stale).toBe(2)
  })
})

describe('manual measures and observations', () => {
  const b = new TeamBuilder().rep('a')
  b.measure('a', 'expenses', '2026-01-01', '2026-01-31', 310_000)
  b.measure('a', 'expenses', '2026-02-01', '2026-02-28', 280_000)
  b.measure('a', 'csat', '2026-01-01', '2026-01-31', 4)
  b.measure('a', 'csat', '2026-02-01', '2026-02-28', 5)
  b.measure('a', 'margin', '2026-01-01', '2026-03-31', 32.5)
  b.observe('a', 'discover', 0.8, 3).observe('a', 'propose', 0.4, 1)
  const index = b.index(TODAY)

  it('expenses add up, prorated by the days of each entry inside the range', () => {
    expect(repMetrics(index, 'a', Q1).values.expenses.value).toBe(590_000)
    const half = repMetrics(index, 'a', { start: '2026-01-01', end: '2026-01-15' })
    expect(half.values.expenses.value).toBe(150_000) // 310,000 × 15/31
  })

  it('CSAT and margin are averages weighted by days', () => {
    const m = repMetrics(index, 'a', Q1)
    expect(m.values.csat.value).toBeCloseTo((4 * 31 + 5 * 28) / 59, 9)
    expect(m.values.margin.value).toBe(32.5)
    expect(m.values.teamwork.value).toBeUndefined()
  })

  it('observation score is the count-weighted average in percent', () => {
    const v = repMetrics(index, 'a', Q1).values.observationScore
    expect(v.value).toBeCloseTo(((0.8 * 3 + 0.4) / 4) * 100, 9)
    expect(v.denominator).toBe(4)
  })
})
