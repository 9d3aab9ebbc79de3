import { describe, expect, it } from 'vitest'
import {
  ALL_SOURCES,
  dataSourcesOf,
  indexMetricsData,
  periodRange,
  repHeadline,
  repMetrics,
  scorecard,
  type DataSources
} from '../../../src/shared/metrics'
import { diagnoseTeam, resultsProcessQuadrant } from '../../../src/shared/diagnosis'
import { TeamBuilder } from './builder'

/** Issue 14: no data is not a miss. */

const TODAY = '2026-12-05'
const Q4 = periodRange('quarter', '2017-11-15')
const DEALS_ONLY: DataSources = {
  activities: false,
  meetingOutcomes: false,
  nextSteps: false,
  lastTouch: false
}

/** Two reps with deals only (like the Maven export): no activities, no next steps. */
function dealsOnly(): TeamBuilder {
  const b = new TeamBuilder().rep('a', '2016-10-01').rep('b', '2016-10-01')
  b.deal({
    repId: 'a',
    created: '2017-10-02',
    outcome: { on: '2017-11-10', status: 'won' },
    amount: 400_000_00
  })
  b.deal({
    repId: 'b',
    created: '2017-10-03',
    outcome: { on: '2017-11-12', status: 'won' },
    amount: 50_000_00
  })
  // Open deals with no next step, never touched: not hygiene issues without those sources.
  b.deal({ repId: 'a', created: '2017-10-05' })
  b.deal({ repId: 'b', created: '2017-10-06' })
  return b
}

function indexOf(b: TeamBuilder, sources?: DataSources) {
  return indexMetricsData({
    reps: b.reps,
    opportunities: b.opportunities,
    snapshots: b.snapshots,
    activities: b.activities,
    manualMeasures: b.measures,
    salesProcess: b.process,
    currency: 'USD',
    staleOpportunityDays: 30,
    today: TODAY,
    sources
  })
}

describe('which sources the imports carried', () => {
  const deal = { nextStep: '', lastActivityDate: undefined, source: 'generic' as const }
  it('a deals file alone carries none of activities, meeting outcomes, next steps, last touch', () => {
    expect(dataSourcesOf({ opportunities: [deal], activities: [], mappings: [] })).toEqual(
      DEALS_ONLY
    )
  })
  it('a column imported (even all blank) or a filled value counts as carried', () => {
    const mappings = [{ kind: 'opportunities' as const, columns: { nextStep: 'Next Step' } }]
    expect(dataSourcesOf({ opportunities: [deal], activities: [], mappings }).nextSteps).toBe(true)
    const withActivity = dataSourcesOf({
      opportunities: [deal],
      activities: [{ nextStepAgreed: true }],
      mappings: []
    })
    expect(withActivity).toEqual({ ...ALL_SOURCES, nextSteps: false })
  })
  it('the demo has everything', () => {
    expect(
      dataSourcesOf({ opportunities: [{ ...deal, source: 'demo' }], activities: [], mappings: [] })
    ).toEqual(ALL_SOURCES)
  })
})

describe('a metric with no source is "no data", never a miss', () => {
  it('activities and meetings say what to import', () => {
    const b = dealsOnly()
    const v = repMetrics(indexOf(b, DEALS_ONLY), 'a', Q4, { expectations: b.expectations }).values
    expect(v.activities.value).toBeUndefined()
    expect(v.activities.noData).toMatch(/import an activities export/)
    expect(v.meetingsWithNextStep.value).toBeUndefined()
    expect(v.closedWonRevenue.value).toBe(400_000_00)
    // Without the sources, the same rep's activities are a zero (a miss).
    expect(repMetrics(indexOf(b), 'a', Q4).values.activities.value).toBe(0)
  })

  it('is left out of weighted attainment, findings, the quadrant and hygiene', () => {
    const b = dealsOnly()
    const index = indexOf(b, DEALS_ONLY)
    const m = repMetrics(index, 'a', Q4, { expectations: b.expectations })
    const card = scorecard(b.reps[0]!, b.expectations, m, TODAY)
    const activity = card.standings.find((s) => s.dimension.metric === 'activities')
    expect(activity?.status).toBe('noData')
    expect(activity?.explanation).toMatch(/^No data: import an activities export/)
    const withData = card.standings.filter((s) => s.status !== 'noData')
    const met = withData.filter((s) => s.status === 'met')
    const weight = (list: typeof withData) => list.reduce((a, s) => a + s.dimension.weight, 0)
    expect(card.weightedMetPercent).toBeCloseTo((weight(met) / weight(withData)) * 100)
    // Hygiene: open deals without next step or touches are not issues without those sources.
    expect(m.hygiene).toMatchObject({ open: 1, withIssue: 0 })
    const strict = repMetrics(indexOf(b), 'a', Q4, { expectations: b.expectations })
    expect(strict.hygiene.withIssue).toBe(1)

    const diagnosis = diagnoseTeam({ index, range: Q4, expectationsFor: () => b.expectations })
    const kinds = diagnosis.byRep.flatMap((d) => d.findings.map((f) => f.kind))
    expect(kinds).not.toContain('activityGap')
    expect(kinds).not.toContain('crmHygiene')
    const strictKinds = diagnoseTeam({
      index: indexOf(b),
      range: Q4,
      expectationsFor: () => b.expectations
    }).byRep.flatMap((d) => d.findings.map((f) => f.kind))
    expect(strictKinds).toContain('activityGap')

    const quadrant = resultsProcessQuadrant(diagnosis.scorecards)
    for (const point of quadrant.points) {
      expect(point.processParts.map((p) => p.label)).not.toContain(
        'Activity against the expectation'
      )
      expect(point.processParts.map((p) => p.label)).not.toContain(
        'Meetings with an agreed next step'
      )
    }
  })
})

describe('one period on every screen', () => {
  it('the Team headline for a chosen range shows the dashboard’s attainment', () => {
    const b = dealsOnly()
    const index = indexOf(b, DEALS_ONLY)
    const m = repMetrics(index, 'a', Q4, { expectations: b.expectations })
    const h = repHeadline({
      rep: b.reps[0]!,
      expectations: b.expectations,
      opportunities: b.opportunities,
      activities: [],
      oneOnOnes: [],
      today: TODAY,
      currency: 'USD',
      range: Q4
    })
    expect(h.closedWonMinor).toBe(400_000_00)
    expect((h.attainment ?? 0) * 100).toBeCloseTo(m.values.attainment.value ?? -1)
  })
})

describe('hygiene says which checks it could not make', () => {
  it('names the checks without data in its formula', () => {
    const b = dealsOnly()
    const m = repMetrics(indexOf(b, DEALS_ONLY), 'a', Q4, { expectations: b.expectations })
    expect(m.values.crmHygiene.formula).toMatch(
      /\(not checked, no data: no activity for too long; no next step\)$/
    )
    expect(repMetrics(indexOf(b), 'a', Q4).values.crmHygiene.formula).not.toMatch(/not checked/)
  })
})
