import type { AnalysisQuestion } from './protocol'

/**
 * The answers a window received from the analysis worker, and the screens waiting on them.
 * useAnswer.ts reads it as an external store (React's useSyncExternalStore), so an answer
 * reaches every screen showing its question: one that opened after the question was asked
 * (Home asked, the manager went on to Team before the answer came), or one whose effect had not
 * run yet when it came.
 */

/** Answers kept per board: a session's periods, the dashboard's and the rep pages'. */
const KEPT_ANSWERS = 48

type Kept = { value: unknown } | { failed: true }

/**
 * `asked` is a question's key (keys.ts), whatever the data; `stamps` the data stamps it is
 * about (dataStamps.ts).
 */
export interface AnswerBoard {
  /** Asks the worker about the data as it is, once while it works and never again once answered. */
  ask(stamps: string, asked: string, question: AnalysisQuestion): void
  /** The answer for the data as it is, else the latest answer to the same question. */
  shown(stamps: string | undefined, asked: string): unknown
  /** Tells `listener` whenever an answer (or a failure) to the question comes. */
  subscribe(asked: string, listener: () => void): () => void
}

export interface BoardOptions {
  /** Called as a question goes to the worker and as its answer comes (the fixture counts them). */
  onAsk?: (kind: AnalysisQuestion['kind']) => void
  onAnswer?: (kind: AnalysisQuestion['kind']) => void
  onFailure?: (error: unknown) => void
}

export function createAnswerBoard(
  askWorker: (question: AnalysisQuestion) => Promise<unknown>,
  options: BoardOptions = {}
): AnswerBoard {
  /** Answers received, by data stamps and question; the latest few. */
  const kept = new Map<string, Kept>()
  /** The latest answer to each question, whatever the data it was about. */
  const latest = new Map<string, unknown>()
  const asking = new Set<string>()
  const waiting = new Map<string, Set<() => void>>()

  function bounded<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key)
    map.set(key, value)
    while (map.size > KEPT_ANSWERS) map.delete(map.keys().next().value as string)
  }

  function tell(asked: string): void {
    for (const listener of [...(waiting.get(asked) ?? [])]) listener()
  }

  return {
    ask(stamps, asked, question) {
      const key = `${stamps}#${asked}`
      if (asking.has(key) || kept.has(key)) return
      asking.add(key)
      options.onAsk?.(question.kind)
      askWorker(question)
        .then(
          (value) => {
            options.onAnswer?.(question.kind)
            bounded(kept, key, { value })
            bounded(latest, asked, value)
          },
          (error: unknown) => {
            options.onFailure?.(error)
            bounded(kept, key, { failed: true })
          }
        )
        .finally(() => {
          asking.delete(key)
          tell(asked)
        })
    },
    shown(stamps, asked) {
      const got = stamps === undefined ? undefined : kept.get(`${stamps}#${asked}`)
      if (got && 'value' in got) return got.value
      return latest.get(asked)
    },
    subscribe(asked, listener) {
      const listeners = waiting.get(asked) ?? new Set()
      listeners.add(listener)
      waiting.set(asked, listeners)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) waiting.delete(asked)
      }
    }
  }
}
