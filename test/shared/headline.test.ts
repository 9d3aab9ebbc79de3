import { describe, expect, it } from 'vitest'
import type { Activity, ExpectationSet, OneOnOne, Opportunity, Rep } from '../../src/shared/domain'
import { quarterOf } from '../../src/shared/metrics/dates'
import { repHeadline } from '../../src/shared/metrics/headline'
import { rampFactor } from '../../src/shared/metrics/ramp'

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const rep: Rep = {
  ...stamp,
  id: 'r1',
  name: 'Sam Lee',
  roleId: 'ae',
  startDate: '2024-01-08',
  rampMonths: 3,
  territory: '',
  crmAliases: ['Sam Lee'],
  oneOnOneCadenceDays: 7,
  active: true
}
const expectations: ExpectationSet = {
  ...stamp,
  id: 'es',
  roleId: 'ae',
  name: 'AE',
  dimensions: [
    {
      key: 'revenue',
      label: 'Closed-won revenue',
      metric: 'closedWonRevenue',
      target: 10_000_000,
      currency: 'USD',
      period: 'quarter',
      direction: 'atLeast',
      indicator: 'lagging',
      weight: 40
    }
  ],
  overrides: [],
  teamPriorities: [],
  stopDoing: []
}
const opp = (
  id: string,
  status: Opportunity['status'],
  minor: number,
  closeDate: string,
  repId = 'r1'
): Opportunity => ({
  ...stamp,
  id,
  crmId: id,
  source: 'demo',
  repId,
  ownerAlias: 'Sam Lee',
  name: id,
  account: '',
  crmStage: status,
  status,
  amount: { minor, currency: 'USD' },
  createdDate: '2026-08-01',
  closeDate,
  nextStep: ''
})
const activity = (date: string, repId = 'r1'): Activity => ({
  ...stamp,
  id: `a-${date}-${repId}`,
  source: 'demo',
  repId,
  ownerAlias: '',
  type: 'call',
  subject: 'call',
  date
})
const meeting = (scheduledFor: string, status: OneOnOne['status'], heldOn?: string): OneOnOne => ({
  ...stamp,
  id: `m-${scheduledFor}`,
  repId: 'r1',
  scheduledFor,
  status,
  heldOn,
  agenda: [],
  sharedNotes: '',
  privateNotes: ''
})

describe('quarterOf', () => {
  it.each([
    ['2026-11-23', '2026-10-01', '2026-12-31'],
    ['2026-01-01', '2026-01-01', '2026-03-31'],
    ['2026-06-30', '2026-04-01', '2026-06-30']
  ])('%s is in the quarter %s..%s', (day, start, end) => {
    expect(quarterOf(day)).toEqual({ start, end })
  })
})

describe('rampFactor', () => {
  it.each([
    ['2026-11-01', 3, '2026-11-23', 1 / 4],
    ['2026-10-01', 3, '2026-11-23', 2 / 4],
    ['2026-09-24', 3, '2026-11-23', 3 / 4],
    ['2026-08-01', 3, '2026-11-23', 1],
    ['2026-12-01', 3, '2026-11-23', 0],
    ['2026-11-01', 0, '2026-11-23', 1]
  ])('start %s, %i-month ramp, on %s → %f', (startDate, rampMonths, today, expected) => {
    expect(rampFactor({ startDate, rampMonths }, today)).toBeCloseTo(expected)
  })
})

describe('repHeadline', () => {
  it('counts closed-won revenue in the quarter only, open pipeline, recent activities and the last held 1:1', () => {
    const h = repHeadline({
      rep,
      expectations,
      today: '2026-11-23',
      currency: 'USD',
      opportunities: [
        opp('won-in-q', 'won', 4_000_000, '2026-10-02'),
        opp('won-last-q', 'won', 9_000_000, '2026-09-30'),
        opp('lost', 'lost', 0, '2026-11-01'),
        opp('open-1', 'open', 1_500_000, '2026-12-15'),
        opp('open-2', 'open', 500_000, '2027-01-15'),
        opp('someone-else', 'won', 7_000_000, '2026-11-01', 'r2')
      ],
      activities: [
        activity('2026-10-27'),
        activity('2026-10-26'),
        activity('2026-11-23'),
        activity('2026-11-20', 'r2')
      ],
      oneOnOnes: [
        meeting('2026-11-16', 'held', '2026-11-17'),
        meeting('2026-11-23', 'skipped'),
        meeting('2026-11-30', 'planned'),
        meeting('2026-11-09', 'held')
      ]
    })
    expect(h.closedWonMinor).toBe(4_000_000)
    expect(h.quarterTargetMinor).toBe(10_000_000)
    expect(h.attainment).toBeCloseTo(0.4)
    expect(h.openPipelineMinor).toBe(2_000_000)
    expect(h.openOpportunities).toBe(2)
    // 28 days ending 2026-11-23 start on 2026-10-27.
    expect(h.activitiesLast4Weeks).toBe(2)
    expect(h.lastOneOnOne).toBe('2026-11-17')
  })

  it('prorates the target for a rep on ramp and honours a written override', () => {
    const onRamp = { ...rep, startDate: '2026-10-01' }
    const withOverride = {
      ...expectations,
      overrides: [
        {
          repId: 'r1',
          dimensionKey: 'revenue',
          target: 6_000_000,
          reason: 'Half territory',
          setAt: stamp.createdAt
        }
      ]
    }
    const base = {
      expectations: withOverride,
      today: '2026-11-23',
      currency: 'USD',
      activities: [],
      oneOnOnes: []
    }
    const h = repHeadline({
      ...base,
      rep: onRamp,
      opportunities: [opp('w', 'won', 2_000_000, '2026-11-02')]
    })
    expect(h.quarterTargetMinor).toBe(3_000_000)
    expect(h.attainment).toBeCloseTo(2 / 3)
  })

  it('has no attainment when the role sets no revenue target', () => {
    const h = repHeadline({
      rep,
      today: '2026-11-23',
      currency: 'EUR',
      opportunities: [],
      activities: [],
      oneOnOnes: []
    })
    expect(h.attainment).toBeUndefined()
    expect(h.currency).toBe('EUR')
  })
})
