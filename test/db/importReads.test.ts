import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { FieldbookDb } from '../../src/renderer/src/db/database'
import {
  commitImport,
  IMPORT_TABLES,
  readDefaultRole,
  readForPlanning
} from '../../src/renderer/src/db/importRepository'
import { allRows, RECORDS_PER_SLICE } from '../../src/shared/import'
import { table } from '../shared/import/pipelineSupport'
import { testContext } from './fixtures'
import { commitRequest, workspaceDb, type TestContext } from './importSupport'

/** Issue 18: planning reads only the stored records the file can touch. */

const HEADER = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner']
const DEALS = table([
  HEADER,
  ['101', 'Acme', 'appointmentscheduled', '1000', '2026-12-01', 'Jane Doe'],
  ['102', 'Globex', 'qualifiedtobuy', '5000', '2026-12-15', 'Jane Doe'],
  ['103', 'Initech', 'appointmentscheduled', '700', '2027-02-01', 'Jane Doe']
])
const TWO_DEALS = table([HEADER, ...rowsOf(DEALS, 2)])
const ACTIVITIES = table([
  ['owner', 'type', 'subject', 'date', 'duration', 'opportunity id'],
  ['Jane Doe', 'call', 'Pricing', '2026-11-02', '9', '101'],
  ['Jane Doe', 'email', 'Quote', '2026-11-03', '', '101'],
  ['Jane Doe', 'call', 'Cold outreach', '2026-11-04', '2', '']
])

function rowsOf(t: ReturnType<typeof table>, n: number): string[][] {
  return allRows(t.rows).slice(0, n)
}

/** What planning `t` reads: before the first slice, and for its records in slices. */
async function readsFor(db: FieldbookDb, ctx: TestContext, t: ReturnType<typeof table>) {
  const request = await commitRequest(db, ctx, t)
  const role = await readDefaultRole(db)
  return db.transaction('r', IMPORT_TABLES, async () => {
    const records = 'normalised' in request ? request.normalised.records : []
    const { existing, storedFor } = await readForPlanning(
      db,
      request.decisions,
      role,
      records.length
    )
    return { existing, bySlice: await storedFor(records) }
  })
}

/** More stored HubSpot deals than a slice names ids (so slices read their own). */
async function manyMoreDeals(db: FieldbookDb): Promise<void> {
  const acme = await db.opportunities.where('[source+crmId]').equals(['hubspot', '101']).first()
  const more = Array.from({ length: RECORDS_PER_SLICE }, (_, i) => ({
    ...acme!,
    id: `more-${i}`,
    crmId: `9${i}`
  }))
  await db.opportunities.bulkAdd(more)
}

describe('what an import plan reads', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  async function withDeals(ctx: TestContext): Promise<FieldbookDb> {
    const fresh = await workspaceDb(ctx)
    await commitImport(fresh, ctx, await commitRequest(fresh, ctx, DEALS))
    const acme = await fresh.opportunities
      .where('[source+crmId]')
      .equals(['hubspot', '101'])
      .first()
    // Another CRM's deal with the same id is not an opportunities file's to update.
    await fresh.opportunities.add({ ...acme!, id: 'pd-101', source: 'pipedrive' })
    return fresh
  }

  it('opportunities, few stored: the same CRM’s deals, read once before the first slice', async () => {
    const ctx = testContext()
    db = await withDeals(ctx)
    const { existing, bySlice } = await readsFor(db, ctx, TWO_DEALS)
    expect(existing.opportunities.map((o) => [o.source, o.crmId]).sort()).toEqual([
      ['hubspot', '101'],
      ['hubspot', '102'],
      ['hubspot', '103']
    ])
    expect(bySlice).toEqual([])
    expect(existing.opportunitiesInFamily).toBe(3)
    expect(existing.activities).toEqual([])
    ctx.advance(86_400_000)
    const { changes } = await commitImport(db, ctx, await commitRequest(db, ctx, TWO_DEALS))
    expect(changes.counts).toMatchObject({ created: 0, unchanged: 2 })
    expect(changes.notes).toContain(
      '1 opportunity from earlier imports is not in this file and was left as it was.'
    )
  })

  it('opportunities, many stored: each slice reads only the same CRM’s deals with its ids', async () => {
    const ctx = testContext()
    db = await withDeals(ctx)
    await manyMoreDeals(db)
    const { existing, bySlice } = await readsFor(db, ctx, TWO_DEALS)
    expect(existing.opportunities).toEqual([])
    expect(existing.opportunitiesInFamily).toBe(3 + RECORDS_PER_SLICE)
    expect(bySlice.map((o) => [o.source, o.crmId])).toEqual([
      ['hubspot', '101'],
      ['hubspot', '102']
    ])
    ctx.advance(86_400_000)
    const { changes } = await commitImport(db, ctx, await commitRequest(db, ctx, TWO_DEALS))
    expect(changes.counts).toMatchObject({ created: 0, unchanged: 2 })
    expect(changes.notes).toContain(
      `${1 + RECORDS_PER_SLICE} opportunities from earlier imports are not in this file and were left as they were.`
    )
  })

  it('activities: the deals they link to (any CRM), and they link to them', async () => {
    const ctx = testContext()
    db = await withDeals(ctx)
    await db.opportunities.update('pd-101', { crmId: '201' })
    // 3 rows name up to 3 × 2 ids in each CRM: more than the 4 deals, which are read at once.
    const few = await readsFor(db, ctx, ACTIVITIES)
    expect(few.existing.opportunities).toHaveLength(4)
    expect(few.bySlice).toEqual([])
    await manyMoreDeals(db)
    const many = await readsFor(db, ctx, ACTIVITIES)
    expect(many.existing.opportunities).toEqual([])
    expect(many.bySlice.map((o) => [o.source, o.crmId])).toEqual([['hubspot', '101']])
    await commitImport(db, ctx, await commitRequest(db, ctx, ACTIVITIES))
    const acme = many.bySlice[0]!.id
    const written = (await db.activities.toArray()).sort((a, b) => a.date.localeCompare(b.date))
    expect(written.map((a) => a.opportunityId)).toEqual([acme, acme, undefined])
  })
})
