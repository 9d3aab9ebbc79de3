import { describe, expect, it } from 'vitest'
import { repHeadline } from '../../../src/shared/metrics/headline'
import { homeView, lastHeldDay, nextOneOnOne } from '../../../src/shared/oneOnOnes'
import { meeting, rep } from './support'

const today = '2026-12-05'
const headlineLast = (meetings: ReturnType<typeof meeting>[]) =>
  repHeadline({
    rep,
    opportunities: [],
    activities: [],
    oneOnOnes: meetings,
    today,
    currency: 'USD'
  }).lastOneOnOne

describe('lastHeldDay: one answer to "when was the last 1:1?"', () => {
  it('is the day a 1:1 was held, even when it was planned for a later day', () => {
    // Planned for Dec 8, held early today: Team and Home must both say Dec 5.
    const meetings = [
      meeting('2026-11-28', 'held'),
      meeting('2026-12-08', 'held', [], { heldOn: today })
    ]
    expect(lastHeldDay(meetings, today)).toBe(today)
    expect(headlineLast(meetings)).toBe(today)
    expect(nextOneOnOne(rep, meetings, today).lastHeldOn).toBe(today)
  })

  it('ignores planned, moved and skipped 1:1s and anything after today', () => {
    const meetings = [
      meeting('2026-11-21', 'held'),
      meeting('2026-11-28', 'skipped'),
      meeting('2026-12-01', 'moved', [], { movedTo: '2026-12-09' }),
      meeting('2026-12-09', 'planned'),
      meeting('2026-12-10', 'held', [], { heldOn: '2026-12-10' })
    ]
    expect(lastHeldDay(meetings, today)).toBe('2026-11-21')
    expect(headlineLast(meetings)).toBe('2026-11-21')
  })

  it('is undefined with no 1:1 held, everywhere', () => {
    const meetings = [meeting('2026-12-09', 'planned')]
    expect(lastHeldDay(meetings, today)).toBeUndefined()
    expect(headlineLast(meetings)).toBeUndefined()
    const home = homeView({
      reps: [rep],
      meetings,
      actionItems: [],
      plans: [],
      checkIns: [],
      milestones: [],
      today,
      horizonDays: 7
    })
    expect([...home.overdue, ...home.upcoming][0]?.lastHeldOn).toBeUndefined()
  })
})
