import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDaysTo,
  dayNumber,
  daysBetween,
  dimensionTarget,
  lastPeriods,
  periodAt,
  periodRange,
  periodsIn,
  rampFactorOver,
  repMetrics,
  scorecard,
  scorecardTrend,
  standingOn
} from '../../../src/shared/metrics'
import { TeamBuilder, dimension } from './builder'

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true
  })
  .map((d) => d.toISOString().slice(0, 10))

describe('periods', () => {
  it.each([
    ['week', '2026-01-07', '2026-01-05', '2026-01-11', 'Week of Jan 5, 2026'],
    ['week', '2026-01-04', '2025-12-29', '2026-01-04', 'Week of Dec 29, 2025'],
    ['month', '2028-02-10', '2028-02-01', '2028-02-29', 'Feb 2028'],
    ['quarter', '2026-03-31', '2026-01-01', '2026-03-31', 'Q1 2026'],
    ['quarter', '2026-10-01', '2026-10-01', '2026-12-31', 'Q4 2026']
  ] as const)('%s containing %s is %s … %s', (period, d, start, end, label) => {
    expect(periodRange(period, d)).toEqual({ period, start, end, label })
  })

  it('steps back and forward', () => {
    expect(periodAt('quarter', '2026-02-10', -1).label).toBe('Q4 2025')
    expect(periodAt('month', '2026-03-31', -1).start).toBe('2026-02-01')
    expect(periodAt('week', '2026-01-07', 1).start).toBe('2026-01-12')
    expect(lastPeriods('month', '2026-03-15', 3).map((p) => p.label)).toEqual([
      'Jan 2026',
      'Feb 2026',
      'Mar 2026'
    ])
  })

  it('a month is worth one month, a quarter three, a week seven days', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(periodsIn('month', periodRange('month', d))).toBeCloseTo(1, 9)
        expect(periodsIn('quarter', periodRange('quarter', d))).toBeCloseTo(1, 9)
        expect(periodsIn('month', periodRange('quarter', d))).toBeCloseTo(3, 9)
        expect(periodsIn('week', periodRange('week', d))).toBe(1)
      })
    )
  })

  it('period counts add up over adjacent ranges', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        (d, a, b) => {
          const mid = addDaysTo(d, a)
          const end = addDaysTo(mid, b)
          const whole = periodsIn('month', { start: d, end })
          const parts =
            periodsIn('month', { start: d, end: mid }) +
            periodsIn('month', { start: addDaysTo(mid, 1), end })
          expect(whole).toBeCloseTo(parts, 9)
        }
      )
    )
  })

  it('day arithmetic agrees with date-fns', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)))
        expect(addDaysTo(a, n)).toBe(format(addDays(parseISO(a), n), 'yyyy-MM-dd'))
        expect(dayNumber(a) < dayNumber(b)).toBe(a < b)
      })
    )
  })
})

describe('targets: ramp, override, scaling', () => {
  const revenue = dimension({ metric: 'closedWonRevenue', target: 30_000_000, currency: 'USD' })
  const weekly = dimension({ metric: 'activities', target: 25, period: 'week', key: 'act' })
  const Q1 = periodRange('quarter', '2026-02-01')

  it('a rep past the ramp is held to the full target', () => {
    const t = dimensionTarget(
      revenue,
      undefined,
      { id: 'a', startDate: '2020-01-01', rampMonths: 3 },
      Q1,
      '2026-06-01'
    )
    expect(t).toMatchObject({ target: 30_000_000, rampFactor: 1, ramped: false, periods: 1 })
  })

  it('a rep starting on the first day of a 3-month ramp averages 50% over the quarter', () => {
    // Q1 2026 has 90 days: 30 days at 25%, 30 at 50%, 30 at 75%.
    const rep = { id: 'a', startDate: '2026-01-01', rampMonths: 3 }
    expect(rampFactorOver(rep, Q1)).toBeCloseTo(0.5, 9)
    const t = dimensionTarget(revenue, undefined, rep, Q1, '2026-06-01')
    expect(t.target).toBeCloseTo(15_000_000, 3)
    expect(t.formula).toBe('$300,000 per quarter × ramp 50% = $150,000')
  })

  it('writes a share or an average as one value with its unit, not per period', () => {
    const rep = { id: 'a', startDate: '2020-01-01', rampMonths: 0 }
    const share = (metric: 'winRate' | 'crmHygiene', period: 'week' | 'quarter', target: number) =>
      dimensionTarget(
        dimension({ metric, target, period, key: metric }),
        undefined,
        rep,
        Q1,
        '2026-06-01'
      )
    // Both read "20 per quarter" and "90 per week" before.
    expect(share('winRate', 'quarter', 20).formula).toBe('20%')
    expect(share('crmHygiene', 'week', 90).formula).toBe('90%')
    expect(share('crmHygiene', 'week', 90).target).toBe(90)
  })

  it('writes a month of a quarter, or one day, so the formula can be checked by hand', () => {
    const rep = { id: 'a', startDate: '2020-01-01', rampMonths: 0 }
    const march = { start: '2026-03-01', end: '2026-03-31' }
    const month = dimensionTarget(revenue, undefined, rep, march, '2026-06-01')
    expect(month.formula).toBe('$300,000 per quarter × 0.333 quarters measured = $100,000')
    const day = { start: '2026-03-31', end: '2026-03-31' }
    expect(dimensionTarget(revenue, undefined, rep, day, '2026-06-01').formula).toBe(
      '$300,000 per quarter × 0.011 quarters measured = $3,226'
    )
  })

  it('ramp edges: the day the ramp ends and a zero-month ramp', () => {
    const rep = { id: 'a', startDate: '2025-10-03', rampMonths: 3 }
    // Day 90 since the start (2026-01-01) is month 4: full target from then on.
    expect(rampFactorOver(rep, { start: '2026-01-01', end: '2026-01-01' })).toBe(1)
    expect(rampFactorOver(rep, { start: '2025-12-31', end: '2025-12-31' })).toBe(0.75)
    expect(
      rampFactorOver({ ...rep, rampMonths: 0 }, { start: '2025-10-03', end: '2025-10-03' })
    ).toBe(1)
  })

  it('activity targets are not ramped, but count only the weeks the rep was there', () => {
    const rep = { id: 'a', startDate: '2026-03-04', rampMonths: 3 }
    const t = dimensionTarget(weekly, undefined, rep, Q1, '2026-06-01')
    // 4 Mar – 31 Mar = 28 days = 4 weeks.
    expect(t).toMatchObject({ periods: 4, ramped: false, target: 100 })
  })

  it('a running period is measured to date', () => {
    const t = dimensionTarget(
      weekly,
      undefined,
      { id: 'a', startDate: '2020-01-01', rampMonths: 0 },
      Q1,
      '2026-01-14'
    )
    expect(t.periods).toBe(2)
    expect(t.target).toBe(50)
    const whole = dimensionTarget(
      revenue,
      undefined,
      { id: 'a', startDate: '2020-01-01', rampMonths: 0 },
      Q1,
      '2026-01-14',
      { toDate: false }
    )
    expect(whole.target).toBe(30_000_000)
  })

  it('a written override replaces the role target, with its reason', () => {
    const set = {
      overrides: [
        {
          repId: 'a',
          dimensionKey: revenue.key,
          target: 27_000_000,
          reason: 'Territory re-cut',
          setAt: '2026-01-01T00:00:00.000Z'
        }
      ]
    }
    const t = dimensionTarget(
      revenue,
      set,
      { id: 'a', startDate: '2020-01-01', rampMonths: 0 },
      Q1,
      '2026-06-01'
    )
    expect(t.target).toBe(27_000_000)
    expect(t.roleTarget).toBe(30_000_000)
    expect(t.override?.reason).toBe('Territory re-cut')
    const other = dimensionTarget(
      revenue,
      set,
      { id: 'b', startDate: '2020-01-01', rampMonths: 0 },
      Q1,
      '2026-06-01'
    )
    expect(other.override).toBeUndefined()
  })
})

describe('standing against the expectations', () => {
  const b = new TeamBuilder().rep('a').rep('h')
  b.deal({
    repId: 'a',
    created: '2026-01-02',
    amount: 28_000_000,
    outcome: { on: '2026-02-02', status: 'won' }
  })
  b.deal({
    repId: 'h',
    created: '2026-01-02',
    amount: 28_000_000,
    outcome: { on: '2026-02-02', status: 'won' }
  })
  b.measure('a', 'expenses', '2026-01-01', '2026-03-31', 500_000)
  b.override('h', 'closed-won-revenue', 27_000_000)
  const index = b.index('2026-06-01')
  const Q1 = periodRange('quarter', '2026-01-01')
  const card = (id: string) => {
    const rep = b.reps.find((r) => r.id === id)
    if (!rep) throw new Error(id)
    return scorecard(
      rep,
      b.expectations,
      repMetrics(index, id, Q1, { expectations: b.expectations }),
      '2026-06-01'
    )
  }

  it('revenue below the role target is missed, with the gap', () => {
    const s = card('a').standings.find((x) => x.dimension.metric === 'closedWonRevenue')
    expect(s).toMatchObject({ status: 'missed', gap: -2_000_000 })
    expect(s?.gapPercent).toBeCloseTo(-6.667, 2)
    expect(s?.explanation).toBe('$280,000 ≥ $300,000 target? No: $20,000 short (7%)')
  })

  it('the same revenue meets an overridden target, and the override is listed', () => {
    const c = card('h')
    const s = c.standings.find((x) => x.dimension.metric === 'closedWonRevenue')
    expect(s).toMatchObject({ status: 'met', gap: 1_000_000 })
    expect(c.overrides.map((o) => o.target.override?.reason)).toEqual(['Territory re-cut'])
  })

  it('"at most" dimensions: expenses over budget are missed, the gap negative', () => {
    const s = card('a').standings.find((x) => x.dimension.metric === 'expenses')
    // Budget 150,000 a month × 3 months.
    expect(s).toMatchObject({ status: 'missed', gap: -50_000 })
    expect(s?.explanation).toBe('$5,000 ≤ $4,500 target? No: $500 over (11%)')
  })

  it('no data is neither met nor missed, and is left out of the weighted score', () => {
    const c = card('h')
    expect(c.standings.find((x) => x.dimension.metric === 'csat')?.status).toBe('noData')
    const withData = c.standings.filter((s) => s.status !== 'noData')
    const met = withData.filter((s) => s.status === 'met')
    const w = (xs: typeof withData) => xs.reduce((a, s) => a + s.dimension.weight, 0)
    expect(c.weightedMetPercent).toBeCloseTo((w(met) / w(withData)) * 100, 9)
  })

  it('a target of zero has no gap percent', () => {
    const rep = b.reps[0]
    if (!rep) throw new Error('rep')
    const m = repMetrics(index, 'a', Q1)
    const s = standingOn(
      dimension({ metric: 'meetings', target: 0 }),
      undefined,
      rep,
      m,
      '2026-06-01'
    )
    expect(s).toMatchObject({ status: 'met', gap: 0, gapPercent: undefined })
  })
})

describe('scorecard trend and percentage points', () => {
  it('one scorecard per period, oldest first; a gap between percentages is in points', () => {
    const b = new TeamBuilder().rep('a')
    b.funnel('a', '2026-01-05', ['won', 0, 0, 0, 0])
    b.funnel('a', '2026-04-06', ['won', 'won', 0, 0, 0])
    const index = b.index('2026-09-01')
    const rep = b.reps[0]
    if (!rep) throw new Error('rep')
    const cards = scorecardTrend(
      rep,
      b.expectations,
      lastPeriods('quarter', '2026-06-30', 2),
      (range) => repMetrics(index, 'a', range, { expectations: b.expectations }),
      '2026-09-01'
    )
    const winRate = cards.map((c) => c.standings.find((s) => s.dimension.metric === 'winRate'))
    expect(winRate.map((s) => s?.actual.value)).toEqual([20, 40])
    expect(winRate[1]?.explanation).toBe('40% ≥ 20% target? Yes: 20 points ahead')
  })
})
