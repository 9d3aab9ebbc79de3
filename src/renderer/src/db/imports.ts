import type { ImportRecord } from '@shared/domain'
import { db, repositoryContext } from '.'
import { undoLatestImport } from './importRepository'
import { connectImportSession, type ImportSessionClient } from './importSession/client'

/** The import wizard's reads and writes, on the app's database. */

/**
 * A session in the import worker (issue 18): the file's rows, its analysis, the preview and
 * the commit all happen off the page, on the worker's own connection to the workspace.
 */
export function startImportSession(): ImportSessionClient {
  return connectImportSession(
    () =>
      new Worker(new URL('./importSession/worker.ts', import.meta.url), {
        type: 'module',
        name: 'fieldbook-import-session'
      })
  )
}

/** Reverts the latest import (refused, with the reason, when it cannot be undone safely). */
export function undoLastImport(): Promise<ImportRecord> {
  return undoLatestImport(db, repositoryContext)
}
