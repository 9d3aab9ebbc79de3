import { describe, expect, it } from 'vitest'
import type { ExpectationDimension, Rep } from '../../../src/shared/domain'
import { dimensionTarget } from '../../../src/shared/metrics/targets'
import { targetInForce, withNewTarget } from '../../../src/shared/team'

const revenue: ExpectationDimension = {
  key: 'revenue',
  label: 'Closed-won revenue',
  metric: 'closedWonRevenue',
  target: 30_000_000,
  currency: 'USD',
  period: 'quarter',
  direction: 'atLeast',
  indicator: 'lagging',
  weight: 40
}
const veteran: Pick<Rep, 'id' | 'startDate' | 'rampMonths'> = {
  id: 'r1',
  startDate: '2020-01-01',
  rampMonths: 0
}

describe('target versions', () => {
  it('a dimension with no versions always has its one target', () => {
    expect(targetInForce(revenue, '2001-01-01')).toBe(30_000_000)
  })

  it('a new target applies from its day; earlier days keep the old one', () => {
    const raised = withNewTarget(revenue, 36_000_000, '2026-10-01', '2026-09-20T08:00:00.000Z')
    expect(raised.target).toBe(36_000_000)
    expect(raised.targetVersions).toEqual([
      { target: 30_000_000, setAt: '2026-09-20T08:00:00.000Z' },
      { target: 36_000_000, effectiveFrom: '2026-10-01', setAt: '2026-09-20T08:00:00.000Z' }
    ])
    expect(targetInForce(raised, '2026-09-30')).toBe(30_000_000)
    expect(targetInForce(raised, '2026-10-01')).toBe(36_000_000)
    // Changing the same day again replaces that version rather than adding one.
    const corrected = withNewTarget(raised, 35_000_000, '2026-10-01', '2026-09-21T08:00:00.000Z')
    expect(corrected.targetVersions).toHaveLength(2)
    expect(targetInForce(corrected, '2026-12-31')).toBe(35_000_000)
  })

  it('a past quarter is scored against the target in force then, the current one against the new', () => {
    const raised = withNewTarget(revenue, 36_000_000, '2026-10-01', '2026-09-20T08:00:00.000Z')
    const q3 = { start: '2026-07-01', end: '2026-09-30' }
    const q4 = { start: '2026-10-01', end: '2026-12-31' }
    const past = dimensionTarget(raised, undefined, veteran, q3, '2026-12-31')
    const now = dimensionTarget(raised, undefined, veteran, q4, '2026-12-31')
    expect(past.target).toBe(30_000_000)
    expect(past.roleTarget).toBe(30_000_000)
    expect(now.target).toBe(36_000_000)
  })
})
