import type { SessionMessage, SessionRequest, WorkProgress } from './protocol'
import { describeFailure, type ImportSession } from './session'

/** The least time between two progress messages to the page. */
export const PROGRESS_EVERY_MS = 250

function isLast(progress: WorkProgress): boolean {
  return progress.phase === 'writing'
    ? progress.written >= progress.total
    : progress.bytesRead >= progress.totalBytes
}

/**
 * Progress at the page's pace: each message is a render, layout and paint of the Import screen
 * on the page's thread, which competes for the CPU with this worker and IndexedDB while a big
 * file is written (a slice of 500 records every 100–150 ms). At most one message per
 * `everyMs`, and always the last step of a phase, so the bar ends full.
 */
export function pacedProgress(
  post: (progress: WorkProgress) => void,
  everyMs = PROGRESS_EVERY_MS,
  now: () => number = () => performance.now()
): (progress: WorkProgress) => void {
  let last = -Infinity
  return (progress) => {
    const at = now()
    if (at - last < everyMs && !isLast(progress)) return
    last = at
    post(progress)
  }
}

/**
 * The worker's message loop, apart from the worker so tests run it in-process: each question
 * runs with its own AbortController (a `cancel` for its id aborts it) and ends with one
 * `answer` or `failed` message, after any `progress`.
 */
export function serveImportSession(
  session: ImportSession,
  post: (message: SessionMessage) => void
): (request: SessionRequest) => void {
  const running = new Map<number, AbortController>()
  return (request) => {
    if (request.type === 'cancel') {
      running.get(request.id)?.abort()
      return
    }
    const { id, question } = request
    const abort = new AbortController()
    running.set(id, abort)
    session
      .ask(question, {
        signal: abort.signal,
        onProgress: pacedProgress((progress) => post({ type: 'progress', id, progress }))
      })
      .then(
        (answer) => post({ type: 'answer', id, answer } as SessionMessage),
        (error: unknown) => post({ type: 'failed', id, failure: describeFailure(error) })
      )
      .finally(() => running.delete(id))
  }
}
