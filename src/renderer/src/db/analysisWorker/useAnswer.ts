import { useEffect, useReducer } from 'react'
import { db } from '..'
import { readStamps, stampStores } from '../dataStamps'
import { sharedLiveRead } from '../sharedLive'
import { connectAnalyst, type AnalysisClient } from './client'
import { questionKey } from './keys'
import { CRM_TABLES, type AnalysisQuestion, type AnswerTo } from './protocol'

/** The window's analysis worker, started on the first question. */
let client: AnalysisClient | undefined

function analyst(): AnalysisClient {
  client ??= connectAnalyst(
    () =>
      new Worker(new URL('./worker.ts', import.meta.url), {
        type: 'module',
        name: 'fieldbook-analysis'
      }),
    // Counted by the benchmark (bench/coldStart.ts): where each answer came from.
    (from) => performance.mark(`fieldbook:analysis-${from}`)
  )
  return client
}

/**
 * Starts the worker with the app, so it loads and opens the database while the page does: Home's
 * first question then finds it ready.
 */
export function startAnalysisWorker(): void {
  analyst().start()
}

/**
 * The CRM tables' stamps, live: a new value after every write to them (db/dataStamps.ts), so
 * a screen asks the worker again exactly when its answer may have changed.
 */
export const useDataStamps = sharedLiveRead(
  () => db.transaction('r', stampStores(CRM_TABLES), () => readStamps(db, CRM_TABLES)),
  'the data stamps'
)

type Kept = { value: unknown } | { failed: true }

/** Answers this window received, by data stamps and question; the latest few. */
const kept = new Map<string, Kept>()
/** The latest answer to each question, whatever the data it was about. */
const latest = new Map<string, unknown>()
const asking = new Map<string, Promise<void>>()
const KEPT_ANSWERS = 48

function bounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key)
  map.set(key, value)
  while (map.size > KEPT_ANSWERS) map.delete(map.keys().next().value as string)
}

function ask(key: string, asked: string, question: AnalysisQuestion): Promise<void> {
  let pending = asking.get(key)
  if (!pending) {
    pending = analyst()
      .ask(question)
      .then(
        (value) => {
          bounded(kept, key, { value })
          bounded(latest, asked, value)
        },
        (error: unknown) => {
          console.error('The analysis failed', error)
          bounded(kept, key, { failed: true })
        }
      )
      .finally(() => asking.delete(key))
    asking.set(key, pending)
  }
  return pending
}

/**
 * The worker's answer to a question about the data as it is now (`stamps`); undefined while
 * it works. When the data moves (an edit, an import), the last answer to the same question
 * stays on screen until the new one comes.
 */
export function useAnswer<Q extends AnalysisQuestion>(
  question: Q | undefined,
  stamps: string | undefined
): AnswerTo<Q> | undefined {
  const asked = question && questionKey(question)
  const key = asked && stamps !== undefined ? `${stamps}#${asked}` : undefined
  const [, answered] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (!key || !asked || !question || kept.has(key)) return
    let open = true
    void ask(key, asked, question).then(() => open && answered())
    return () => {
      open = false
    }
    // The key identifies the question; the object is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  const got = key ? kept.get(key) : undefined
  if (got && 'value' in got) return got.value as AnswerTo<Q>
  return asked ? (latest.get(asked) as AnswerTo<Q> | undefined) : undefined
}
