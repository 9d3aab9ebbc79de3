import { describe, expect, it } from 'vitest'
import {
  periodGone,
  repStatus,
  STATUS_RULE,
  type RepStatusInput
} from '../../../src/shared/metrics/status'

// Q4 2026 is 92 days; on Nov 15 (day 46) half of it is gone.
const base: RepStatusInput = {
  period: { start: '2026-10-01', end: '2026-12-31', label: 'Q4 2026' },
  today: '2026-11-15',
  wonMinor: 0,
  // $100,000 for the quarter: half of it is due by Nov 15.
  targetDueMinor: 50_000_00,
  currency: 'USD',
  findings: [],
  plans: []
}

describe('repStatus: on pace, behind, at risk, with the numbers and the rule', () => {
  it('measures the share of the period gone, inclusive of today', () => {
    expect(periodGone(base.period, '2026-11-15')).toBeCloseTo(46 / 92)
    expect(periodGone(base.period, '2026-09-30')).toBe(0)
    expect(periodGone(base.period, '2027-01-05')).toBe(1)
  })

  it('is on pace at 90% of the target due by today or more', () => {
    const s = repStatus({ ...base, wonMinor: 45_000_00 })
    expect(s.kind).toBe('onPace')
    expect(s.words).toBe('On pace')
    expect(s.pace).toBeCloseTo(0.9)
    expect(s.reasons[0]).toBe(
      'Closed $45,000 of the $50,000 due by today (50% of Q4 2026 gone): 90% of pace.'
    )
  })

  it('is behind below 90% of pace and at risk below 70%', () => {
    expect(repStatus({ ...base, wonMinor: 44_000_00 }).kind).toBe('behind')
    expect(repStatus({ ...base, wonMinor: 35_000_00 }).kind).toBe('behind')
    const atRisk = repStatus({ ...base, wonMinor: 34_000_00 })
    expect(atRisk.kind).toBe('atRisk')
    expect(atRisk.words).toBe('At risk')
    expect(atRisk.reasons[0]).toContain('68% of pace')
  })

  it('a finding to act on makes an on-pace rep behind, and says which', () => {
    const s = repStatus({
      ...base,
      wonMinor: 60_000_00,
      findings: [
        { severity: 'watch', title: 'Slow at Propose' },
        { severity: 'act', title: 'CRM hygiene behind' }
      ]
    })
    expect(s.kind).toBe('behind')
    expect(s.reasons[0]).toBe('1 finding to act on: CRM hygiene behind.')
    expect(s.topFinding?.title).toBe('CRM hygiene behind')
  })

  it('an active PIP is at risk; the open plan is the PIP before a coaching plan', () => {
    const s = repStatus({
      ...base,
      wonMinor: 60_000_00,
      plans: [
        { id: 'c', kind: 'coaching', status: 'active', title: 'Morning CRM routine' },
        { id: 'p', kind: 'pip', status: 'active', title: '90-day plan' },
        { id: 'old', kind: 'pip', status: 'closed', title: 'Old plan' }
      ]
    })
    expect(s.kind).toBe('atRisk')
    expect(s.reasons[0]).toBe('On an active PIP: 90-day plan.')
    expect(s.openPlan?.id).toBe('p')
  })

  it('a draft PIP is an open plan but not a risk by itself; closed plans are not open', () => {
    const s = repStatus({
      ...base,
      wonMinor: 60_000_00,
      plans: [{ id: 'p', kind: 'pip', status: 'draft', title: 'Draft' }]
    })
    expect(s.kind).toBe('onPace')
    expect(s.openPlan?.id).toBe('p')
    expect(
      repStatus({ ...base, plans: [{ id: 'x', kind: 'pip', status: 'closed', title: 'x' }] })
        .openPlan
    ).toBeUndefined()
  })

  it('without a target it says so and goes by findings and plans alone', () => {
    const s = repStatus({ ...base, targetDueMinor: undefined, wonMinor: 5 })
    expect(s.kind).toBe('onPace')
    expect(s.pace).toBeUndefined()
    expect(s.reasons).toEqual(['No revenue target for Q4 2026.'])
  })

  it('states its rule with the thresholds', () => {
    expect(STATUS_RULE).toContain('90%')
    expect(STATUS_RULE).toContain('70%')
  })
})
