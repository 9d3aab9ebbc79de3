import { describe, expect, it } from 'vitest'
import {
  customRange,
  dataDays,
  defaultPeriod,
  lastPeriods,
  periodAt,
  periodRange,
  periodsWithData,
  previousRange
} from '../../../src/shared/metrics'
import { earlierRange } from '../../../src/shared/diagnosis'

/** Issue 14: periods follow the data, quarters follow the fiscal year. */

const TODAY = '2026-12-05'
const records = {
  opportunities: [
    { createdDate: '2016-10-20', closeDate: '2017-03-01', status: 'won' as const },
    { createdDate: '2017-06-02', closeDate: '2017-12-31', status: 'lost' as const },
    // An open deal's close date is a forecast, not data.
    { createdDate: '2017-11-02', closeDate: '2027-01-31', status: 'open' as const }
  ],
  activities: [{ date: '2017-11-15' }, { date: '2017-11-15' }],
  manualMeasures: [{ periodStart: '2017-07-01', periodEnd: '2017-09-30' }]
}

describe('days with data', () => {
  it('are the days deals were created or closed, activities logged, measures end', () => {
    expect(dataDays(records, TODAY)).toEqual([
      '2016-10-20',
      '2017-03-01',
      '2017-06-02',
      '2017-09-30',
      '2017-11-02',
      '2017-11-15',
      '2017-12-31'
    ])
  })
})

describe('periods with data', () => {
  const days = dataDays(records, TODAY)

  it('lists every quarter holding data, newest first, with the current quarter on top', () => {
    expect(periodsWithData('quarter', days, TODAY).map((p) => p.label)).toEqual([
      'Q4 2026',
      'Q4 2017',
      'Q3 2017',
      'Q2 2017',
      'Q1 2017',
      'Q4 2016'
    ])
    expect(periodsWithData('month', days, TODAY).map((p) => p.label)).toEqual([
      'Dec 2026',
      'Dec 2017',
      'Nov 2017',
      'Sep 2017',
      'Jun 2017',
      'Mar 2017',
      'Oct 2016'
    ])
  })

  it('opens on the latest period with data, not on an empty current one', () => {
    expect(defaultPeriod(TODAY, days)).toMatchObject({
      period: 'quarter',
      start: '2017-10-01',
      end: '2017-12-31',
      label: 'Q4 2017'
    })
    expect(defaultPeriod(TODAY, days, undefined, 'month').label).toBe('Dec 2017')
    expect(defaultPeriod(TODAY, []).label).toBe('Q4 2026')
  })

  it('cuts weeks on the workspace week start', () => {
    expect(periodRange('week', '2017-11-15').start).toBe('2017-11-13')
    expect(periodRange('week', '2017-11-15', { weekStartsOn: 0 }).start).toBe('2017-11-12')
  })
})

describe('fiscal quarters', () => {
  const april = { fiscalYearStartMonth: 4 }
  const february = { fiscalYearStartMonth: 2 }

  it('a calendar fiscal year keeps the calendar quarters and their labels', () => {
    expect(periodRange('quarter', '2017-11-15', { fiscalYearStartMonth: 1 })).toMatchObject({
      start: '2017-10-01',
      end: '2017-12-31',
      label: 'Q4 2017'
    })
  })

  it('a year starting in April: Oct-Dec is Q3 of FY2018', () => {
    expect(periodRange('quarter', '2017-11-15', april)).toMatchObject({
      start: '2017-10-01',
      end: '2017-12-31',
      label: 'Q3 FY2018'
    })
    expect(periodRange('quarter', '2017-04-01', april).label).toBe('Q1 FY2018')
    expect(periodRange('quarter', '2017-03-31', april).label).toBe('Q4 FY2017')
  })

  it('a year starting in February has quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan', () => {
    expect(periodRange('quarter', '2017-12-20', february)).toMatchObject({
      start: '2017-11-01',
      end: '2018-01-31',
      label: 'Q4 FY2018'
    })
    expect(periodRange('quarter', '2018-01-31', february).start).toBe('2017-11-01')
    expect(periodRange('quarter', '2017-02-01', february)).toMatchObject({
      start: '2017-02-01',
      end: '2017-04-30',
      label: 'Q1 FY2018'
    })
  })

  it('stepping back (trend, market check) stays on fiscal quarters', () => {
    const q = periodRange('quarter', '2017-12-20', february)
    expect(periodAt('quarter', q.start, -1, february)).toMatchObject({
      start: '2017-08-01',
      end: '2017-10-31'
    })
    expect(lastPeriods('quarter', q.start, 3, february).map((p) => p.start)).toEqual([
      '2017-05-01',
      '2017-08-01',
      '2017-11-01'
    ])
    expect(earlierRange(q, 1)).toEqual(expect.objectContaining({ start: '2017-08-01' }))
    expect(
      periodsWithData('quarter', ['2017-12-20', '2018-01-05'], '2018-03-01', february).map(
        (p) => p.label
      )
    ).toEqual(['Q1 FY2019', 'Q4 FY2018'])
  })
})

describe('custom range', () => {
  it('is labelled by its days and takes the nearest kind of period for targets', () => {
    const made = customRange('2017-10-01', '2017-11-15')
    expect(made.ok && made.range).toMatchObject({
      custom: true,
      period: 'quarter',
      label: '1 Oct 2017 to 15 Nov 2017'
    })
    const short = customRange('2017-10-01', '2017-10-20')
    expect(short.ok && short.range.period).toBe('month')
  })

  it('refuses a range that ends before it starts, or a missing day, with a sentence', () => {
    expect(customRange('2017-11-15', '2017-10-01')).toEqual({
      ok: false,
      reason: 'The last day is before the first day: swap them.'
    })
    expect(customRange('', '2017-10-01')).toMatchObject({ ok: false })
  })

  it('steps back by its own length', () => {
    const made = customRange('2017-10-11', '2017-10-20')
    if (!made.ok) throw new Error(made.reason)
    expect(previousRange(made.range)).toMatchObject({ start: '2017-10-01', end: '2017-10-10' })
    expect(earlierRange(made.range, 1)).toMatchObject({ start: '2017-10-01', end: '2017-10-10' })
  })
})
