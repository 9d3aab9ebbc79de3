import { describe, expect, it } from 'vitest'
import type { Recognition } from '../../../src/shared/domain'
import { recognitionBalance } from '../../../src/shared/diagnosis'
import { buildPrep, draftAgenda, openBarriers } from '../../../src/shared/oneOnOnes'
import { action, meeting, prepInput, rep, stamp } from './support'

const stageName = (k: string) => k

function win(id: string, date: string, extra: Partial<Recognition> = {}): Recognition {
  return { id, repId: rep.id, date, text: `Win ${id}`, visibility: 'public', ...stamp, ...extra }
}

describe('barriers', () => {
  it('carry from 1:1 to 1:1 until resolved, apart from commitments', () => {
    const first = meeting('2026-10-05', 'held')
    const meetings = [first, meeting('2026-10-12', 'skipped'), meeting('2026-11-02', 'held')]
    const actionItems = [
      action('b1', {
        kind: 'barrier',
        text: 'Quotes wait two days for legal',
        oneOnOneId: first.id
      }),
      action('b2', { kind: 'barrier', status: 'done', completedAt: '2026-10-20T10:00:00.000Z' }),
      action('c1', { text: 'Update the forecast' })
    ]
    const prep = buildPrep(prepInput({ meetings, actionItems }))
    expect(prep.barriers.map((b) => b.id)).toEqual(['b1'])
    expect(prep.commitments.map((c) => c.item.id)).toEqual(['c1'])
    const agenda = draftAgenda(prep, stageName)
    expect(agenda.map((i) => i.title)).toContain('Still in the way: Quotes wait two days for legal')
    expect(agenda.map((i) => i.title)).toContain('What is getting in your way?')
    expect(agenda.some((i) => i.title.includes('Update the forecast'))).toBe(true)
    expect(openBarriers(actionItems, 'someone-else')).toEqual([])
  })
})

describe('recognition', () => {
  it('a win logged since the last 1:1 is in the next prep and drafted as a recognition', () => {
    const meetings = [meeting('2026-11-02', 'held')]
    const prep = buildPrep(
      prepInput({
        meetings,
        recognitions: [win('w1', '2026-11-20'), win('w0', '2026-11-01')]
      })
    )
    expect(prep.wins.map((w) => w.id)).toEqual(['w1'])
    expect(draftAgenda(prep, stageName)[0]).toMatchObject({
      key: 'recognition-w1',
      title: 'Recognise: Win w1',
      source: 'recognition'
    })
  })

  it('the recognition-to-correction ratio counts the wins logged in the range', () => {
    const range = { start: '2026-10-01', end: '2026-12-31' }
    const [balance] = recognitionBalance({
      repIds: [rep.id],
      range,
      recognitions: [
        win('w1', '2026-10-03'),
        win('w2', '2026-11-20', { visibility: 'private', loggedFrom: { kind: 'oneOnOne' } }),
        win('w3', '2026-09-30')
      ],
      observations: [],
      plans: [],
      diagnoses: []
    })
    expect(balance).toMatchObject({ recognitions: 2, correctionsTotal: 0, text: '2 : 0' })
  })
})
