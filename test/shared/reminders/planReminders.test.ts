import { describe, expect, it } from 'vitest'
import {
  ReminderSettings,
  WorkspaceSettings,
  reminderSettingsOf,
  type CheckIn,
  type PlanMilestone
} from '../../../src/shared/domain'
import { Reminder, remindersFor, type ReminderInput } from '../../../src/shared/reminders'
import { sampleCheckIns, sampleMilestones, samplePlan } from '../plans/fixtures'

// A laptop in Berlin in October (UTC+2): 08:30 local is 06:30 UTC, 16:00 is 14:00 UTC.
const atLocal = (day: string, time: string) => new Date(`${day}T${time}:00+02:00`).toISOString()

const reps = [{ id: 'rep-1', name: 'Kevin Walsh' }]
const checkIn = (id: string, scheduledFor: string, extra: Partial<CheckIn> = {}): CheckIn => ({
  ...sampleCheckIns()[2]!,
  id,
  scheduledFor,
  ...extra
})
const milestone = (id: string, dueDate: string, extra: Partial<PlanMilestone> = {}) => ({
  ...sampleMilestones()[0]!,
  id,
  dueDate,
  ...extra
})

function remind(overrides: Partial<ReminderInput> = {}): Reminder[] {
  return remindersFor({
    next: [],
    actionItems: [],
    reps,
    plans: [samplePlan()],
    checkIns: [],
    milestones: [],
    today: '2026-10-08',
    horizonDays: 14,
    atLocal,
    ...overrides
  })
}

const when = (rs: Reminder[]) => rs.map((r) => [r.at, r.title])

describe('plan reminders', () => {
  it('reminds of a check-in due on a date the day before at the set time and on the day', () => {
    const rs = remind({ checkIns: [checkIn('c9', '2026-10-13')] })
    expect(when(rs)).toEqual([
      ['2026-10-12T14:00:00.000Z', 'PIP check-in with Kevin Walsh tomorrow'],
      ['2026-10-13T06:30:00.000Z', 'PIP check-in with Kevin Walsh today']
    ])
    expect(rs.map((r) => r.id)).toEqual([
      'checkIn:c9:2026-10-13:dayBefore',
      'checkIn:c9:2026-10-13'
    ])
    expect(rs[0]!.body).toBe(
      '90-day plan: activity. Record the check-in in Fieldbook: status per goal, notes and next steps.'
    )
    for (const r of rs) expect(Reminder.safeParse(r).success).toBe(true)
  })

  it('reminds of nothing for a closed plan, a check-in held or missed, or a draft plan', () => {
    const due = [checkIn('c9', '2026-10-13')]
    expect(remind({ plans: [samplePlan({ status: 'closed' })], checkIns: due })).toEqual([])
    expect(remind({ plans: [samplePlan({ status: 'draft' })], checkIns: due })).toEqual([])
    expect(remind({ plans: [samplePlan({ status: 'hrReview' })], checkIns: due })).toEqual([])
    expect(remind({ plans: [], checkIns: due })).toEqual([])
    expect(
      remind({
        checkIns: [
          checkIn('held', '2026-10-13', { status: 'held', heldOn: '2026-10-09' }),
          checkIn('missed', '2026-10-10', { status: 'missed' })
        ]
      })
    ).toEqual([])
  })

  it('reminds of milestones likewise: pending ones of active plans only', () => {
    const rs = remind({
      milestones: [
        milestone('m1', '2026-10-09'),
        milestone('met', '2026-10-10', { status: 'met' }),
        milestone('missed', '2026-10-10', { status: 'missed' }),
        milestone('other', '2026-10-10', { planId: 'closed-plan' })
      ],
      plans: [samplePlan(), samplePlan({ id: 'closed-plan', status: 'closed' })]
    })
    expect(when(rs)).toEqual([
      ['2026-10-08T14:00:00.000Z', "Kevin Walsh's PIP milestone is due tomorrow"],
      ['2026-10-09T06:30:00.000Z', "Kevin Walsh's PIP milestone is due today"]
    ])
    expect(rs[1]!.body).toBe(
      'Four weeks at 25+ (90-day plan: activity). Mark it met or missed in Fieldbook.'
    )
  })

  it('keeps to today … the horizon: nothing for a day that has passed', () => {
    const rs = remind({
      checkIns: [
        checkIn('today', '2026-10-08'),
        checkIn('late', '2026-10-06'),
        checkIn('last', '2026-10-22'),
        checkIn('beyond', '2026-10-23')
      ]
    })
    expect(rs.map((r) => r.id)).toEqual([
      'checkIn:today:2026-10-08',
      'checkIn:last:2026-10-22:dayBefore',
      'checkIn:last:2026-10-22'
    ])
  })

  it('follows the settings: times, no day before, kinds switched off', () => {
    const checkIns = [checkIn('c9', '2026-10-13')]
    const milestones = [milestone('m1', '2026-10-13')]
    const coaching = [samplePlan({ kind: 'coaching', title: 'Coaching: CRM habits' })]
    const rs = remind({
      plans: coaching,
      checkIns,
      milestones,
      settings: { onTheDayAt: '07:15', dayBeforeAt: '18:40' }
    })
    expect(when(rs)).toEqual([
      ['2026-10-12T16:40:00.000Z', 'Coaching plan check-in with Kevin Walsh tomorrow'],
      ['2026-10-12T16:40:00.000Z', "Kevin Walsh's coaching plan milestone is due tomorrow"],
      ['2026-10-13T05:15:00.000Z', 'Coaching plan check-in with Kevin Walsh today'],
      ['2026-10-13T05:15:00.000Z', "Kevin Walsh's coaching plan milestone is due today"]
    ])
    expect(
      when(remind({ checkIns, milestones, settings: { dayBefore: false, milestones: false } }))
    ).toEqual([['2026-10-13T06:30:00.000Z', 'PIP check-in with Kevin Walsh today']])
    expect(
      remind({ checkIns, milestones, settings: { checkIns: false, milestones: false } })
    ).toEqual([])
  })
})

describe('reminder settings', () => {
  const row = {
    id: 'workspace' as const,
    mode: 'own' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }

  it('reads a settings row or backup from before reminders as the defaults', () => {
    const old = WorkspaceSettings.parse(row)
    expect(old.reminders).toBeUndefined()
    expect(reminderSettingsOf(old)).toEqual({
      onTheDayAt: '08:30',
      dayBefore: true,
      dayBeforeAt: '16:00',
      oneOnOnes: true,
      commitments: true,
      checkIns: true,
      milestones: true
    })
    // A row that saved only some fields gets the rest from the defaults.
    const partial = WorkspaceSettings.parse({ ...row, reminders: { onTheDayAt: '07:00' } })
    expect(partial.reminders?.onTheDayAt).toBe('07:00')
    expect(partial.reminders?.dayBeforeAt).toBe('16:00')
  })

  it('refuses a time that is not a time of day, saying what was expected', () => {
    for (const bad of ['24:00', '8:30', '08:60', '0830', 'noon']) {
      const result = ReminderSettings.safeParse({ onTheDayAt: bad })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe(
        'expected a time of day as HH:mm, from 00:00 to 23:59'
      )
    }
    expect(
      WorkspaceSettings.safeParse({ ...row, reminders: { dayBeforeAt: '25:00' } }).success
    ).toBe(false)
    expect(ReminderSettings.safeParse({ dayBeforeAt: '23:59', onTheDayAt: '00:00' }).success).toBe(
      true
    )
  })
})
