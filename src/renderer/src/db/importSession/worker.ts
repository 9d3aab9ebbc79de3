import type { Clock, IdGenerator } from '@shared/domain'
import { DATABASE_NAME, openDatabase } from '../database'
import { SCHEMA_VERSIONS } from '../schema'
import type { SessionMessage, SessionRequest } from './protocol'
import { serveImportSession } from './serve'
import { createImportSession } from './session'

/**
 * The import worker (issue 18): a module Web Worker with its own connection to the workspace
 * database, started by `startImportSession()` in db/imports.ts for one import screen's files.
 * The tables an import reads and writes hold no private text, so the workspace key never
 * comes here: a sealed record read by mistake fails (WorkspaceLockedError) instead of opening.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<SessionRequest>) => void) | null
  postMessage(message: SessionMessage): void
  close(): void
}

const scope = self as unknown as WorkerScope
const clock: Clock = { now: () => new Date() }
const newId: IdGenerator = () => crypto.randomUUID()

const db = openDatabase(DATABASE_NAME, SCHEMA_VERSIONS, undefined, { key: null, fromDevice: false })
// A restore, "start over" or a newer build replaces the database: let it, and stop here.
db.on('versionchange', () => {
  db.close()
  scope.close()
})

const serve = serveImportSession(createImportSession({ db, ctx: { clock, newId } }), (message) =>
  scope.postMessage(message)
)
scope.onmessage = ({ data: request }) => serve(request)
