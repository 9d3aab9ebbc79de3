import Dexie from 'dexie'
import { CrmSource, type Opportunity, type WorkspaceTableName } from '@shared/domain'
import {
  canonicalCrmId,
  ImportCancelledError,
  ImportPlanner,
  recordSlices,
  sourceFamily,
  tableSlices,
  type Existing,
  type ImportChangeSet,
  type ImportDecisions,
  type ImportedActivity,
  type ImportedOpportunity,
  type Imported,
  type ImportWrites,
  type Normalised,
  type ParsedTable,
  type RecordSlices,
  RECORDS_PER_SLICE,
  rowCount,
  writesIn
} from '@shared/import'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { importIds } from './importIds'
import type { RepositoryContext } from './repository'

/**
 * Planning an import: the change set worked out a slice at a time against the stored records
 * the file can touch, in a read-only transaction for the review (so screens keep reading while
 * it runs, and only the counts are kept), then again inside the commit's transaction, writing
 * each slice as it is planned: what is written always matches the data as it is then.
 */

/** Every table a commit writes (and reads). Settings and roles are not in it: see readRole. */
export const IMPORT_TABLES = [
  'reps',
  'opportunities',
  'opportunitySnapshots',
  'activities',
  'manualMeasures',
  'imports',
  'importMappings'
] as const satisfies readonly WorkspaceTableName[]

/** The file's rows: the parsed table (normalised a slice at a time) or records normalised before. */
export type ImportRows = { table: ParsedTable } | { normalised: Normalised<Imported> }

export type PlanRequest = { decisions: ImportDecisions } & ImportRows

/** The request's records, a slice at a time. */
export function slicesOf(request: PlanRequest): RecordSlices {
  return 'table' in request
    ? tableSlices(request.table, request.decisions)
    : recordSlices(request.normalised)
}

/** The role new reps get, read in its own short transaction so the commit's scope leaves it out. */
export interface DefaultRole {
  defaultRoleId: string
  defaultRampMonths?: number
}

export async function readDefaultRole(db: FieldbookDb): Promise<DefaultRole> {
  const role = await db.roles.toCollection().first()
  if (!role) {
    throw new ValidationError('Add a role on the Team screen before importing: new reps need one.')
  }
  return { defaultRoleId: role.id, defaultRampMonths: role.defaultRampMonths }
}

/**
 * A pause for long work inside a transaction: a tiny IndexedDB read lets the page handle input
 * in between and (unlike a timer) keeps the transaction open. A cancelled signal stops there.
 */
export function pauseFor(db: FieldbookDb, signal?: AbortSignal): () => Promise<unknown> {
  return () => {
    throwIfCancelled(signal)
    return db.imports.get('keep-alive')
  }
}

/** Cancelling throws ImportCancelledError; inside a transaction that aborts it. */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ImportCancelledError()
}

const SALESFORCE_ID = 'salesforceExport'

/** The stored opportunities with these CRM ids under these sources, by the `[source+crmId]` index. */
function opportunitiesByCrmId(
  db: FieldbookDb,
  sources: readonly CrmSource[],
  crmIds: Set<string>
): Promise<Opportunity[]> {
  const keys = sources.flatMap((source) => [...crmIds].map((id) => [source, id]))
  if (keys.length === 0) return Promise.resolve([])
  return db.opportunities.where('[source+crmId]').anyOf(keys).toArray()
}

/** Every stored opportunity under these sources (a big list: joined, never spread into a call). */
async function opportunitiesOf(
  db: FieldbookDb,
  sources: readonly CrmSource[]
): Promise<Opportunity[]> {
  if (sources.length === CrmSource.options.length) return db.opportunities.toArray()
  let all: Opportunity[] = []
  for (const source of sources) {
    const ones = await db.opportunities
      .where('[source+crmId]')
      .between([source, Dexie.minKey], [source, Dexie.maxKey])
      .toArray()
    all = all.length === 0 ? ones : all.concat(ones)
  }
  return all
}

async function familyCount(db: FieldbookDb, sources: readonly CrmSource[]): Promise<number> {
  let total = 0
  for (const source of sources) {
    total += await db.opportunities
      .where('[source+crmId]')
      .between([source, Dexie.minKey], [source, Dexie.maxKey])
      .count()
  }
  return total
}

/** What planning reads before the first slice, and how it reads the stored deals after that. */
export interface PlanReads {
  existing: Existing
  /** The stored deals a slice of records can touch (none when all were read up front). */
  storedFor(records: readonly Imported[]): Promise<Opportunity[]>
}

/**
 * What the change set is compared against, read inside the caller's transaction before
 * anything is written: all reps (few), the stored activities for an activities file (they have
 * no CRM-id index; a schema version for one is not worth it yet), the manual measures for a
 * measures file, and the stored deals the file can touch: a deals file's CRM family, or any
 * CRM's for the deals an activities file links to. A commit's own writes are never read back
 * (a CRM id is in a file once).
 *
 * Those deals are read once here when that is cheaper than looking each slice's ids up by the
 * index: for a deals file, when there are no more of them than a slice names ids (so what is
 * held stays small); for an activities file, when the file names at least as many ids as there
 * are (one sequential read; an activities file links to deals, so it is big when they are).
 * Otherwise each slice reads its own.
 */
export async function readForPlanning(
  db: FieldbookDb,
  decisions: ImportDecisions,
  role: DefaultRole,
  rows: number
): Promise<PlanReads> {
  const existing: Existing = {
    reps: await db.reps.toArray(),
    opportunities: [],
    activities: [],
    manualMeasures: [],
    ...role
  }
  const none = async (): Promise<Opportunity[]> => []
  if (decisions.kind === 'manualMeasures') {
    existing.manualMeasures = await db.manualMeasures.toArray()
  }
  if (decisions.kind !== 'opportunities' && decisions.kind !== 'activities') {
    return { existing, storedFor: none }
  }
  const sources = decisions.kind === 'opportunities' ? familyOf(decisions) : CrmSource.options
  const stored = await familyCount(db, sources)
  if (decisions.kind === 'opportunities') existing.opportunitiesInFamily = stored
  else existing.activities = await db.activities.toArray()
  const upFront =
    decisions.kind === 'opportunities'
      ? stored <= RECORDS_PER_SLICE * sources.length
      : rows * 2 * sources.length >= stored
  if (upFront) {
    existing.opportunities = stored === 0 ? [] : await opportunitiesOf(db, sources)
    return { existing, storedFor: none }
  }
  return {
    existing,
    storedFor: (records) => opportunitiesByCrmId(db, sources, crmIdsIn(decisions, records))
  }
}

const familyOf = (decisions: ImportDecisions): CrmSource[] =>
  CrmSource.options.filter((s) => sourceFamily(s) === sourceFamily(decisions.source))

/** The CRM ids a slice names: a deals file's own, or the deals an activities file links to. */
function crmIdsIn(decisions: ImportDecisions, records: readonly Imported[]): Set<string> {
  if (decisions.kind === 'opportunities') {
    return new Set((records as ImportedOpportunity[]).map((r) => r.crmId))
  }
  const ids = new Set<string>()
  for (const r of records as ImportedActivity[]) {
    if (!r.opportunityCrmId) continue
    ids.add(r.opportunityCrmId)
    ids.add(canonicalCrmId(r.opportunityCrmId, SALESFORCE_ID))
  }
  return ids
}

export interface SliceOptions {
  signal?: AbortSignal
  /**
   * Writes each slice's records inside the caller's read-write transaction. Without it the
   * writes are kept in the change set (`keepWrites`, for a preview that lists them) or dropped.
   */
  write?: (writes: ImportWrites) => Promise<void>
  keepWrites?: boolean
  /** Between slices, after the worker's messages had their turn: throws to stop (a newer preview). */
  check?: () => void
}

export interface SlicedPlan {
  changes: ImportChangeSet
  /** Records the change set writes, reps included (import record and mapping not). */
  writes: number
}

/**
 * The change set worked out a slice of records at a time against what is stored, inside the
 * caller's transaction: for each slice, the stored deals it can touch are read, its records
 * planned, and its writes written (or dropped, counted). Pauses between slices let the
 * worker's messages in (a cancel: ImportCancelledError aborts the transaction).
 */
export async function planInSlices(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: PlanRequest,
  importId: string,
  role: DefaultRole,
  options: SliceOptions = {}
): Promise<SlicedPlan> {
  const { decisions } = request
  const rows = 'table' in request ? rowCount(request.table.rows) : request.normalised.records.length
  const { existing, storedFor } = await readForPlanning(db, decisions, role, rows)
  const planner = new ImportPlanner(decisions, existing, {
    clock: ctx.clock,
    newId: importIds(importId),
    importId
  })
  const pause = pauseFor(db, options.signal)
  const source = slicesOf(request)
  let writes = 0
  for (const records of source.slices()) {
    await pause()
    options.check?.()
    planner.know(await storedFor(records))
    planner.plan(records)
    if (options.keepWrites) continue
    const slice = planner.takeWrites()
    writes += writesIn(slice)
    await options.write?.(slice)
  }
  const changes = planner.finish(source.report())
  if (options.keepWrites) writes += writesIn(changes)
  return { changes, writes: writes + changes.reps.create.length + changes.reps.update.length }
}

/** The change set for a file (every write kept), planned in a read-only transaction. */
export async function planImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: PlanRequest,
  importId: string,
  options: { signal?: AbortSignal } = {}
): Promise<ImportChangeSet> {
  throwIfCancelled(options.signal)
  return db.transaction('r', [...IMPORT_TABLES, 'roles'], async () => {
    const role = await readDefaultRole(db)
    const plan = await planInSlices(db, ctx, request, importId, role, {
      signal: options.signal,
      keepWrites: true
    })
    return plan.changes
  })
}
