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

/**
 * The stored opportunities with these CRM ids under these sources, by the `[source+crmId]`
 * index; when the file names more keys than the table holds, one sequential read is cheaper.
 */
async function opportunitiesByCrmId(
  db: FieldbookDb,
  sources: readonly CrmSource[],
  crmIds: Set<string>
): Promise<Opportunity[]> {
  const keys = sources.flatMap((source) => [...crmIds].map((id) => [source, id]))
  if (keys.length === 0) return []
  if (keys.length >= (await db.opportunities.count())) {
    const family = new Set(sources)
    return (await db.opportunities.toArray()).filter(
      (o) => family.has(o.source) && crmIds.has(o.crmId)
    )
  }
  return db.opportunities.where('[source+crmId]').anyOf(keys).toArray()
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

/**
 * What the change set is compared against, read inside the caller's transaction: all reps
 * (few), the stored activities for an activities file (they have no CRM-id index; a schema
 * version for one is not worth it yet), the manual measures for a measures file, and how many
 * deals of the file's CRM family are stored. The stored deals a slice can touch are read with
 * that slice (storedFor).
 */
export async function loadExisting(
  db: FieldbookDb,
  decisions: ImportDecisions,
  role: DefaultRole
): Promise<Existing> {
  const existing: Existing = {
    reps: await db.reps.toArray(),
    opportunities: [],
    activities: [],
    manualMeasures: [],
    ...role
  }
  if (decisions.kind === 'opportunities') {
    existing.opportunitiesInFamily = await familyCount(db, familyOf(decisions))
  } else if (decisions.kind === 'activities') {
    existing.activities = await db.activities.toArray()
  } else if (decisions.kind === 'manualMeasures') {
    existing.manualMeasures = await db.manualMeasures.toArray()
  }
  return existing
}

const familyOf = (decisions: ImportDecisions): CrmSource[] =>
  CrmSource.options.filter((s) => sourceFamily(s) === sourceFamily(decisions.source))

/**
 * The stored opportunities a slice of records can touch: a deals file's CRM ids in its CRM
 * family, or the deals an activities file links to (any CRM).
 */
export async function storedFor(
  db: FieldbookDb,
  decisions: ImportDecisions,
  records: readonly Imported[]
): Promise<Opportunity[]> {
  if (decisions.kind === 'opportunities') {
    const ids = new Set((records as ImportedOpportunity[]).map((r) => r.crmId))
    return opportunitiesByCrmId(db, familyOf(decisions), ids)
  }
  if (decisions.kind === 'activities') {
    const ids = new Set<string>()
    for (const r of records as ImportedActivity[]) {
      if (!r.opportunityCrmId) continue
      ids.add(r.opportunityCrmId)
      ids.add(canonicalCrmId(r.opportunityCrmId, SALESFORCE_ID))
    }
    return opportunitiesByCrmId(db, CrmSource.options, ids)
  }
  return []
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
  const existing = await loadExisting(db, decisions, role)
  const planner = new ImportPlanner(decisions, existing, {
    clock: ctx.clock,
    newId: importIds(ctx, importId),
    importId
  })
  const pause = pauseFor(db, options.signal)
  const source = slicesOf(request)
  let writes = 0
  for (const records of source.slices()) {
    await pause()
    options.check?.()
    planner.know(await storedFor(db, decisions, records))
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
