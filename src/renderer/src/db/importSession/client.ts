import { ImportCancelledError, ImportFileError } from '@shared/import/table'
import type {
  ImportAnswers,
  ImportQuestion,
  SessionFailure,
  SessionMessage,
  SessionRequest,
  WorkProgress
} from './protocol'

/**
 * The page's side of the import worker: each question is a promise, progress comes through a
 * callback, an AbortSignal cancels, and a worker that dies (out of memory, a bug) rejects every
 * open question with a sentence instead of leaving the screen waiting.
 */

/** The parts of a DOM Worker the session uses (a real Worker satisfies it). */
export interface SessionWorkerLike {
  onmessage: ((event: MessageEvent<SessionMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(message: SessionRequest, transfer?: Transferable[]): void
  terminate(): void
}

/** A preview a newer one replaced: the store drops it quietly. */
export class PreviewSupersededError extends Error {
  constructor() {
    super('A newer preview replaced this one.')
    this.name = 'PreviewSupersededError'
  }
}

export const sessionFailedMessage =
  'The import stopped before the end (the file may be too large for this computer, or damaged). Nothing was imported. Export a shorter date range, or save it as CSV, and try again.'

function toError(failure: SessionFailure): Error {
  switch (failure.kind) {
    case 'file':
      return new ImportFileError(failure.message, failure.fileName, failure.row)
    case 'cancelled':
      return new ImportCancelledError()
    case 'superseded':
      return new PreviewSupersededError()
    case 'message':
      return new Error(failure.message)
  }
}

interface Open {
  resolve: (answer: unknown) => void
  reject: (error: Error) => void
  onProgress?: (progress: WorkProgress) => void
}

export interface AskOptions {
  signal?: AbortSignal
  onProgress?: (progress: WorkProgress) => void
}

export function connectImportSession(createWorker: () => SessionWorkerLike) {
  let worker: SessionWorkerLike | null = null
  let nextId = 1
  const open = new Map<number, Open>()

  function failAll(error: Error): void {
    for (const pending of open.values()) pending.reject(error)
    open.clear()
  }

  function started(): SessionWorkerLike {
    if (worker) return worker
    const w = createWorker()
    w.onmessage = ({ data: message }) => {
      const pending = open.get(message.id)
      if (!pending) return
      if (message.type === 'progress') pending.onProgress?.(message.progress)
      else {
        open.delete(message.id)
        if (message.type === 'answer') pending.resolve(message.answer)
        else pending.reject(toError(message.failure))
      }
    }
    w.onerror = (event) => {
      event.preventDefault()
      console.error('Import worker failed', event.message)
      failAll(new Error(sessionFailedMessage))
      close()
    }
    worker = w
    return w
  }

  function ask<K extends ImportQuestion['kind']>(
    question: Extract<ImportQuestion, { kind: K }>,
    { signal, onProgress }: AskOptions = {}
  ): Promise<ImportAnswers[K]> {
    if (signal?.aborted) return Promise.reject(new ImportCancelledError())
    const w = started()
    const id = nextId++
    return new Promise<ImportAnswers[K]>((resolve, reject) => {
      const onAbort = () => w.postMessage({ type: 'cancel', id })
      signal?.addEventListener('abort', onAbort, { once: true })
      const done = () => signal?.removeEventListener('abort', onAbort)
      open.set(id, {
        resolve: (answer) => {
          done()
          resolve(answer as ImportAnswers[K])
        },
        reject: (error) => {
          done()
          reject(error)
        },
        onProgress
      })
      // A file's bytes move to the worker instead of being copied.
      const asked = question as ImportQuestion
      const transfer =
        asked.kind === 'open' &&
        asked.source.kind === 'bytes' &&
        asked.source.bytes instanceof ArrayBuffer
          ? [asked.source.bytes]
          : []
      w.postMessage({ type: 'ask', id, question }, transfer)
    })
  }

  /** Ends the session: the worker and the rows it held go. */
  function close(): void {
    if (!worker) return
    worker.onmessage = null
    worker.onerror = null
    worker.terminate()
    worker = null
    failAll(new ImportCancelledError())
  }

  return { ask, close }
}

export type ImportSessionClient = ReturnType<typeof connectImportSession>
