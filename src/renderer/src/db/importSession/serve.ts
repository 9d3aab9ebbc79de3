import type { SessionMessage, SessionRequest } from './protocol'
import { describeFailure, type ImportSession } from './session'

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
        onProgress: (progress) => post({ type: 'progress', id, progress })
      })
      .then(
        (answer) => post({ type: 'answer', id, answer } as SessionMessage),
        (error: unknown) => post({ type: 'failed', id, failure: describeFailure(error) })
      )
      .finally(() => running.delete(id))
  }
}
