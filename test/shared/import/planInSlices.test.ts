import { describe, expect, it } from 'vitest'
import {
  analyseTable,
  ImportPlanner,
  planImportChanges,
  proposedDecisions,
  recordSlices,
  tableSlices,
  writesIn,
  normaliseTable,
  type Existing,
  type ImportChangeSet,
  type ImportDecisions,
  type ImportWrites,
  type ParsedTable,
  type RecordSlices
} from '@shared/import'
import { NOW, context, counterIds, emptyExisting, rep, table } from './pipelineSupport'

/** Issue 18: the change set worked out a slice at a time, each slice's writes handed over. */

const changeCtx = () => ({
  clock: { now: () => new Date(NOW) },
  newId: counterIds(),
  importId: 'i'
})

function decide(t: ParsedTable, reps = [rep('rep-1', 'Rep 1')]): ImportDecisions {
  const ctx = context(reps)
  return proposedDecisions(analyseTable(t, ctx), ctx)
}

/** Plans `source` slice by slice, taking each slice's writes as a commit would. */
function inSlices(source: RecordSlices, decisions: ImportDecisions, existing: Existing) {
  const planner = new ImportPlanner(decisions, existing, changeCtx())
  const slices: ImportWrites[] = []
  for (const records of source.slices()) {
    planner.plan(records)
    slices.push(planner.takeWrites())
  }
  return { slices, changes: planner.finish(source.report()) }
}

/** Every slice's writes in one list per table, in the order they were handed over. */
function joined(slices: ImportWrites[]) {
  const all = <T>(pick: (w: ImportWrites) => T[]): T[] => slices.flatMap(pick)
  return {
    opportunities: all((w) => w.opportunities.create),
    snapshots: all((w) => w.snapshots),
    activities: all((w) => w.activities.create),
    measures: all((w) => w.manualMeasures.create),
    measuresOver: all((w) => w.manualMeasures.rewrite),
    activitiesOver: all((w) => w.activities.rewrite)
  }
}

const settled = (c: ImportChangeSet) => ({
  counts: c.counts,
  reps: c.reps,
  rejected: c.rejected,
  skipped: c.skipped,
  notes: c.notes,
  starts: c.starts
})

describe('working out the changes a slice at a time', () => {
  it('writes exactly what the whole file would, and settles reps, problems and notes the same', () => {
    const rows = [['Record ID', 'Deal Stage', 'Amount', 'Deal owner', 'Create Date']]
    for (let i = 1; i <= 4100; i++) {
      const owner = i === 4001 ? 'Ghost' : `Rep ${i % 7}`
      const created = i === 3502 ? '2025-12-01' : `2026-0${1 + (i % 9)}-15`
      rows.push([String(i), 'closedwon', i === 2500 ? 'lots' : '10', owner, created])
    }
    const t = table(rows)
    const proposed = decide(t)
    const decisions: ImportDecisions = {
      ...proposed,
      owners: { ...proposed.owners, 'rep 0': { action: 'skip' } }
    }
    const whole = planImportChanges(
      normaliseTable(t, decisions),
      decisions,
      emptyExisting([rep('rep-1', 'Rep 1')]),
      changeCtx()
    )
    const { slices, changes } = inSlices(
      tableSlices(t, decisions, 1000),
      decisions,
      emptyExisting([rep('rep-1', 'Rep 1')])
    )
    expect(slices).toHaveLength(5)
    expect(slices.map(writesIn).reduce((a, b) => a + b)).toBe(writesIn(whole))
    expect(joined(slices).opportunities).toEqual(whole.opportunities.create)
    expect(settled(changes)).toEqual(settled(whole))
    // Only the counts, reps and problems stay with the change set.
    expect(writesIn(changes)).toBe(0)
    expect(changes.counts.rejected).toBe(1)
    expect(changes.rejected[0]).toMatchObject({ rowNumber: 2501, reason: '"lots": not an amount' })
    // New reps start at their earliest deal in the file, in whichever slice it was.
    expect(changes.starts.find((s) => s.name === 'Rep 2')?.startDate).toBe('2025-12-01')
    expect(changes.skipped.length).toBeGreaterThan(500)
  })

  it('a row landing on a record an earlier slice wrote is written over it, counted as an update', () => {
    const rows = [['rep', 'metric', 'period start', 'period end', 'value', 'note']]
    for (let i = 0; i < 2500; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0')
      const year = 2000 + Math.floor(i / 12)
      rows.push(['Rep 1', 'csat', `${year}-${month}-01`, `${year}-${month}-28`, '4', ''])
    }
    // Row 2,503 corrects row 2's measure (in the first slice of 1,000).
    rows.push(['Rep 1', 'csat', '2000-01-01', '2000-01-28', '4.6', 'corrected'])
    const t = table(rows)
    const decisions = decide(t)
    expect(decisions.kind).toBe('manualMeasures')
    const existing = () => emptyExisting([rep('rep-1', 'Rep 1')])
    const whole = planImportChanges(
      normaliseTable(t, decisions),
      decisions,
      existing(),
      changeCtx()
    )
    const { slices, changes } = inSlices(tableSlices(t, decisions, 1000), decisions, existing())
    const written = joined(slices)
    expect(written.measures).toHaveLength(2500)
    expect(written.measuresOver).toHaveLength(1)
    const first = written.measures[0]!
    expect(written.measuresOver[0]).toMatchObject({ id: first.id, value: 4.6, note: 'corrected' })
    // All at once, the same row replaces the create instead.
    expect(whole.manualMeasures.create[0]).toMatchObject({ id: first.id, value: 4.6 })
    expect(changes.counts).toEqual(whole.counts)
    expect(changes.counts).toMatchObject({ created: 2500, updated: 1 })
  })

  it('activities with no CRM id merge across slices too', () => {
    const rows = [['owner', 'type', 'subject', 'date', 'duration']]
    rows.push(['Rep 1', 'call', 'Pricing', '2026-11-02', '5'])
    for (let i = 0; i < 30; i++) rows.push(['Rep 1', 'email', `Note ${i}`, '2026-11-03', ''])
    // The same call again, now with its length: one activity, written over.
    rows.push(['Rep 1', 'call', 'Pricing', '2026-11-02', '9'])
    const t = table(rows)
    const decisions = decide(t)
    expect(decisions.kind).toBe('activities')
    const { slices, changes } = inSlices(
      tableSlices(t, decisions, 10),
      decisions,
      emptyExisting([rep('rep-1', 'Rep 1')])
    )
    const written = joined(slices)
    expect(written.activities).toHaveLength(31)
    expect(written.activitiesOver.map((a) => [a.id, a.durationSeconds])).toEqual([
      [written.activities[0]!.id, 540]
    ])
    expect(changes.counts).toMatchObject({ created: 31, updated: 1 })
  })

  it('records normalised before give the same change set as the table a slice at a time', () => {
    const rows = [['Record ID', 'Deal Stage', 'Amount', 'Deal owner']]
    for (let i = 1; i <= 50; i++) rows.push([String(i), 'closedwon', '10', 'Rep 1'])
    const t = table(rows)
    const decisions = decide(t)
    const fromTable = inSlices(
      tableSlices(t, decisions, 7),
      decisions,
      emptyExisting([rep('rep-1', 'Rep 1')])
    )
    const fromRecords = inSlices(
      recordSlices(normaliseTable(t, decisions), 7),
      decisions,
      emptyExisting([rep('rep-1', 'Rep 1')])
    )
    expect(fromRecords.slices).toEqual(fromTable.slices)
    expect(settled(fromRecords.changes)).toEqual(settled(fromTable.changes))
  })

  it('a table’s report is only there once every slice was taken', () => {
    const t = table([
      ['Record ID', 'Deal Stage', 'Deal owner'],
      ['1', 'closedwon', 'Rep 1']
    ])
    const source = tableSlices(t, decide(t))
    expect(() => source.report()).toThrow('The file’s rows were not all read.')
    for (const slice of source.slices()) expect(slice).toHaveLength(1)
    expect(source.report().rejected).toEqual([])
  })
})
