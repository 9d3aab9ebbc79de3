import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import {
  PreviewSupersededError,
  connectImportSession,
  sessionFailedMessage
} from '../../src/renderer/src/db/importSession/client'
import { IMPORT_TABLES } from '../../src/renderer/src/db/importPlan'
import { undoLatestImport } from '../../src/renderer/src/db/importRepository'
import type { WorkProgress } from '../../src/renderer/src/db/importSession/protocol'
import { PROGRESS_EVERY_MS, pacedProgress } from '../../src/renderer/src/db/importSession/serve'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { ImportCancelledError, ImportFileError, proposedDecisions } from '../../src/shared/import'
import { PRIVATE_FIELDS } from '../../src/shared/privacy/privateFields'
import { testContext } from './fixtures'
import { inProcessWorker } from './importSessionHarness'
import { uniqueDbName } from './upgradeHarness'

/*
 * The import worker's session (issue 18), driven through the page's client exactly as the
 * Import screen drives it: the file's bytes go over, summaries and progress come back, and the
 * commit writes into the workspace database or, cancelled, leaves it as it was.
 */

const HEADER = 'Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner'

function dealsCsv(rows: number): ArrayBuffer {
  const lines = [HEADER]
  for (let i = 1; i <= rows; i++) {
    const owner = i % 2 === 0 ? 'Jane Doe' : 'Sam Lee'
    lines.push(
      `${1000 + i},Deal ${i},appointmentscheduled,${100 * i},2026-12-${String((i % 28) + 1).padStart(2, '0')},${owner}`
    )
  }
  return new TextEncoder().encode(lines.join('\n')).buffer as ArrayBuffer
}

let db: FieldbookDb
afterEach(() => db?.close())

async function setUp() {
  const ctx = testContext()
  db = openDatabase(uniqueDbName('import-session'))
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  const worker = inProcessWorker(db, ctx)
  return { ctx, worker, session: connectImportSession(worker.createWorker) }
}

async function opened(session: ReturnType<typeof connectImportSession>, rows: number) {
  const bytes = dealsCsv(rows)
  const open = await session.ask({
    kind: 'open',
    source: { kind: 'bytes', fileName: 'deals.csv', bytes },
    today: '2026-11-23'
  })
  expect(bytes.byteLength).toBe(0) // transferred, not copied
  return { ...open, decisions: proposedDecisions(open.analysis, open.context) }
}

describe('the import worker session', () => {
  it('reads, previews and commits a file; the page only gets summaries', async () => {
    const { session } = await setUp()
    const { table, analysis, decisions } = await opened(session, 3)
    expect(analysis.kind).toBe('opportunities')
    expect(table).toMatchObject({ fileName: 'deals.csv', rowCount: 3 })
    expect(table).not.toHaveProperty('rows')
    expect(table.columnSamples[1]).toEqual(['Deal 1', 'Deal 2', 'Deal 3'])
    const preview = await session.ask({ kind: 'preview', decisions })
    expect(preview.counts).toMatchObject({ created: 3, rejected: 0 })
    const progress: [number, number][] = []
    const record = await session.ask(
      { kind: 'commit' },
      { onProgress: (p) => p.phase === 'writing' && progress.push([p.written, p.total]) }
    )
    expect(record.counts.created).toBe(3)
    const [written, total] = progress.at(-1) ?? [0, 0]
    expect(written).toBe(total)
    expect(total).toBeGreaterThanOrEqual(3)
    expect((await db.opportunities.toArray()).map((o) => o.name).sort()).toEqual([
      'Deal 1',
      'Deal 2',
      'Deal 3'
    ])
    expect(await db.imports.count()).toBe(1)
  })

  it('a file of several slices: the commit plans and writes it slice by slice, to the review’s count', async () => {
    const { session, ctx } = await setUp()
    const { decisions } = await opened(session, 4500)
    const preview = await session.ask({ kind: 'preview', decisions })
    expect(preview.counts).toMatchObject({ created: 4500, rejected: 0 })
    const progress: [number, number][] = []
    const record = await session.ask(
      { kind: 'commit' },
      { onProgress: (p) => p.phase === 'writing' && progress.push([p.written, p.total]) }
    )
    expect(record.counts).toEqual(preview.counts)
    // The total is what the review counted: 4,500 deals, the reps it creates, the import
    // record and the mapping; it never moves while the bar fills.
    const totals = new Set(progress.map(([, total]) => total))
    const reps = preview.starts.length
    expect([...totals]).toEqual([4500 + reps + 2])
    expect(progress.at(-1)).toEqual([4500 + reps + 2, 4500 + reps + 2])
    expect(await db.opportunities.where('importId').equals(record.id).count()).toBe(4500)
    const names = new Set((await db.opportunities.toArray()).map((o) => o.name))
    expect(names.size).toBe(4500)
    // And it comes out again whole.
    ctx.advance(60_000)
    await undoLatestImport(db, ctx)
    expect(await db.opportunities.count()).toBe(0)
  })

  it('a file that is not a table is refused with the reader’s sentence', async () => {
    const { session } = await setUp()
    const empty = new ArrayBuffer(0)
    const answer = session.ask({
      kind: 'open',
      source: { kind: 'bytes', fileName: 'empty.csv', bytes: empty },
      today: '2026-11-23'
    })
    await expect(answer).rejects.toBeInstanceOf(ImportFileError)
    await expect(answer).rejects.toThrow('“empty.csv” is empty.')
  })

  it('a newer preview supersedes one still running; only the latest answers', async () => {
    const { session } = await setUp()
    const { decisions } = await opened(session, 2500)
    const first = session.ask({ kind: 'preview', decisions })
    const second = session.ask({ kind: 'preview', decisions: { ...decisions } })
    await expect(first).rejects.toBeInstanceOf(PreviewSupersededError)
    await expect(second).resolves.toMatchObject({ counts: { created: 2500 } })
  })

  it('cancelled mid-commit, nothing is written', async () => {
    const { session } = await setUp()
    const { decisions } = await opened(session, 5000)
    await session.ask({ kind: 'preview', decisions })
    const before = {
      reps: await db.reps.count(),
      opportunities: await db.opportunities.count(),
      imports: await db.imports.count()
    }
    const abort = new AbortController()
    const writing: [number, number][] = []
    const commit = session.ask(
      { kind: 'commit' },
      {
        signal: abort.signal,
        onProgress: (p) => {
          if (p.phase !== 'writing') return
          writing.push([p.written, p.total])
          abort.abort()
        }
      }
    )
    await expect(commit).rejects.toBeInstanceOf(ImportCancelledError)
    expect(writing.length).toBeGreaterThan(0)
    const [written, total] = writing[0] ?? [0, 0]
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(total)
    expect({
      reps: await db.reps.count(),
      opportunities: await db.opportunities.count(),
      imports: await db.imports.count()
    }).toEqual(before)
    // The file is still open: the manager can import it after all.
    await expect(session.ask({ kind: 'commit' })).resolves.toMatchObject({
      counts: { created: 5000 }
    })
  })

  it('lets go of the bytes it read from the file once they are decoded, and reads every row', async () => {
    // Node 20 has no ArrayBuffer.prototype.transfer; Chromium has. A stand-in that detaches.
    const proto = ArrayBuffer.prototype as { transfer?: (length: number) => ArrayBuffer }
    const had = Object.getOwnPropertyDescriptor(proto, 'transfer')
    const transfers: number[] = []
    proto.transfer = function (this: ArrayBuffer, length: number) {
      transfers.push(this.byteLength, length)
      structuredClone(this, { transfer: [this] })
      return new ArrayBuffer(length)
    }
    try {
      const { session } = await setUp()
      const file = new Blob([dealsCsv(300)])
      const open = await session.ask({
        kind: 'open',
        source: { kind: 'bytes', fileName: 'deals.csv', bytes: file },
        today: '2026-11-23'
      })
      expect(transfers).toEqual([file.size, 0])
      expect(open.table.rowCount).toBe(300)
      expect(open.table.columnSamples[1]).toEqual(['Deal 1', 'Deal 2', 'Deal 3'])
      expect(open.analysis.owners.map((o) => [o.owner, o.rows])).toEqual([
        ['Jane Doe', 150],
        ['Sam Lee', 150]
      ])
      // An ArrayBuffer it was sent is its sender's: not let go (it was moved, not copied).
      transfers.length = 0
      await opened(session, 5)
      expect(transfers).toEqual([])
    } finally {
      if (had) Object.defineProperty(proto, 'transfer', had)
      else delete proto.transfer
    }
  })

  it('a worker that dies answers every open question with a sentence', async () => {
    const { session, worker } = await setUp()
    const bytes = dealsCsv(10)
    const open = session.ask({
      kind: 'open',
      source: { kind: 'bytes', fileName: 'deals.csv', bytes },
      today: '2026-11-23'
    })
    worker.made[0]?.crash()
    await expect(open).rejects.toThrow(sessionFailedMessage)
    expect(worker.made[0]?.terminated).toBe(true)
  })

  it('closing the session ends the worker and its open questions', async () => {
    const { session, worker } = await setUp()
    const open = session.ask({
      kind: 'open',
      source: { kind: 'bytes', fileName: 'deals.csv', bytes: dealsCsv(10) },
      today: '2026-11-23'
    })
    session.close()
    await expect(open).rejects.toBeInstanceOf(ImportCancelledError)
    expect(worker.made[0]?.terminated).toBe(true)
  })

  it('the tables an import reads and writes hold no private text (the worker has no key)', () => {
    // What the commit writes, and what the context and the default role are read from.
    const importTables = [...IMPORT_TABLES, 'roles', 'settings', 'salesProcesses']
    expect(importTables.filter((t) => t in PRIVATE_FIELDS)).toEqual([])
  })
})

describe('progress to the page', () => {
  const writing = (written: number): WorkProgress => ({ phase: 'writing', written, total: 2000 })

  it('goes at most once per 250 ms, and always with the last step so the bar ends full', () => {
    let clock = 0
    const posted: number[] = []
    const send = pacedProgress(
      (p) => p.phase === 'writing' && posted.push(p.written),
      PROGRESS_EVERY_MS,
      () => clock
    )
    // A slice of 500 records every 100 ms: 0, 100, 200 … 300 ms after the first.
    for (const written of [500, 1000, 1500]) {
      send(writing(written))
      clock += 100
    }
    send(writing(1800))
    clock += 100
    send(writing(2000))
    expect(PROGRESS_EVERY_MS).toBe(250)
    expect(posted).toEqual([500, 1800, 2000])
  })

  it('reading ends with the whole file read, even within the pause', () => {
    const posted: number[] = []
    const send = pacedProgress(
      (p) => p.phase === 'reading' && posted.push(p.bytesRead),
      250,
      () => 0
    )
    send({ phase: 'reading', rowsRead: 10, bytesRead: 10, totalBytes: 20 })
    send({ phase: 'reading', rowsRead: 15, bytesRead: 15, totalBytes: 20 })
    send({ phase: 'reading', rowsRead: 20, bytesRead: 20, totalBytes: 20 })
    expect(posted).toEqual([10, 20])
  })
})
