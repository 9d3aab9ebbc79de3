import { describe, expect, it } from 'vitest'
import { firstSnapshots, type ManualMeasure, type Opportunity } from '@shared/domain'
import { context, emptyExisting, NOW, rep, runImport, table } from './pipelineSupport'

/** Issue 18: each record is written once, and history only when a deal moved. */

const jane = rep('rep-jane', 'Jane Doe')
const ctx = context([jane])

const MEASURES = ['rep', 'metric', 'period start', 'period end', 'value', 'note']

describe('a file that names the same record twice', () => {
  it('creates the record once, with the later row', () => {
    const { analysis, changes } = runImport(
      table([
        MEASURES,
        ['Jane Doe', 'csat', '2026-10-01', '2026-10-31', '4.1', 'first'],
        ['Jane Doe', 'csat', '2026-10-01', '2026-10-31', '4.6', 'corrected']
      ]),
      ctx,
      emptyExisting([jane])
    )
    expect(analysis.kind).toBe('manualMeasures')
    expect(changes.manualMeasures.create).toHaveLength(1)
    expect(changes.manualMeasures.create[0]).toMatchObject({ value: 4.6, note: 'corrected' })
    expect(changes.manualMeasures.update).toEqual([])
    expect(changes.counts).toMatchObject({ created: 1, updated: 1 })
  })

  it('updates a stored record once, keeping the version from before the file for undo', () => {
    const stored: ManualMeasure = {
      id: 'm-1',
      createdAt: NOW,
      updatedAt: NOW,
      repId: 'rep-jane',
      metric: 'csat',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      value: 3.9,
      note: 'stored'
    }
    const { changes } = runImport(
      table([
        MEASURES,
        ['Jane Doe', 'csat', '2026-10-01', '2026-10-31', '4.1', 'first'],
        ['Jane Doe', 'csat', '2026-10-01', '2026-10-31', '4.6', 'corrected']
      ]),
      ctx,
      { ...emptyExisting([jane]), manualMeasures: [stored] }
    )
    expect(changes.manualMeasures.create).toEqual([])
    expect(changes.manualMeasures.update).toHaveLength(1)
    expect(changes.manualMeasures.update[0]!.before).toBe(stored)
    expect(changes.manualMeasures.update[0]!.after).toMatchObject({ id: 'm-1', value: 4.6 })
  })
})

const HEADER = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner']
const ROW = ['101', 'Acme', 'appointmentscheduled', '1000', '2026-12-01', 'Jane Doe']

function storedDeal(): Opportunity {
  const { changes } = runImport(table([HEADER, ROW]), ctx, emptyExisting([jane]), (d) => d, 'old')
  return changes.opportunities.create[0]!
}

describe('history snapshots', () => {
  it('a new deal is its own first snapshot: its record is marked, no snapshot row is written', () => {
    const { changes } = runImport(table([HEADER, ROW]), ctx, emptyExisting([jane]))
    expect(changes.snapshots).toEqual([])
    const deal = changes.opportunities.create[0]!
    expect(deal.unchangedSince).toEqual({ asOf: '2026-11-23', takenAt: NOW, importId: 'import-1' })
    expect(firstSnapshots([deal])).toEqual([
      expect.objectContaining({
        opportunityId: deal.id,
        asOf: '2026-11-23',
        stageKey: 'prospect',
        amount: deal.amount,
        importId: 'import-1'
      })
    ])
  })

  it.each([
    { change: 'the same row again', row: ROW, updates: 0, snapshots: 0 },
    {
      change: 'a new name only',
      row: ['101', 'Acme Corp', ...ROW.slice(2)],
      updates: 1,
      snapshots: 0
    },
    {
      change: 'a new stage',
      row: ['101', 'Acme', 'presentationscheduled', ...ROW.slice(3)],
      updates: 1,
      snapshots: 2
    },
    {
      change: 'a new amount',
      row: ['101', 'Acme', 'appointmentscheduled', '1200', ...ROW.slice(4)],
      updates: 1,
      snapshots: 2
    },
    {
      change: 'a later close date',
      row: [...ROW.slice(0, 4), '2027-01-15', 'Jane Doe'],
      updates: 1,
      snapshots: 2
    }
  ])(
    'a stored deal with $change: $updates update(s), $snapshots snapshot row(s)',
    ({ row, updates, snapshots }) => {
      const stored = storedDeal()
      const existing = { ...emptyExisting([jane]), opportunities: [stored] }
      const { changes } = runImport(table([HEADER, row]), ctx, existing)
      expect(changes.opportunities.create).toEqual([])
      expect(changes.opportunities.update).toHaveLength(updates)
      expect(changes.snapshots).toHaveLength(snapshots)
      const after = changes.opportunities.update[0]?.after
      if (snapshots === 0) {
        // Unmoved, the record still stands as its first snapshot.
        if (after) expect(after.unchangedSince).toEqual(stored.unchangedSince)
        return
      }
      // Moved: its first state is written as it was, then the new one; the mark goes.
      expect(after?.unchangedSince).toBeUndefined()
      expect(changes.snapshots[0]).toMatchObject({
        opportunityId: stored.id,
        asOf: stored.unchangedSince?.asOf,
        stageKey: stored.stageKey,
        amount: stored.amount,
        closeDate: stored.closeDate,
        importId: 'import-1'
      })
      expect(changes.snapshots[1]).toMatchObject({
        opportunityId: stored.id,
        stageKey: after?.stageKey,
        amount: after?.amount,
        closeDate: after?.closeDate,
        importId: 'import-1'
      })
    }
  )

  it('a stored deal whose first state is already a row gets one snapshot when it moves', () => {
    const stored: Opportunity = { ...storedDeal(), unchangedSince: undefined }
    const existing = { ...emptyExisting([jane]), opportunities: [stored] }
    const moved = ['101', 'Acme', 'presentationscheduled', ...ROW.slice(3)]
    const { changes } = runImport(table([HEADER, moved]), ctx, existing)
    expect(changes.snapshots).toHaveLength(1)
    expect(changes.snapshots[0]).toMatchObject({ opportunityId: stored.id })
    expect(changes.opportunities.update[0]?.after.unchangedSince).toBeUndefined()
  })

  it('a file listing a moved deal twice: the second row is rejected, the first state written once', () => {
    const stored = storedDeal()
    const existing = { ...emptyExisting([jane]), opportunities: [stored] }
    const moved = ['101', 'Acme', 'presentationscheduled', ...ROW.slice(3)]
    const { changes } = runImport(table([HEADER, moved, moved]), ctx, existing)
    expect(changes.rejected.map((r) => r.reason)).toEqual(['the same ID is already on row 2'])
    const first = changes.snapshots.filter((s) => s.stageKey === stored.stageKey)
    expect(first).toHaveLength(1)
  })
})
