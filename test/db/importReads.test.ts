import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { FieldbookDb } from '../../src/renderer/src/db/database'
import {
  commitImport,
  IMPORT_TABLES,
  loadExisting,
  readDefaultRole
} from '../../src/renderer/src/db/importRepository'
import { storedFor } from '../../src/renderer/src/db/importPlan'
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
  return t.rows.slice(0, n)
}

/** What planning `t` reads: the base (reps, counts) and the stored deals its records touch. */
async function existingFor(db: FieldbookDb, ctx: TestContext, t: ReturnType<typeof table>) {
  const request = await commitRequest(db, ctx, t)
  const role = await readDefaultRole(db)
  return db.transaction('r', IMPORT_TABLES, async () => {
    const existing = await loadExisting(db, request.decisions, role)
    const records = 'normalised' in request ? request.normalised.records : []
    const stored = await storedFor(db, request.decisions, records)
    return { request, existing, stored }
  })
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

  it('opportunities: only the stored deals of the same CRM with the file’s ids', async () => {
    const ctx = testContext()
    db = await withDeals(ctx)
    const { existing, stored } = await existingFor(db, ctx, TWO_DEALS)
    expect(existing.opportunities).toEqual([])
    expect(stored.map((o) => [o.source, o.crmId])).toEqual([
      ['hubspot', '101'],
      ['hubspot', '102']
    ])
    expect(existing.opportunitiesInFamily).toBe(3)
    expect(existing.activities).toEqual([])
    ctx.advance(86_400_000)
    const { changes } = await commitImport(db, ctx, await commitRequest(db, ctx, TWO_DEALS))
    expect(changes.counts).toMatchObject({ created: 0, unchanged: 2 })
    expect(changes.notes).toContain(
      '1 opportunity from earlier imports is not in this file and was left as it was.'
    )
  })

  it('opportunities: a file with more ids than the table reads the table once, the same way', async () => {
    const ctx = testContext()
    db = await workspaceDb(ctx)
    await commitImport(db, ctx, await commitRequest(db, ctx, table([HEADER, ...rowsOf(DEALS, 1)])))
    const { existing, stored } = await existingFor(db, ctx, DEALS)
    expect(stored.map((o) => o.crmId)).toEqual(['101'])
    expect(existing.opportunitiesInFamily).toBe(1)
  })

  it('activities: only the deals they link to (any CRM), and they link to them', async () => {
    const ctx = testContext()
    db = await withDeals(ctx)
    await db.opportunities.update('pd-101', { crmId: '201' })
    const { stored } = await existingFor(db, ctx, ACTIVITIES)
    expect(stored.map((o) => [o.source, o.crmId])).toEqual([['hubspot', '101']])
    await commitImport(db, ctx, await commitRequest(db, ctx, ACTIVITIES))
    const acme = stored[0]!.id
    const written = (await db.activities.toArray()).sort((a, b) => a.date.localeCompare(b.date))
    expect(written.map((a) => a.opportunityId)).toEqual([acme, acme, undefined])
  })
})
