import type { AnalysisMessage, AnalysisQuestion, AnalysisRequest, AnswerTo } from './protocol'

/**
 * The page's side of the analysis worker: each question is a promise. A worker that dies (out
 * of memory, a bug) rejects its open questions with a sentence, and the next question starts a
 * new one.
 */

/** The parts of a DOM Worker the client uses (a real Worker satisfies it). */
export interface AnalysisWorkerLike {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(message: AnalysisRequest): void
  terminate(): void
}

export const analysisFailedMessage =
  'Working out the analysis stopped before the end (this computer may be short of memory). Reload Fieldbook to try again.'

export interface AnalysisClient {
  /** Starts the worker now rather than with the first question. */
  start(): void
  ask<Q extends AnalysisQuestion>(question: Q): Promise<AnswerTo<Q>>
  close(): void
}

interface Open {
  resolve: (answer: unknown) => void
  reject: (error: Error) => void
}

export function connectAnalyst(
  createWorker: () => AnalysisWorkerLike,
  onAnswer?: (from: string) => void
): AnalysisClient {
  let worker: AnalysisWorkerLike | undefined
  let nextId = 1
  const open = new Map<number, Open>()

  function started(): AnalysisWorkerLike {
    if (worker) return worker
    const w = createWorker()
    w.onmessage = ({ data }) => {
      const question = open.get(data.id)
      if (!question) return
      open.delete(data.id)
      if ('error' in data) question.reject(new Error(data.error))
      else {
        onAnswer?.(data.from)
        question.resolve(data.answer)
      }
    }
    w.onerror = (event) => {
      event.preventDefault?.()
      w.terminate()
      if (worker === w) worker = undefined
      const failed = [...open.values()]
      open.clear()
      for (const q of failed) q.reject(new Error(analysisFailedMessage))
    }
    worker = w
    return w
  }

  return {
    start() {
      started()
    },
    ask<Q extends AnalysisQuestion>(question: Q): Promise<AnswerTo<Q>> {
      return new Promise<AnswerTo<Q>>((resolve, reject) => {
        const id = nextId++
        open.set(id, { resolve: resolve as (answer: unknown) => void, reject })
        started().postMessage({ id, question })
      })
    },
    close() {
      worker?.terminate()
      worker = undefined
      for (const q of open.values()) q.reject(new Error(analysisFailedMessage))
      open.clear()
    }
  }
}
