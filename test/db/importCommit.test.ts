import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { FieldbookDb } from '../../src/renderer/src/db/database'
import {
  commitImport,
  IMPORT_TABLES,
  planImport,
  undoLatestImport
} from '../../src/renderer/src/db/importRepository'
import { ImportCancelledError } from '../../src/shared/import'
import { testContext } from './fixtures'
import { FIRST, HEADER, NEWER, commitRequest, importTables, workspaceDb } from './importSupport'
import { table } from '../shared/import/pipelineSupport'

describe('planning an import, then committing the plan', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('writes what the review counted when nothing moved in between', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    const request = await commitRequest(db, ctx, FIRST)
    const reviewed = await planImport(db, ctx, request, 'review')
    expect(await db.opportunities.count()).toBe(0)
    const { record, changes } = await commitImport(db, ctx, request)
    expect(changes.counts).toEqual(reviewed.counts)
    expect(record.counts).toEqual(reviewed.counts)
    const stored = (await db.opportunities.toArray()).sort((a, b) => a.crmId.localeCompare(b.crmId))
    expect(stored.map((o) => [o.crmId, o.stageKey, o.amount, o.importId])).toEqual(
      reviewed.opportunities.create.map((o) => [o.crmId, o.stageKey, o.amount, record.id])
    )
  })

  it('works the changes out again as it writes: a deal edited after the review is what undo keeps', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    await commitImport(db, ctx, await commitRequest(db, ctx, FIRST))
    ctx.advance(86_400_000)
    const request = await commitRequest(db, ctx, NEWER)
    await planImport(db, ctx, request, 'review')
    const acme = await db.opportunities.where('[source+crmId]').equals(['hubspot', '101']).first()
    ctx.advance(60_000)
    await db.opportunities.put({
      ...acme!,
      nextStep: 'Send the proposal',
      updatedAt: ctx.clock.now().toISOString()
    })
    const { record } = await commitImport(db, ctx, request)
    // The undo information holds the edited deal, not the version the review saw.
    expect(record.previousState.find((p) => p.id === acme!.id)?.before).toMatchObject({
      nextStep: 'Send the proposal'
    })
    expect(await db.imports.get(record.id)).toEqual(record)
  })

  it('counts a stored deal added after the review, even one the file does not name', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    const request = await commitRequest(db, ctx, FIRST)
    const other = await commitRequest(db, ctx, NEWER)
    const deal = (await planImport(db, ctx, other, 'x')).opportunities.create[2]!
    await db.opportunities.add({ ...deal, importId: undefined })
    const { changes } = await commitImport(db, ctx, request)
    expect(changes.notes).toContain(
      '1 opportunity from earlier imports is not in this file and was left as it was.'
    )
  })

  it('reports progress after each slice, up to the number of records the review counted', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    const seen: { written: number; total: number }[] = []
    await commitImport(db, ctx, await commitRequest(db, ctx, NEWER), {
      expectedWrites: 7,
      onProgress: (p) => seen.push(p)
    })
    // 3 deals (each its own first snapshot), 2 reps, the import record and the mapping.
    expect(seen.map((p) => p.total)).toEqual(seen.map(() => 7))
    expect(seen.map((p) => p.written)).toEqual([3, 5, 6, 7])
  })

  it('cancelled after the first slice, it writes nothing at all', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    await commitImport(db, ctx, await commitRequest(db, ctx, FIRST))
    ctx.advance(86_400_000)
    const before = await importTables(db)
    const request = await commitRequest(db, ctx, NEWER)
    const cancel = new AbortController()
    let progress = 0
    const commit = commitImport(db, ctx, request, {
      signal: cancel.signal,
      onProgress: () => {
        progress += 1
        cancel.abort()
      }
    })
    await expect(commit).rejects.toBeInstanceOf(ImportCancelledError)
    expect(progress).toBe(1)
    expect(await importTables(db)).toEqual(before)
  })

  it('cancelled before it starts, or while planning, it writes nothing', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    const before = await importTables(db)
    const request = await commitRequest(db, ctx, NEWER)
    const cancel = new AbortController()
    cancel.abort()
    await expect(planImport(db, ctx, request, 'i', { signal: cancel.signal })).rejects.toThrow(
      'The import was cancelled.'
    )
    await expect(commitImport(db, ctx, request, { signal: cancel.signal })).rejects.toThrow(
      ImportCancelledError
    )
    expect(await importTables(db)).toEqual(before)
  })

  it('leaves settings and roles out of its scope: a settings write goes through mid-commit', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    expect(IMPORT_TABLES).not.toContain('settings')
    expect(IMPORT_TABLES).not.toContain('roles')
    const done: string[] = []
    let settingsWrite: Promise<unknown> | undefined
    const writeSettings = () =>
      db.transaction('rw', db.settings, async () => {
        const settings = await db.settings.get('workspace')
        await db.settings.put({ ...settings!, managerName: 'Alex' })
      })
    await commitImport(db, ctx, await commitRequest(db, ctx, NEWER), {
      onProgress: () => {
        // Outside the commit's transaction zone, as another screen would write.
        settingsWrite ??= Dexie.ignoreTransaction(writeSettings).then(() => done.push('settings'))
      }
    }).then(() => done.push('import'))
    await settingsWrite
    expect(done).toEqual(['settings', 'import'])
    expect((await db.settings.get('workspace'))?.managerName).toBe('Alex')
  })

  it('gives the records it creates ids that grow, table by table', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    await commitImport(db, ctx, await commitRequest(db, ctx, FIRST))
    ctx.advance(86_400_000)
    const request = await commitRequest(db, ctx, NEWER)
    const changes = await planImport(db, ctx, request, 'import-9')
    const deals = changes.opportunities.create.map((o) => o.id)
    const snapshots = changes.snapshots.map((s) => s.id)
    // Each table's new keys grow, so IndexedDB appends them to the end of its key range.
    expect([...deals].sort()).toEqual(deals)
    expect([...snapshots].sort()).toEqual(snapshots)
    const ids = [...deals, ...snapshots]
    // Initech is new; Acme and Globex moved: each one's first state, then its new one.
    expect(ids).toHaveLength(5)
    for (const id of ids) expect(id.startsWith('import-9-')).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('a big file again, with changes', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  function deals(count: number, amountOf: (i: number) => number) {
    const rows = [HEADER]
    for (let i = 1; i <= count; i++) {
      rows.push([
        String(1000 + i),
        `Deal ${i}`,
        'appointmentscheduled',
        String(amountOf(i)),
        '2026-12-01',
        'Jane Doe'
      ])
    }
    return table(rows)
  }

  it('reads the stored deals slice by slice while it writes, and undo puts them back', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    await commitImport(
      db,
      ctx,
      await commitRequest(
        db,
        ctx,
        deals(4500, () => 100)
      )
    )
    ctx.advance(86_400_000)
    const before = await importTables(db)
    const newer = deals(4500, (i) => (i % 3 === 0 ? 150 : 100))
    const { record } = await commitImport(db, ctx, await commitRequest(db, ctx, newer))
    expect(record.counts).toMatchObject({ created: 0, updated: 1500, unchanged: 3000 })
    expect(record.previousState).toHaveLength(1500)
    const moved = await db.opportunities.where('[source+crmId]').equals(['hubspot', '1003']).first()
    expect(moved?.amount?.minor).toBe(15000)
    ctx.advance(60_000)
    await undoLatestImport(db, ctx)
    const after = await importTables(db)
    expect(after.opportunities).toEqual(before.opportunities)
    expect(after.opportunitySnapshots).toEqual(before.opportunitySnapshots)
  })
})
