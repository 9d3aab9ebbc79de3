import type { FieldbookDb } from '../../src/renderer/src/db/database'
import type { SessionWorkerLike } from '../../src/renderer/src/db/importSession/client'
import type {
  SessionMessage,
  SessionRequest
} from '../../src/renderer/src/db/importSession/protocol'
import { serveImportSession } from '../../src/renderer/src/db/importSession/serve'
import { createImportSession } from '../../src/renderer/src/db/importSession/session'
import type { RepositoryContext } from '../../src/renderer/src/db/repository'

/**
 * The import worker in-process: the same session and message loop as worker.ts, with every
 * message structured-cloned (transfers included) and delivered on a later task, as a real
 * Worker would. `crash()` fires the worker's error event (a worker that ran out of memory).
 */
export function inProcessWorker(db: FieldbookDb, ctx: RepositoryContext) {
  const made: (SessionWorkerLike & { crash(): void; terminated: boolean })[] = []
  const createWorker = () => {
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
    const worker = {
      onmessage: null as SessionWorkerLike['onmessage'],
      onerror: null as SessionWorkerLike['onerror'],
      terminated: false,
      postMessage(message: SessionRequest, transfer: Transferable[] = []) {
        const request = structuredClone(message, { transfer })
        setTimeout(() => {
          if (!worker.terminated) serve(request)
        })
      },
      terminate() {
        worker.terminated = true
      },
      crash() {
        const event = { message: 'out of memory', preventDefault: () => undefined }
        worker.onerror?.(event as ErrorEvent)
      }
    }
    const serve = serveImportSession(createImportSession({ db, ctx, pause }), (reply) => {
      const data = structuredClone(reply)
      setTimeout(() => {
        if (!worker.terminated) worker.onmessage?.({ data } as MessageEvent<SessionMessage>)
      })
    })
    made.push(worker)
    return worker
  }
  return { createWorker, made }
}
