/**
 * The app's own records for the browser case's files, as the commit writes them: the app's
 * reader and planner (Node, a new team in fake-indexeddb), the deals first, then the
 * activities linked to them. Written once per bench invocation as JSON next to the CSV files,
 * so a page can write them bare into the app's schema (browserFloor.ts, `appRecordsRun`): what
 * IndexedDB costs for these records before any app code runs.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import {
  analyseTable,
  normaliseTable,
  planImportChanges,
  proposedDecisions,
  type ImportContext
} from '@shared/import'
import { readTable } from '@shared/import/read'
import { openDatabase, type FieldbookDb } from '@renderer/db/database'
import { ownTeamWorkspace } from '@renderer/db/firstRun'
import { importIds, newImportId } from '@renderer/db/importIds'
import { readDefaultRole, readForPlanning } from '@renderer/db/importRepository'
import type { RepositoryContext } from '@renderer/db/repository'
import { SCHEMA_VERSIONS } from '@renderer/db/schema'
import { replaceWorkspace } from '@renderer/db/workspace'
import type { Opportunity, Rep } from '@shared/domain'
import type { BenchFile } from './browserPipeline'

export interface AppRecordsFile {
  /** The file served under /__bench/. */
  fileName: string
  path: string
  table: BenchFile['kind']
  /** The table's index definition in the app's latest schema version (Dexie syntax). */
  stores: string
  count: number
}

/** The latest schema's definition of a table. */
export function appStores(table: string): string {
  for (const version of [...SCHEMA_VERSIONS].reverse()) {
    const stores = (version.stores as Record<string, string | null | undefined>)[table]
    if (typeof stores === 'string') return stores
  }
  throw new Error(`no table ${table} in the schema`)
}

async function importContext(db: FieldbookDb, reps: Rep[]): Promise<ImportContext> {
  const process = (await db.salesProcesses.toArray())[0]
  if (!process) throw new Error('the workspace has no sales process')
  return {
    reps,
    process,
    savedMappings: [],
    currency: 'USD',
    today: new Date().toISOString().slice(0, 10)
  }
}

/** Plans both files as a new team would import them, and writes each file's new records as JSON. */
export async function writeAppRecords(files: BenchFile[]): Promise<AppRecordsFile[]> {
  const db = openDatabase('bench-records', SCHEMA_VERSIONS, {
    indexedDB: new IDBFactory(),
    IDBKeyRange
  })
  const ctx: RepositoryContext = {
    clock: { now: () => new Date() },
    newId: () => crypto.randomUUID()
  }
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  const role = await readDefaultRole(db)
  let reps: Rep[] = []
  let deals: Opportunity[] = []
  const written: AppRecordsFile[] = []
  try {
    for (const file of files) {
      const table = await readTable(new Uint8Array(readFileSync(file.path)), file.fileName)
      const importCtx = await importContext(db, reps)
      const decisions = proposedDecisions(analyseTable(table, importCtx), importCtx)
      const normalised = normaliseTable(table, decisions)
      const { existing } = await db.transaction('r', db.tables, () =>
        readForPlanning(db, decisions, role, normalised.records.length)
      )
      const importId = newImportId(ctx)
      const changes = planImportChanges(
        normalised,
        decisions,
        { ...existing, reps, opportunities: deals },
        { clock: ctx.clock, newId: importIds(importId), importId }
      )
      reps = [...reps, ...changes.reps.create]
      const records =
        file.kind === 'opportunities' ? changes.opportunities.create : changes.activities.create
      if (file.kind === 'opportunities') deals = changes.opportunities.create
      if (records.length !== file.rows) {
        throw new Error(
          `${file.fileName}: the app planned ${records.length} of ${file.rows} records`
        )
      }
      const out = `${file.path}.records.json`
      writeFileSync(out, JSON.stringify(records))
      written.push({
        fileName: `${file.fileName}.records.json`,
        path: out,
        table: file.kind,
        stores: appStores(file.kind),
        count: records.length
      })
    }
  } finally {
    db.close()
  }
  return written
}
