import { describe, expect, it } from 'vitest'
import { nextOneOnOne } from '../../../src/shared/oneOnOnes'
import { Reminder, remindersFor } from '../../../src/shared/reminders'
import { action, meeting, rep } from './support'

// A laptop in New York in winter: 08:30 local is 13:30 UTC.
const atLocal = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`).toISOString()

describe('reminders', () => {
  it('reminds of each 1:1 and each open commitment on its day and the day before, at the default times', () => {
    const next = [
      nextOneOnOne(rep, [meeting('2026-12-03', 'planned')], '2026-12-01'),
      nextOneOnOne({ ...rep, id: 'r2', name: 'Ana' }, [], '2026-12-01'),
      nextOneOnOne(
        { ...rep, id: 'r3', name: 'Late' },
        [meeting('2026-11-20', 'planned', [], { repId: 'r3' })],
        '2026-12-01'
      )
    ]
    const reminders = remindersFor({
      next,
      reps: [rep],
      actionItems: [
        action('a1', { dueDate: '2026-12-02', text: 'Send the deck', owner: 'manager' }),
        action('a2', { dueDate: '2026-12-01', text: 'Update close dates' }),
        action('a3', { dueDate: '2026-11-30' }),
        action('a4', { dueDate: '2026-12-02', status: 'done' }),
        action('a5', { dueDate: '2026-12-20' }),
        action('a6', {})
      ],
      today: '2026-12-01',
      horizonDays: 7,
      atLocal
    })
    // The default settings: 08:30 on the day (13:30 UTC), 16:00 the day before (21:00 UTC).
    // Ana's 1:1 is today and a2 is due today: the day before has passed, so one reminder each.
    expect(reminders).toEqual([
      {
        id: 'commitment:a2:2026-12-01',
        at: '2026-12-01T13:30:00.000Z',
        title: "Sam Lee's commitment is due today",
        body: 'Update close dates'
      },
      {
        id: 'oneOnOne:r2:2026-12-01',
        at: '2026-12-01T13:30:00.000Z',
        title: '1:1 with Ana today',
        body: 'Open Fieldbook to prepare: what changed, open commitments and the agenda.'
      },
      {
        id: 'commitment:a1:2026-12-02:dayBefore',
        at: '2026-12-01T21:00:00.000Z',
        title: 'Your commitment to Sam Lee is due tomorrow',
        body: 'Send the deck'
      },
      {
        id: 'commitment:a1:2026-12-02',
        at: '2026-12-02T13:30:00.000Z',
        title: 'Your commitment to Sam Lee is due today',
        body: 'Send the deck'
      },
      {
        id: 'oneOnOne:r1:2026-12-03:dayBefore',
        at: '2026-12-02T21:00:00.000Z',
        title: '1:1 with Sam Lee tomorrow',
        body: 'Open Fieldbook to prepare: what changed, open commitments and the agenda.'
      },
      {
        id: 'oneOnOne:r1:2026-12-03',
        at: '2026-12-03T13:30:00.000Z',
        title: '1:1 with Sam Lee today',
        body: 'Open Fieldbook to prepare: what changed, open commitments and the agenda.'
      }
    ])
    for (const r of reminders) expect(Reminder.safeParse(r).success).toBe(true)
  })

  it('refuses malformed reminders at the boundary', () => {
    const ok = { id: 'x:1', at: '2026-12-01T13:30:00.000Z', title: 'T', body: '' }
    expect(Reminder.safeParse(ok).success).toBe(true)
    expect(Reminder.safeParse({ ...ok, id: '../etc' }).success).toBe(false)
    expect(Reminder.safeParse({ ...ok, at: 'tomorrow' }).success).toBe(false)
    expect(Reminder.safeParse({ ...ok, title: '' }).success).toBe(false)
    expect(Reminder.safeParse({ ...ok, extra: 1 }).success).toBe(false)
  })
})
