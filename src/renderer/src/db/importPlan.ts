import Dexie from 'dexie'
import { CrmSource, type Opportunity, type WorkspaceTableName } from '@shared/domain'
import {
  canonicalCrmId,
  ImportCancelledError,
  planImportChangesInSlices,
  sourceFamily,
  type Existing,
  type ImportChangeSet,
  type ImportDecisions,
  type ImportedActivity,
  type ImportedOpportunity,
  type Imported,
  type Normalised
} from '@shared/import'
import { ValidationError } from '@shared/validation'
import type { FieldbookDb } from './database'
import { importIds } from './importIds'
import { stampOf } from './importStamp'
import type { RepositoryContext } from './repository'

/**
 * Planning an import: the change set worked out against the stored records the file can touch,
 * in a read-only transaction (so screens keep reading while it runs). The commit checks the
 * plan's stamp inside its own transaction and writes the plan when nothing it read has moved.
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

export interface PlanRequest {
  decisions: ImportDecisions
  normalised: Normalised<Imported>
}

export interface PlannedImport {
  changes: ImportChangeSet
  /** What the plan read, summed up (importStamp.ts); the commit compares it with the store. */
  stamp: string
  importId: string
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
 * (few), and of the big tables only what the file can touch. Opportunities: the file's CRM ids
 * in its CRM family. Activities: the opportunities they link to (any CRM), and the stored
 * activities (activities have no CRM-id index; a schema version for one is not worth it yet).
 */
export async function loadExisting(
  db: FieldbookDb,
  request: PlanRequest,
  role: DefaultRole
): Promise<Existing> {
  const { decisions, normalised } = request
  const family = CrmSource.options.filter((s) => sourceFamily(s) === sourceFamily(decisions.source))
  const reps = await db.reps.toArray()
  const existing: Existing = {
    reps,
    opportunities: [],
    activities: [],
    manualMeasures: [],
    ...role
  }
  if (decisions.kind === 'opportunities') {
    const ids = new Set((normalised.records as ImportedOpportunity[]).map((r) => r.crmId))
    existing.opportunities = await opportunitiesByCrmId(db, family, ids)
    existing.opportunitiesInFamily = await familyCount(db, family)
  } else if (decisions.kind === 'activities') {
    const ids = new Set<string>()
    for (const r of normalised.records as ImportedActivity[]) {
      if (!r.opportunityCrmId) continue
      ids.add(r.opportunityCrmId)
      ids.add(canonicalCrmId(r.opportunityCrmId, SALESFORCE_ID))
    }
    existing.opportunities = await opportunitiesByCrmId(db, CrmSource.options, ids)
    existing.activities = await db.activities.toArray()
  } else if (decisions.kind === 'manualMeasures') {
    existing.manualMeasures = await db.manualMeasures.toArray()
  }
  return existing
}

/** The change set against `existing`, pausing (and checking the signal) every few rows. */
export function planChanges(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: PlanRequest,
  importId: string,
  existing: Existing,
  signal?: AbortSignal
): Promise<ImportChangeSet> {
  return planImportChangesInSlices(
    request.normalised,
    request.decisions,
    existing,
    { clock: ctx.clock, newId: importIds(ctx, importId), importId },
    pauseFor(db, signal)
  )
}

/** The change set for a file, planned in a read-only transaction; commitImport can reuse it. */
export async function planImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: PlanRequest,
  importId: string,
  options: { signal?: AbortSignal } = {}
): Promise<PlannedImport> {
  throwIfCancelled(options.signal)
  return db.transaction('r', [...IMPORT_TABLES, 'roles'], async () => {
    const role = await readDefaultRole(db)
    const existing = await loadExisting(db, request, role)
    const stamp = await stampOf(db, request, existing)
    const changes = await planChanges(db, ctx, request, importId, existing, options.signal)
    return { changes, stamp, importId }
  })
}
