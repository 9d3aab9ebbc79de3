import { describe, expect, it } from 'vitest'
import { dueCheckIns } from '../../../src/shared/plans/due'
import { sampleCheckIns, samplePlan } from './fixtures'

describe('due check-ins', () => {
  it('lists scheduled check-ins of active plans, overdue first, within the horizon', () => {
    const checkIns = [
      ...sampleCheckIns(),
      { ...sampleCheckIns()[2]!, id: 'c9', scheduledFor: '2026-10-30' }
    ]
    const due = dueCheckIns([samplePlan()], checkIns, '2026-10-09')
    expect(due.map((d) => [d.checkIn.id, d.inDays])).toEqual([['c3', -1]])
    expect(dueCheckIns([samplePlan()], checkIns, '2026-10-09', 30).map((d) => d.inDays)).toEqual([
      -1, 21
    ])
    expect(dueCheckIns([samplePlan({ status: 'closed' })], checkIns, '2026-10-09')).toEqual([])
  })
})
