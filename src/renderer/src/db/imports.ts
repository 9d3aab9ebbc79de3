import type { ImportContext, ImportChangeSet } from '@shared/import'
import type { ImportRecord } from '@shared/domain'
import { db, repositoryContext } from '.'
import { loadImportContext } from './importContext'
import {
  commitImport,
  previewImport,
  undoLatestImport,
  type CommitRequest,
  type CommitResult
} from './importRepository'

/** The import wizard's reads and writes, on the app's database. */

/** What a file is compared against; `today` is the manager's calendar day. */
export function readImportContext(today: string): Promise<ImportContext> {
  return loadImportContext(db, today)
}

/** The change set the manager sees before committing. */
export function previewImportChanges(
  request: Pick<CommitRequest, 'decisions' | 'normalised'>
): Promise<ImportChangeSet> {
  return previewImport(db, repositoryContext, request)
}

/** Commits an import in one transaction. */
export function commitImportFile(request: CommitRequest): Promise<CommitResult> {
  return commitImport(db, repositoryContext, request)
}

/** Reverts the latest import (refused, with the reason, when it cannot be undone safely). */
export function undoLastImport(): Promise<ImportRecord> {
  return undoLatestImport(db, repositoryContext)
}
