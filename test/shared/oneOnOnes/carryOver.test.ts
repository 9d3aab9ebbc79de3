import { describe, expect, it } from 'vitest'
import {
  buildPrep,
  carriedAgendaItems,
  draftAgenda,
  mergeAgenda,
  moveAgendaItem,
  nextOneOnOne,
  prepWindow
} from '../../../src/shared/oneOnOnes'
import { CheckIn, Plan } from '../../../src/shared/domain'
import { action, meeting, prepInput, rep, stamp } from './support'

const stageName = (k: string) => k

describe('carry-over of open items', () => {
  it('carries every open commitment, however many 1:1s were moved or skipped since', () => {
    const held = meeting('2026-10-05', 'held')
    const meetings = [
      held,
      meeting('2026-10-12', 'skipped'),
      meeting('2026-10-19', 'moved', [], { movedTo: '2026-10-21' }),
      meeting('2026-10-21', 'skipped'),
      meeting('2026-10-28', 'skipped')
    ]
    const actionItems = [
      action('a1', { oneOnOneId: held.id, dueDate: '2026-10-12' }),
      action('a2', {
        oneOnOneId: held.id,
        status: 'done',
        completedAt: '2026-10-10T10:00:00.000Z'
      }),
      action('a3', { oneOnOneId: held.id, status: 'dropped' }),
      action('a4', { dueDate: '2026-12-10' })
    ]
    const prep = buildPrep(prepInput({ meetings, actionItems }))
    expect(prep.commitments.map((c) => c.item.id)).toEqual(['a1', 'a4'])
    expect(prep.commitments[0]?.daysOverdue).toBe(49)
    expect(prep.commitments[0]?.fromDay).toBe('2026-10-05')
    const agenda = draftAgenda(prep, stageName)
    expect(agenda.filter((i) => i.source === 'actionItem').map((i) => i.key)).toEqual([
      'action-a1',
      'action-a4'
    ])
    expect(agenda.find((i) => i.key === 'action-a1')).toMatchObject({
      title: 'Rep committed: Commitment a1, overdue 49 days (due Oct 12, 2026)',
      evidenceRef: `/one-on-ones/${held.id}`
    })
    // The window still starts at the last 1:1 that was held.
    expect(prep.window).toMatchObject({ since: '2026-10-05', sinceLastOneOnOne: true, days: 56 })
  })

  it('carries hand-added items not ticked off from the last held 1:1 and every skipped one after it', () => {
    const meetings = [
      meeting('2026-09-28', 'held', [{ key: 'old', title: 'Older topic, already carried once' }]),
      meeting('2026-10-05', 'held', [
        { key: 'a', title: 'Territory split', done: false },
        { key: 'b', title: 'Done topic', done: true },
        { key: 'results', title: 'Results', source: 'results' }
      ]),
      meeting('2026-10-12', 'skipped', [{ key: 'c', title: 'Conference budget' }]),
      meeting('2026-10-19', 'moved', [{ key: 'd', title: 'Holiday cover' }], {
        movedTo: '2026-10-23'
      }),
      meeting('2026-10-23', 'skipped', [
        { key: 'carried-a', title: 'Territory split' },
        { key: 'd', title: 'Holiday cover' },
        { key: 'e', title: ' holiday   COVER ' }
      ])
    ]
    const carried = carriedAgendaItems(meetings, { scheduledFor: '2026-11-30' })
    expect(carried.map((c) => [c.item.key, c.item.title, c.fromStatus])).toEqual([
      ['carried-a', 'Territory split', 'held'],
      ['carried-c', 'Conference budget', 'skipped'],
      ['carried-d', 'Holiday cover', 'skipped']
    ])
    const prep = buildPrep(prepInput({ meetings }))
    const agenda = draftAgenda(prep, stageName)
    expect(agenda.filter((i) => i.key.startsWith('carried-')).map((i) => i.title)).toEqual([
      'Territory split',
      'Conference budget',
      'Holiday cover'
    ])
  })

  it('an item carried into a held 1:1 and still not done is carried again', () => {
    const meetings = [
      meeting('2026-10-05', 'skipped', [{ key: 'x', title: 'Pricing question' }]),
      meeting('2026-10-12', 'held', [{ key: 'carried-x', title: 'Pricing question' }]),
      meeting('2026-10-19', 'skipped')
    ]
    expect(carriedAgendaItems(meetings, undefined).map((c) => c.item.key)).toEqual(['carried-x'])
  })

  it('does not carry items of the planned 1:1 being prepared into itself', () => {
    const planned = meeting('2026-12-02', 'planned', [{ key: 'p', title: 'Own item' }])
    const meetings = [meeting('2026-11-25', 'held'), planned]
    expect(carriedAgendaItems(meetings, planned)).toEqual([])
  })

  it('with no 1:1 held yet, looks back four weeks', () => {
    expect(prepWindow([meeting('2026-11-20', 'skipped')], '2026-11-30')).toEqual({
      since: '2026-11-02',
      today: '2026-11-30',
      sinceLastOneOnOne: false,
      days: 28
    })
  })
})

describe('schedule', () => {
  it('is due on the planned day, else one cadence after the last held or skipped 1:1', () => {
    const planned = meeting('2026-11-27', 'planned')
    expect(nextOneOnOne(rep, [meeting('2026-11-20', 'held'), planned], '2026-11-30')).toMatchObject(
      {
        due: '2026-11-27',
        state: 'overdue',
        daysUntil: -3,
        plannedId: planned.id,
        lastHeldOn: '2026-11-20'
      }
    )
    expect(
      nextOneOnOne(
        { ...rep, oneOnOneCadenceDays: 14 },
        [meeting('2026-11-20', 'held'), meeting('2026-11-27', 'skipped')],
        '2026-11-30'
      )
    ).toMatchObject({ due: '2026-12-11', state: 'upcoming', daysUntil: 11 })
    expect(nextOneOnOne(rep, [], '2026-11-30')).toMatchObject({ due: '2026-11-30', state: 'today' })
  })
})

describe('editing the agenda', () => {
  const drafted = [
    { key: 'results', title: 'Results: up', source: 'results' as const, done: false, notes: '' },
    {
      key: 'pipeline',
      title: 'Pipeline: 2 new',
      source: 'pipeline' as const,
      done: false,
      notes: ''
    },
    {
      key: 'action-a1',
      title: 'Rep committed: x',
      source: 'actionItem' as const,
      done: false,
      notes: ''
    }
  ]

  it('keeps the stored order, ticks and notes, refreshes drafted titles, adds new drafted items except dismissed ones', () => {
    const stored = [
      { key: 'mine', title: 'My topic', source: 'manager' as const, done: false, notes: 'n' },
      {
        key: 'results',
        title: 'Results and forecast',
        source: 'results' as const,
        done: false,
        notes: 'talked'
      }
    ]
    expect(mergeAgenda(stored, drafted, ['pipeline'])).toEqual([
      stored[0],
      { ...stored[1], title: 'Results: up', evidenceRef: undefined },
      drafted[2]
    ])
  })

  it('moves items up and down and ignores moves past either end', () => {
    const keys = (xs: { key: string }[]) => xs.map((x) => x.key)
    expect(keys(moveAgendaItem(drafted, 2, -1))).toEqual(['results', 'action-a1', 'pipeline'])
    expect(keys(moveAgendaItem(drafted, 0, 1))).toEqual(['pipeline', 'results', 'action-a1'])
    expect(keys(moveAgendaItem(drafted, 0, -1))).toEqual(['results', 'pipeline', 'action-a1'])
    expect(keys(moveAgendaItem(drafted, 2, 1))).toEqual(['results', 'pipeline', 'action-a1'])
  })
})

describe('plan items in the prep', () => {
  it('lists milestones and check-ins of open plans due before the 1:1 after this one, late ones too', () => {
    const plan = Plan.parse({
      ...stamp,
      id: 'plan1',
      kind: 'pip' as const,
      repId: 'r1',
      title: '90-day plan',
      status: 'active' as const,
      startDate: '2026-11-01',
      endDate: '2027-01-30',
      origin: 'scratch' as const,
      repCommitment: '',
      expectations: [],
      concerns: [],
      goals: [],
      support: [],
      checkInSchedule: '',
      consequences: ''
    })
    const closed = { ...plan, id: 'plan2', status: 'closed' as const }
    const checkIn = (
      id: string,
      scheduledFor: string,
      status: 'scheduled' | 'held' | 'missed',
      planId = 'plan1'
    ) =>
      CheckIn.parse({
        ...stamp,
        id,
        planId,
        repId: 'r1',
        scheduledFor,
        status,
        notes: ''
      })
    const prep = buildPrep(
      prepInput({
        meetings: [meeting('2026-11-23', 'held')],
        plans: [plan, closed],
        milestones: [
          {
            ...stamp,
            id: 'ms1',
            planId: 'plan1',
            repId: 'r1',
            title: 'Pipeline clean',
            dueDate: '2026-11-28',
            status: 'pending'
          },
          {
            ...stamp,
            id: 'ms2',
            planId: 'plan1',
            repId: 'r1',
            title: 'Later',
            dueDate: '2026-12-20',
            status: 'pending'
          },
          {
            ...stamp,
            id: 'ms3',
            planId: 'plan1',
            repId: 'r1',
            title: 'Met',
            dueDate: '2026-11-29',
            status: 'met'
          }
        ],
        checkIns: [
          checkIn('c1', '2026-11-30', 'scheduled'),
          checkIn('c2', '2026-12-04', 'scheduled'),
          checkIn('c3', '2026-11-25', 'missed'),
          checkIn('c4', '2026-11-20', 'missed'),
          checkIn('c5', '2026-11-26', 'held'),
          checkIn('c6', '2026-12-01', 'scheduled', 'plan2')
        ]
      })
    )
    expect(prep.planLines.map((l) => [l.id, l.late])).toEqual([
      ['c3', true],
      ['ms1', true],
      ['c1', false],
      ['c2', false]
    ])
    const agenda = draftAgenda(prep, stageName).filter((i) => i.source === 'plan')
    expect(agenda.map((i) => i.title)).toEqual([
      'PIP: 90-day plan: milestone was due Nov 28, 2026 — Pipeline clean',
      'PIP: 90-day plan: check-ins Nov 25, 2026; Nov 30, 2026; Dec 4, 2026 (1 late)'
    ])
    expect(agenda.every((i) => i.evidenceRef === '/plans/plan1')).toBe(true)
  })
})

describe('carry-over when the skipped 1:1 was later than today', () => {
  it('a 1:1 moved to a later day and then skipped still hands its items to the next prep', () => {
    const meetings = [
      meeting('2026-11-25', 'held'),
      meeting('2026-12-02', 'moved', [{ key: 'h', title: 'Holiday cover plan' }], {
        movedTo: '2026-12-04'
      }),
      meeting('2026-12-04', 'skipped', [{ key: 'h', title: 'Holiday cover plan' }])
    ]
    const prep = buildPrep(prepInput({ meetings, today: '2026-11-30' }))
    expect(prep.planned).toBeUndefined()
    expect(prep.carried.map((c) => [c.item.title, c.fromStatus])).toEqual([
      ['Holiday cover plan', 'skipped']
    ])
  })
})
