import type { ImportMapping, ImportRecord } from '@shared/domain'
import type {
  ImportAnalysis,
  ImportChangeSet,
  ImportDecisions,
  Imported,
  Normalised
} from '@shared/import'
import type { FieldbookDb } from './database'
import {
  IMPORT_TABLES,
  loadExisting,
  planChanges,
  planImport,
  readDefaultRole,
  throwIfCancelled,
  type PlannedImport,
  type PlanRequest
} from './importPlan'
import { stampOf } from './importStamp'
import {
  previousStateOf,
  recordsToWrite,
  writeChanges,
  WriteTracker,
  type WriteOptions
} from './importWrites'
import type { RepositoryContext } from './repository'

/**
 * Import commits (planning is in importPlan.ts, writing in importWrites.ts, undo in
 * importUndo.ts). A commit checks the plan it is given against the data as it is inside its
 * transaction (the plan's stamp) and works the change set out again when anything it read has
 * moved; then it writes everything and records how to undo it, all in one transaction: an
 * import is in the database completely or not at all. A cancelled signal aborts the
 * transaction between write slices, so nothing is written.
 */

export { latestUndoableImport, undoLatestImport } from './importUndo'
export {
  IMPORT_TABLES,
  loadExisting,
  planImport,
  readDefaultRole,
  type PlannedImport,
  type PlanRequest
}
export type { WriteProgress } from './importWrites'

export interface CommitRequest {
  fileName: string
  /** The file's header row, to save the mapping by header text. */
  headers: string[]
  analysis: ImportAnalysis
  decisions: ImportDecisions
  normalised: Normalised<Imported>
}

export interface CommitResult {
  record: ImportRecord
  changes: ImportChangeSet
}

export interface CommitOptions extends WriteOptions {
  /** A plan from planImport: written as it is when its stamp still matches the stored data. */
  planned?: PlannedImport
}

/** The change set the manager sees before committing, computed against the stored data. */
export async function previewImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: Pick<CommitRequest, 'decisions' | 'normalised'>
): Promise<ImportChangeSet> {
  return (await planImport(db, ctx, request, 'preview')).changes
}

export async function commitImport(
  db: FieldbookDb,
  ctx: RepositoryContext,
  request: CommitRequest,
  options: CommitOptions = {}
): Promise<CommitResult> {
  const { planned, signal } = options
  throwIfCancelled(signal)
  const role = await readDefaultRole(db)
  const importId = planned?.importId ?? ctx.newId()
  return db.transaction('rw', IMPORT_TABLES, async () => {
    const existing = await loadExisting(db, request, role)
    const stillHolds =
      planned !== undefined && (await stampOf(db, request, existing)) === planned.stamp
    const changes = stillHolds
      ? planned.changes
      : await planChanges(db, ctx, request, importId, existing, signal)
    const tracker = new WriteTracker(recordsToWrite(changes), options)
    await writeChanges(db, changes, tracker)
    const now = ctx.clock.now().toISOString()
    const record: ImportRecord = {
      id: importId,
      createdAt: now,
      updatedAt: now,
      fileName: request.fileName,
      kind: request.decisions.kind,
      source: request.decisions.source,
      importedAt: now,
      counts: changes.counts,
      notes: changes.notes,
      ...(changes.team ? { team: changes.team } : {}),
      undone: false,
      previousState: previousStateOf(changes)
    }
    await tracker.one(() => db.imports.add(record))
    await tracker.one(() => saveMapping(db, request, now, ctx))
    return { record, changes }
  })
}

/** Remembers the columns, stage names and date order for files with this header signature. */
async function saveMapping(
  db: FieldbookDb,
  request: CommitRequest,
  now: string,
  ctx: RepositoryContext
): Promise<void> {
  const { analysis, decisions } = request
  const columns = Object.fromEntries(
    Object.entries(decisions.columns).map(([field, index]) => [field, request.headers[index] ?? ''])
  )
  const stored = await db.importMappings.where('headerSignature').equals(analysis.signature).first()
  const mapping: ImportMapping = {
    id: stored?.id ?? ctx.newId(),
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    headerSignature: analysis.signature,
    source: decisions.source,
    kind: decisions.kind,
    columns,
    stageMap: decisions.stageMap,
    dateOrder: decisions.dateOrder
  }
  await db.importMappings.put(mapping)
}

/** What the latest people import (not undone) chose: whose team joined. */
export async function latestTeamChoice(db: FieldbookDb): Promise<ImportRecord['team']> {
  const all = await db.imports.orderBy('importedAt').reverse().toArray()
  return all.find((i) => !i.undone && i.kind === 'reps')?.team
}
