import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { FieldbookDb } from '../../src/renderer/src/db/database'
import {
  commitImport,
  latestUndoableImport,
  previewImport,
  undoLatestImport
} from '../../src/renderer/src/db/importRepository'
import { analyseTable, type ImportDecisions, type ParsedTable } from '../../src/shared/import'
import { testContext } from './fixtures'
import { FIRST, NEWER, commitRequest, importTables, workspaceDb } from './importSupport'
import { firstSnapshots } from '../../src/shared/domain'
import { loadPrepInput } from '../../src/renderer/src/db/prepData'

const setUp = (ctx = testContext()): Promise<FieldbookDb> => workspaceDb(ctx)

async function importTable(
  db: FieldbookDb,
  ctx: ReturnType<typeof testContext>,
  t: ParsedTable,
  change: (d: ImportDecisions) => ImportDecisions = (d) => d
) {
  return commitImport(db, ctx, await commitRequest(db, ctx, t, change))
}

describe('committing an import', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('writes records, snapshots, the import record and the mapping in one go', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    const { record, changes } = await importTable(db, ctx, FIRST)
    expect(changes.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      rejected: 0
    })
    expect(await db.opportunities.count()).toBe(2)
    // Each new deal stands as its first snapshot (issue 18): no snapshot rows are written.
    expect(await db.opportunitySnapshots.count()).toBe(0)
    const first = firstSnapshots(await db.opportunities.toArray())
    expect(first.map((s) => [s.asOf, s.importId])).toEqual([
      ['2026-11-23', record.id],
      ['2026-11-23', record.id]
    ])
    const reps = await db.reps.toArray()
    expect(reps.map((r) => r.name)).toEqual(['Jane Doe'])
    expect(await db.imports.get(record.id)).toMatchObject({
      fileName: 'test.csv',
      kind: 'opportunities',
      source: 'hubspot'
    })
    const mappings = await db.importMappings.toArray()
    expect(mappings).toHaveLength(1)
    expect(mappings[0]!.columns).toMatchObject({
      crmId: 'Record ID',
      stage: 'Deal Stage',
      owner: 'Deal owner'
    })
  })

  it('a re-import updates by CRM id, writes history, and undo puts everything back', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    await importTable(db, ctx, FIRST)
    const afterFirst = await db.opportunities.orderBy('id').toArray()
    ctx.advance(7 * 86_400_000)
    const preview = await previewImport(db, ctx, await commitRequest(db, ctx, NEWER))
    expect(preview.counts).toEqual({
      created: 1,
      updated: 2,
      unchanged: 0,
      skipped: 0,
      rejected: 0
    })
    const second = await importTable(db, ctx, NEWER)
    expect(second.changes.counts).toEqual(preview.counts)
    const acme = await db.opportunities.where('[source+crmId]').equals(['hubspot', '101']).first()
    const history = await db.opportunitySnapshots.where('opportunityId').equals(acme!.id).toArray()
    expect(history.map((s) => [s.asOf, s.stageKey])).toEqual([
      ['2026-11-23', 'prospect'],
      ['2026-11-30', 'propose']
    ])
    expect(await db.reps.count()).toBe(2)

    expect((await latestUndoableImport(db))?.id).toBe(second.record.id)
    const undone = await undoLatestImport(db, ctx)
    expect(undone.undone).toBe(true)
    expect(await db.opportunities.orderBy('id').toArray()).toEqual(afterFirst)
    // The rows the re-import wrote are gone; each deal stands as its first snapshot again.
    expect(await db.opportunitySnapshots.count()).toBe(0)
    expect(firstSnapshots(afterFirst).map((s) => [s.asOf, s.stageKey])).toEqual([
      ['2026-11-23', 'prospect'],
      ['2026-11-23', 'qualify']
    ])
    expect((await db.reps.toArray()).map((r) => r.name)).toEqual(['Jane Doe'])

    await undoLatestImport(db, ctx)
    expect(await db.opportunities.count()).toBe(0)
    expect(await db.reps.count()).toBe(0)
    await expect(undoLatestImport(db, ctx)).rejects.toThrow('There is no import to undo.')
  })

  it('a 1:1 prep reads each deal’s whole history: its first state from the record, then the rows', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    await importTable(db, ctx, FIRST)
    const jane = (await db.reps.toArray())[0]!
    const history = async () => {
      const input = await loadPrepInput(db, jane.id, '2026-12-07')
      const acme = input?.opportunities.find((o) => o.crmId === '101')
      return input?.snapshots
        .filter((s) => s.opportunityId === acme?.id)
        .map((s) => [s.asOf, s.stageKey])
    }
    expect(await history()).toEqual([['2026-11-23', 'prospect']])
    ctx.advance(7 * 86_400_000)
    await importTable(db, ctx, NEWER)
    // The same history after the move: the first state, now a row, and the new one.
    expect(await history()).toEqual([
      ['2026-11-23', 'prospect'],
      ['2026-11-30', 'propose']
    ])
  })

  it('refuses to undo when a record was edited after the import', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    const { record } = await importTable(db, ctx, FIRST)
    ctx.advance(60_000)
    const rep = (await db.reps.toArray())[0]!
    await db.reps.put({ ...rep, territory: 'North', updatedAt: ctx.clock.now().toISOString() })
    await expect(undoLatestImport(db, ctx)).rejects.toThrow(
      'Cannot undo “test.csv”: Jane Doe was changed after the import (2026-11-23).'
    )
    expect((await db.imports.get(record.id))?.undone).toBe(false)
    expect(await db.opportunities.count()).toBe(2)
  })

  it('refuses to undo when an observation points at an opportunity the import created', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    await importTable(db, ctx, FIRST)
    const acme = await db.opportunities.where('[source+crmId]').equals(['hubspot', '101']).first()
    // Written as it is stored; undo reads only the reference.
    await db.observations.put({ id: 'obs-1', opportunityId: acme!.id } as never)
    await expect(undoLatestImport(db, ctx)).rejects.toThrow(
      'Cannot undo “test.csv”: 1 observations now point to opportunities it created.'
    )
    expect(await db.opportunities.count()).toBe(2)
  })

  it('is all or nothing: a failure half-way leaves the database as it was', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    await importTable(db, ctx, FIRST)
    ctx.advance(86_400_000)
    const before = await importTables(db)
    // The re-import's snapshot writes fail, after its reps and opportunities were written.
    db.opportunitySnapshots.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(importTable(db, ctx, NEWER)).rejects.toThrow('disk full')
    expect(await importTables(db)).toEqual(before)
  })

  it('reuses a corrected mapping for the next file with the same columns', async () => {
    const ctx = testContext()
    db = await setUp(ctx)
    // The manager says the amount is in "Deal Name" … a silly but visible correction.
    await importTable(db, ctx, FIRST, (d) => ({ ...d, columns: { ...d.columns, name: 5 } }))
    const saved = await db.importMappings.toArray()
    const analysis = analyseTable(NEWER, {
      reps: await db.reps.toArray(),
      process: (await db.salesProcesses.toArray())[0]!,
      savedMappings: saved,
      currency: 'USD',
      today: '2026-11-30'
    })
    expect(analysis.savedMapping?.id).toBe(saved[0]!.id)
    expect(analysis.columns['name']).toBe(5)
  })
})
