import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import type { CommitRequest } from '../../src/renderer/src/db/importRepository'
import { IMPORT_TABLES } from '../../src/renderer/src/db/importPlan'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import {
  analyseTable,
  normaliseTable,
  proposedDecisions,
  type ImportDecisions,
  type ParsedTable
} from '../../src/shared/import'
import { createDefaultSalesProcess } from '../../src/shared/defaults/salesProcess'
import { table } from '../shared/import/pipelineSupport'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

/** An own-team workspace and commit requests for files, for the import commit tests. */

export type TestContext = ReturnType<typeof testContext>

export async function workspaceDb(ctx: TestContext): Promise<FieldbookDb> {
  const db = openDatabase(uniqueDbName())
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  return db
}

export async function commitRequest(
  db: FieldbookDb,
  ctx: TestContext,
  t: ParsedTable,
  change: (d: ImportDecisions) => ImportDecisions = (d) => d
): Promise<CommitRequest> {
  const importCtx = {
    reps: await db.reps.toArray(),
    process: (await db.salesProcesses.toArray())[0] ?? createDefaultSalesProcess('p', 'x'),
    savedMappings: await db.importMappings.toArray(),
    currency: 'USD',
    today: ctx.clock.now().toISOString().slice(0, 10)
  }
  const analysis = analyseTable(t, importCtx)
  const decisions = change(proposedDecisions(analysis, importCtx))
  const normalised = normaliseTable(t, decisions)
  return { fileName: t.fileName, headers: t.headers, analysis, decisions, normalised }
}

/** Every table an import writes, as stored, to compare before and after. */
export async function importTables(db: FieldbookDb): Promise<Record<string, unknown[]>> {
  const names = IMPORT_TABLES
  const entries = await Promise.all(
    names.map(async (n) => [n, await db.table(n).orderBy('id').toArray()] as const)
  )
  return Object.fromEntries(entries)
}

/** A HubSpot deals file, and a newer export of it: one deal moved, one pushed, one new. */
export const HEADER = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner']
export const FIRST = table([
  HEADER,
  ['101', 'Acme', 'appointmentscheduled', '1000', '2026-12-01', 'Jane Doe'],
  ['102', 'Globex', 'qualifiedtobuy', '5000', '2026-12-15', 'Jane Doe']
])
export const NEWER = table([
  HEADER,
  ['101', 'Acme', 'presentationscheduled', '1000', '2026-12-01', 'Jane Doe'],
  ['102', 'Globex', 'qualifiedtobuy', '5000', '2027-01-15', 'Jane Doe'],
  ['103', 'Initech', 'appointmentscheduled', '700', '2027-02-01', 'Sam Lee']
])
