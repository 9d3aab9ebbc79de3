import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { db } from '..'
import { readStamps, stampStores } from '../dataStamps'
import { sharedLiveRead } from '../sharedLive'
import { createAnswerBoard } from './answerBoard'
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
export const useDataStamps = sharedLiveRead(async () => {
  const stamps = await db.transaction('r', stampStores(CRM_TABLES), () =>
    readStamps(db, CRM_TABLES)
  )
  performance.mark('fieldbook:data-stamps')
  return stamps
}, 'the data stamps')

/** The answers this window received, and the screens waiting on them. */
const board = createAnswerBoard((question) => analyst().ask(question), {
  // Counted by the end-to-end fixture's failure message (test/e2e/fixtures.ts): what the
  // window asked, and what came back.
  onAsk: (kind) => performance.mark(`fieldbook:analysis-asked:${kind}`),
  onAnswer: (kind) => performance.mark(`fieldbook:analysis-answered:${kind}`),
  onFailure: (error) => console.error('The analysis failed', error)
})

const nobody = () => () => {}

/**
 * The worker's answer to a question about the data as it is now (`stamps`); undefined while
 * it works. When the data moves (an edit, an import), the last answer to the same question
 * stays on screen until the new one comes.
 *
 * Read as an external store: an answer that comes between the render and the effect, or one a
 * screen that has since closed asked for (Home's, when the manager went on to Team), still
 * reaches the screen.
 */
export function useAnswer<Q extends AnalysisQuestion>(
  question: Q | undefined,
  stamps: string | undefined
): AnswerTo<Q> | undefined {
  const asked = question && questionKey(question)
  const subscribe = useCallback(
    (listener: () => void) => (asked ? board.subscribe(asked, listener) : nobody()),
    [asked]
  )
  const value = useSyncExternalStore(subscribe, () =>
    asked ? board.shown(stamps, asked) : undefined
  )
  useEffect(() => {
    if (asked && question && stamps !== undefined) board.ask(stamps, asked, question)
    // The stamps and the question's key identify it; the object is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stamps, asked])
  return value as AnswerTo<Q> | undefined
}
