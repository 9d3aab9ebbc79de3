import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { createAnalyst } from '../../src/renderer/src/db/analysisWorker/analyst'
import {
  analysisFailedMessage,
  connectAnalyst,
  type AnalysisWorkerLike
} from '../../src/renderer/src/db/analysisWorker/client'
import type {
  AnalysisMessage,
  AnalysisRequest
} from '../../src/renderer/src/db/analysisWorker/protocol'
import { uniqueDbName } from './upgradeHarness'

const opened: FieldbookDb[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

/**
 * A worker in this thread: the analyst on its own connection, answering through the same
 * messages the real worker posts (structured-cloned, as postMessage would).
 */
function inThreadWorkers() {
  const started: { worker: AnalysisWorkerLike; die(): void; terminated: boolean }[] = []
  const create = (): AnalysisWorkerLike => {
    const db = openDatabase(uniqueDbName('client'))
    opened.push(db)
    const analyst = createAnalyst(db)
    const entry = {
      terminated: false,
      die: () => worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent),
      worker: undefined as unknown as AnalysisWorkerLike
    }
    const worker: AnalysisWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage({ id, question }: AnalysisRequest) {
        void analyst.answer(question).then(({ value, from }) => {
          const message: AnalysisMessage = structuredClone({ id, answer: value, from })
          if (!entry.terminated)
            worker.onmessage?.({ data: message } as MessageEvent<AnalysisMessage>)
        })
      },
      terminate() {
        entry.terminated = true
      }
    }
    entry.worker = worker
    started.push(entry)
    return worker
  }
  return { create, started }
}

describe('the page’s analysis client', () => {
  it('answers each question through the worker, started once', async () => {
    const workers = inThreadWorkers()
    const sources: string[] = []
    const client = connectAnalyst(workers.create, (from) => sources.push(from))
    const calendar = await client.ask({ kind: 'calendar', today: '2026-12-06' })
    expect(calendar).toEqual({ days: [], calendar: { fiscalYearStartMonth: 1 } })
    await client.ask({ kind: 'calendar', today: '2026-12-06' })
    expect(workers.started).toHaveLength(1)
    expect(sources).toEqual(['computed', 'memory'])
    client.close()
  })

  it('a worker that dies answers its open questions with a sentence, and the next question starts a new one', async () => {
    const workers = inThreadWorkers()
    const client = connectAnalyst(workers.create)
    const asked = client.ask({ kind: 'calendar', today: '2026-12-06' })
    workers.started[0]?.die()
    await expect(asked).rejects.toThrow(analysisFailedMessage)
    expect(workers.started[0]?.terminated).toBe(true)
    await expect(client.ask({ kind: 'calendar', today: '2026-12-06' })).resolves.toMatchObject({
      days: []
    })
    expect(workers.started).toHaveLength(2)
    client.close()
  })
})
