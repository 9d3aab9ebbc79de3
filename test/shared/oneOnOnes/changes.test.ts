import { describe, expect, it } from 'vitest'
import type { Activity } from '../../../src/shared/domain'
import {
  buildPrep,
  compare,
  draftAgenda,
  pipelineMovement,
  stateAt
} from '../../../src/shared/oneOnOnes'
import { meeting, opportunity, prepInput, process, snapshot, stamp } from './support'

const order = new Map(process.stages.map((s) => [s.key, s.order]))
const movementInput = {
  since: '2026-11-16',
  today: '2026-11-30',
  stageOrder: (k: string | undefined) => (k === undefined ? undefined : order.get(k)),
  stageName: (k: string | undefined, crm: string) => k ?? crm,
  staleDays: 30
}

describe('what counts as pipeline movement since the last 1:1', () => {
  it('classifies each deal against its state on the day of the last 1:1', () => {
    const opportunities = [
      opportunity('new', { createdDate: '2026-11-20' }),
      opportunity('adv', { stageKey: 'propose' }),
      opportunity('back', { stageKey: 'discover' }),
      opportunity('push', { closeDate: '2027-01-31' }),
      opportunity('pull', { closeDate: '2026-12-01' }),
      opportunity('won', { status: 'won', stageKey: 'close', closeDate: '2026-11-25' }),
      opportunity('lost', { status: 'lost', closeDate: '2026-11-22' }),
      opportunity('wonBefore', { status: 'won', closeDate: '2026-11-10' }),
      opportunity('stale', { lastActivityDate: '2026-10-30' }),
      opportunity('quiet', { lastActivityDate: '2026-10-31' }),
      opportunity('sameDay', { stageKey: 'propose' })
    ]
    const snapshots = [
      ...['adv', 'back', 'push', 'pull', 'won', 'lost', 'stale', 'quiet'].map((id) =>
        snapshot(id, '2026-11-02')
      ),
      snapshot('wonBefore', '2026-11-10', { status: 'won' }),
      // Moved on the day of the 1:1 itself: already known then, so not movement since.
      snapshot('sameDay', '2026-11-02'),
      snapshot('sameDay', '2026-11-16', { stageKey: 'propose' }),
      // A later snapshot does not change the state on the day of the 1:1.
      snapshot('back', '2026-11-20', { stageKey: 'discover' })
    ]
    const { deals, counts } = pipelineMovement({ ...movementInput, opportunities, snapshots })
    const kinds = Object.fromEntries(deals.map((d) => [d.opportunityId, d.kinds]))
    expect(kinds).toEqual({
      new: ['new'],
      adv: ['advanced'],
      back: ['slipped'],
      push: ['pushed'],
      won: ['won'],
      lost: ['lost'],
      stale: ['stale']
    })
    expect(counts).toEqual({
      new: 1,
      advanced: 1,
      slipped: 1,
      pushed: 1,
      won: 1,
      lost: 1,
      stale: 1
    })
    const detail = (id: string) => deals.find((d) => d.opportunityId === id)?.details
    expect(detail('push')).toEqual([
      'Close date pushed from 2026-12-15 to 2027-01-31 (47 days later)'
    ])
    expect(detail('stale')).toEqual([
      'Stale: last activity 2026-10-30, 31 days ago (rule: more than 30 days)'
    ])
    expect(detail('adv')).toEqual(['Advanced from qualify to propose'])
  })

  it('shows a deal with no history before the 1:1 only as new, won, lost or stale', () => {
    const { deals } = pipelineMovement({
      ...movementInput,
      opportunities: [
        opportunity('imported', { stageKey: 'propose', createdDate: '2026-10-01' }),
        opportunity('closedLate', {
          status: 'won',
          closeDate: '2026-11-28',
          createdDate: '2026-10-01'
        })
      ],
      snapshots: [snapshot('imported', '2026-11-25', { stageKey: 'propose' })]
    })
    expect(deals.map((d) => [d.opportunityId, d.kinds])).toEqual([['closedLate', ['won']]])
  })

  it('picks the snapshot taken last on the day', () => {
    const s1 = snapshot('a', '2026-11-16', {
      stageKey: 'qualify',
      takenAt: '2026-11-16T09:00:00.000Z'
    })
    const s2 = snapshot('a', '2026-11-16', {
      stageKey: 'propose',
      takenAt: '2026-11-16T17:00:00.000Z',
      id: 'later'
    })
    expect(stateAt([s2, s1], '2026-11-16')?.id).toBe('later')
    expect(stateAt([s2, s1], '2026-11-15')).toBeUndefined()
  })
})

describe('what counts as a changed measure', () => {
  it('compares values as the manager reads them', () => {
    expect(compare('money', 1_000_049, 1_000_000)).toEqual({ changed: false, direction: 'same' })
    expect(compare('money', 1_000_100, 1_000_000)).toEqual({ changed: true, direction: 'up' })
    expect(compare('percent', 0.504, 0.5)).toEqual({ changed: false, direction: 'same' })
    expect(compare('percent', 0.49, 0.5)).toEqual({ changed: true, direction: 'down' })
    expect(compare('count', 3, 3)).toEqual({ changed: false, direction: 'same' })
    expect(compare('number', 4.44, 4.4)).toEqual({ changed: false, direction: 'same' })
    expect(compare('count', 3, undefined)).toEqual({ changed: false, direction: 'unknown' })
  })

  it('compares the days since the last 1:1 with as many days before it', () => {
    const act = (
      id: string,
      date: string,
      type: Activity['type'],
      nextStepAgreed?: boolean
    ): Activity => ({
      ...stamp,
      id,
      source: 'demo',
      repId: 'r1',
      ownerAlias: 'Sam Lee',
      type,
      subject: id,
      date,
      nextStepAgreed
    })
    const prep = buildPrep(
      prepInput({
        meetings: [meeting('2026-11-16', 'held')],
        opportunities: [
          opportunity('w1', {
            status: 'won',
            closeDate: '2026-11-20',
            amount: { minor: 500_000, currency: 'USD' }
          }),
          opportunity('w2', {
            status: 'won',
            closeDate: '2026-11-10',
            amount: { minor: 200_000, currency: 'USD' }
          }),
          opportunity('w3', {
            status: 'won',
            closeDate: '2026-11-01',
            amount: { minor: 900_000, currency: 'USD' }
          }),
          opportunity('o1', { createdDate: '2026-10-01' })
        ],
        snapshots: [snapshot('o1', '2026-10-01', { amount: { minor: 800_000, currency: 'USD' } })],
        activities: [
          act('1', '2026-11-17', 'meeting', true),
          act('2', '2026-11-18', 'meeting', false),
          act('3', '2026-11-30', 'call'),
          act('4', '2026-11-05', 'meeting', true),
          act('5', '2026-11-02', 'call'),
          // The day of the last 1:1 belongs to the days before it.
          act('6', '2026-11-16', 'call')
        ]
      })
    )
    const byKey = Object.fromEntries(prep.measures.map((m) => [m.key, m]))
    expect(byKey['closedWon']).toMatchObject({
      now: 500_000,
      before: 200_000,
      changed: true,
      direction: 'up'
    })
    expect(byKey['dealsWon']).toMatchObject({ now: 1, before: 1, changed: false })
    expect(byKey['activities']).toMatchObject({ now: 3, before: 2, changed: true, direction: 'up' })
    expect(byKey['meetingsWithNextStep']).toMatchObject({ now: 0.5, before: 1, direction: 'down' })
    expect(byKey['openPipeline']).toMatchObject({ now: 1_000_000, before: 800_000, changed: true })
    const results = draftAgenda(prep, (k) => k).find((i) => i.key === 'results')
    expect(results?.title).toBe(
      'Results: closed-won revenue up to $5,000 from $2,000; open pipeline up to $10,000 from $8,000; activities logged up to 3 from 2'
    )
    // A deal won since the last 1:1 is a recognition prompt linked to its row of evidence.
    expect(prep.wins.map((w) => w.title)).toEqual(['Won Deal w1 (Acme)'])
    expect(draftAgenda(prep, (k) => k)[0]).toMatchObject({
      key: 'recognition-w1',
      source: 'recognition',
      evidenceRef: 'evidence:win-w1'
    })
  })
})
