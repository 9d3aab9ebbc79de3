import { describe, expect, it } from 'vitest'
import type { ManualMeasure, Opportunity } from '@shared/domain'
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
  it('a new deal gets its first snapshot', () => {
    const { changes } = runImport(table([HEADER, ROW]), ctx, emptyExisting([jane]))
    expect(changes.snapshots).toHaveLength(1)
    expect(changes.snapshots[0]).toMatchObject({ stageKey: 'prospect', asOf: '2026-11-23' })
  })

  it.each([
    ['the same row again', ROW, 0, 0],
    ['a new name only', ['101', 'Acme Corp', ...ROW.slice(2)], 1, 0],
    ['a new stage', ['101', 'Acme', 'presentationscheduled', ...ROW.slice(3)], 1, 1],
    ['a new amount', ['101', 'Acme', 'appointmentscheduled', '1200', ...ROW.slice(4)], 1, 1],
    ['a later close date', [...ROW.slice(0, 4), '2027-01-15', 'Jane Doe'], 1, 1]
  ])('a stored deal with %s: %i update(s), %i snapshot(s)', (_, row, updates, snapshots) => {
    const existing = { ...emptyExisting([jane]), opportunities: [storedDeal()] }
    const { changes } = runImport(table([HEADER, row]), ctx, existing)
    expect(changes.opportunities.create).toEqual([])
    expect(changes.opportunities.update).toHaveLength(updates)
    expect(changes.snapshots).toHaveLength(snapshots)
  })
})
