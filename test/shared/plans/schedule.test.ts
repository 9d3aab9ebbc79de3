import { describe, expect, it } from 'vitest'
import {
  checkInDates,
  describeCheckInPhases,
  endDateAfter
} from '../../../src/shared/plans/schedule'

describe('check-in schedule', () => {
  it('is daily on workdays for two weeks, then weekly to the end date', () => {
    // 2026-11-02 is a Monday.
    const dates = checkInDates(
      [{ every: 'workday', count: 10 }, { every: 'week' }],
      '2026-11-02',
      endDateAfter('2026-11-02', 30)
    )
    expect(dates).toEqual([
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30'
    ])
  })

  it('never schedules a weekend, never passes the end date, and never repeats a day', () => {
    // Starting on a Friday: weekly check-ins stay on Fridays; daily ones skip the weekend.
    const weekly = checkInDates([{ every: 'week' }], '2026-11-06', '2026-12-31')
    expect(weekly[0]).toBe('2026-11-13')
    expect(weekly.at(-1)).toBe('2026-12-25')
    for (const start of ['2026-11-07', '2026-11-08', '2026-02-27']) {
      const dates = checkInDates(
        [{ every: 'workday', count: 7 }, { every: 'twoWeeks', count: 2 }, { every: 'week' }],
        start,
        endDateAfter(start, 90)
      )
      expect(dates.length).toBeGreaterThan(10)
      for (const d of dates) {
        const day = new Date(`${d}T00:00:00Z`).getUTCDay()
        expect(day === 0 || day === 6).toBe(false)
        expect(d > start && d <= endDateAfter(start, 90)).toBe(true)
      }
      expect(new Set(dates).size).toBe(dates.length)
      expect([...dates].sort()).toEqual(dates)
    }
  })

  it('stops a counted last phase at its count, and gives nothing for no phases', () => {
    expect(checkInDates([{ every: 'twoWeeks', count: 2 }], '2026-11-02', '2027-06-01')).toEqual([
      '2026-11-16',
      '2026-11-30'
    ])
    expect(checkInDates([], '2026-11-02', '2027-06-01')).toEqual([])
    expect(checkInDates([{ every: 'week' }], '2026-11-02', '2026-11-05')).toEqual([])
  })

  it('says the schedule in words', () => {
    expect(describeCheckInPhases([{ every: 'workday', count: 10 }, { every: 'week' }])).toBe(
      'Every workday for two weeks, then weekly to the end date'
    )
    expect(describeCheckInPhases([{ every: 'twoWeeks', count: 3 }])).toBe(
      'Every two weeks for 3 check-ins'
    )
    expect(describeCheckInPhases([])).toBe('No check-ins scheduled')
  })
})
