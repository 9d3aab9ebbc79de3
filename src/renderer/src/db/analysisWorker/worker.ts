import { DATABASE_NAME, openDatabase } from '../database'
import { SCHEMA_VERSIONS } from '../schema'
import { createAnalyst } from './analyst'
import type { AnalysisMessage, AnalysisRequest } from './protocol'

/**
 * The analysis worker (issue 18, part 4): a module Web Worker with its own connection to the
 * workspace database, started once per window by db/analysisWorker/client.ts. It reads only the
 * CRM history (no private text), so the workspace key never comes here: a sealed record read by
 * mistake fails (WorkspaceLockedError) instead of opening.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null
  postMessage(message: AnalysisMessage): void
}

const scope = self as unknown as WorkerScope

const db = openDatabase(DATABASE_NAME, SCHEMA_VERSIONS, undefined, { key: null, fromDevice: false })
// A restore, "start over" or a newer build replaces the database: let it, and open it again
// for the next question.
db.on('versionchange', () => {
  db.close({ disableAutoOpen: false })
})
// Open now, while the page loads, so Home's first question does not wait for it. A failure
// here is met again, and reported, by the first question.
db.open().catch(() => undefined)

// Home shows from stored answers; the history is read a few seconds later for what comes next.
const analyst = createAnalyst(db, { warmUpMs: 3_000 })

scope.onmessage = ({ data: { id, question } }) => {
  analyst
    .answer(question)
    // Once more on a failure: the database may have been closed under the question (a restore
    // or "start over" in the window) and opens again for the second try.
    .catch(() => analyst.answer(question))
    .then(
      ({ value, from }) => scope.postMessage({ id, answer: value, from }),
      (error: unknown) =>
        scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
    )
}
