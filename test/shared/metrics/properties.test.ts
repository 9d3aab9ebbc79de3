import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDaysTo,
  inRange,
  lastPeriods,
  periodRange,
  repMetrics,
  type RepMetrics
} from '../../../src/shared/metrics'
import { TeamBuilder } from './builder'

const YEAR = { start: '2025-01-01', end: '2025-12-31' }
const TODAY = '2026-03-01'

/** A random deal: created in 2025, moves up to the last stage, maybe decided. */
const deal = fc.record({
  createdOffset: fc.integer({ min: 0, max: 364 }),
  furthest: fc.integer({ min: 0, max: 5 }),
  gap: fc.integer({ min: 1, max: 20 }),
  outcome: fc.constantFrom('won', 'lost', 'open'),
  amount: fc.integer({ min: 0, max: 50_000_000 }),
  nextStep: fc.boolean()
})
const activity = fc.record({
  offset: fc.integer({ min: 0, max: 364 }),
  type: fc.constantFrom('call', 'email', 'meeting', 'task'),
  agreed: fc.option(fc.boolean(), { nil: undefined })
})

type Valueof<A> = A extends fc.Arbitrary<infer T> ? T : never

function build(deals: Valueof<typeof deal>[], activities: Valueof<typeof activity>[]) {
  const b = new TeamBuilder().rep('a')
  const keys = b.process.stages.map((s) => s.key)
  for (const d of deals) {
    const created = addDaysTo(YEAR.start, d.createdOffset)
    const stages: [string, string][] = keys
      .slice(0, d.furthest + 1)
      .map((k, i) => [addDaysTo(created, i * d.gap), k])
    const end = addDaysTo(created, (d.furthest + 1) * d.gap)
    b.deal({
      repId: 'a',
      created,
      stages,
      amount: d.amount,
      nextStep: d.nextStep ? 'Call' : '',
      ...(d.outcome === 'open'
        ? { closeDate: end }
        : { outcome: { on: end, status: d.outcome as 'won' | 'lost' } })
    })
  }
  for (const a of activities) {
    b.activity('a', addDaysTo(YEAR.start, a.offset), a.type as 'call', {
      ...(a.agreed === undefined ? {} : { nextStepAgreed: a.agreed })
    })
  }
  return b
}

const sum = (ms: RepMetrics[], f: (m: RepMetrics) => number): number =>
  ms.reduce((a, m) => a + f(m), 0)

describe('metric properties on random deals and activities', () => {
  const arbitrary = [
    fc.array(deal, { maxLength: 40 }),
    fc.array(activity, { maxLength: 80 })
  ] as const

  it('sums over the four quarters equal the sums over the year', () => {
    fc.assert(
      fc.property(...arbitrary, (deals, activities) => {
        const b = build(deals, activities)
        const index = b.index(TODAY)
        const year = repMetrics(index, 'a', YEAR)
        const quarters = lastPeriods('quarter', YEAR.end, 4).map((q) => repMetrics(index, 'a', q))
        const v = (
          m: RepMetrics,
          k:
            | 'closedWonRevenue'
            | 'pipelineCreated'
            | 'activities'
            | 'meetings'
            | 'meetingsWithNextStep'
        ) => m.values[k].value ?? 0
        for (const k of [
          'closedWonRevenue',
          'pipelineCreated',
          'activities',
          'meetings',
          'meetingsWithNextStep'
        ] as const) {
          expect(sum(quarters, (m) => v(m, k))).toBe(v(year, k))
        }
        expect(sum(quarters, (m) => m.values.winRate.denominator ?? 0)).toBe(
          year.values.winRate.denominator
        )
        for (let s = 0; s < year.stages.length; s++) {
          expect(sum(quarters, (m) => m.stages[s]?.exited ?? 0)).toBe(year.stages[s]?.exited)
          expect(sum(quarters, (m) => m.stages[s]?.advanced ?? 0)).toBe(year.stages[s]?.advanced)
        }
      }),
      { numRuns: 40 }
    )
  })

  it('closed-won revenue is the plain sum of won deals closing in the range', () => {
    fc.assert(
      fc.property(...arbitrary, fc.integer({ min: 0, max: 364 }), (deals, activities, at) => {
        const b = build(deals, activities)
        const range = periodRange('month', addDaysTo(YEAR.start, at))
        const expected = b.opportunities
          .filter((o) => o.status === 'won' && inRange(o.closeDate, range))
          .reduce((a, o) => a + (o.amount?.minor ?? 0), 0)
        expect(repMetrics(b.index(TODAY), 'a', range).values.closedWonRevenue.value).toBe(expected)
      }),
      { numRuns: 40 }
    )
  })

  it('shares stay between 0 and 100 and parts never exceed their wholes', () => {
    fc.assert(
      fc.property(...arbitrary, fc.integer({ min: 0, max: 420 }), (deals, activities, at) => {
        const b = build(deals, activities)
        const m = repMetrics(
          b.index(TODAY),
          'a',
          periodRange('quarter', addDaysTo(YEAR.start, at)),
          {
            expectations: b.expectations
          }
        )
        for (const k of ['winRate', 'stageConversion', 'crmHygiene'] as const) {
          const v = m.values[k]
          if (v.value !== undefined) {
            expect(v.value).toBeGreaterThanOrEqual(0)
            expect(v.value).toBeLessThanOrEqual(100)
          }
          expect(v.numerator ?? 0).toBeLessThanOrEqual(v.denominator ?? 0)
        }
        for (const s of m.stages) expect(s.advanced).toBeLessThanOrEqual(s.exited)
        expect(m.hygiene.withIssue).toBeLessThanOrEqual(m.hygiene.open)
        expect(m.values.meetingsWithNextStep.value ?? 0).toBeLessThanOrEqual(
          m.values.meetings.value ?? 0
        )
        expect(m.values.attainment.value ?? 0).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 40 }
    )
  })

  it('every formula line names its result', () => {
    fc.assert(
      fc.property(...arbitrary, (deals, activities) => {
        const m = repMetrics(build(deals, activities).index(TODAY), 'a', YEAR)
        for (const v of Object.values(m.values)) expect(v.formula.length).toBeGreaterThan(10)
      }),
      { numRuns: 20 }
    )
  })
})
