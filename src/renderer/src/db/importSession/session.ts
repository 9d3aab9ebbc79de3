import {
  ImportCancelledError,
  ImportFileError,
  analyseTableInSteps,
  type ImportAnalysis,
  type ImportContext,
  type ImportDecisions,
  type ParsedTable
} from '@shared/import'
import { readTable } from '@shared/import/read'
import { summarisePreview, summariseTable } from '@shared/import/summary'
import { errorText } from '@shared/text/errorText'
import type { FieldbookDb } from '../database'
import { loadImportContext } from '../importContext'
import { IMPORT_TABLES, planInSlices, readDefaultRole } from '../importPlan'
import { commitImport } from '../importRepository'
import type { RepositoryContext } from '../repository'
import type { ImportAnswers, ImportQuestion, SessionFailure, WorkProgress } from './protocol'

/**
 * One file's import, where its rows live (the import worker; tests run it in-process): read,
 * analyse, normalise and plan against the stored data, then write. The page asks questions
 * and gets summaries; it never holds the rows. Only the parsed table is kept between questions:
 * the review plans the file a slice at a time and keeps the counts, and the commit plans it
 * again as it writes (issue 18: the records and the writes of a 100,000-row file are never
 * all held at once).
 */

/** A newer preview started before this one finished; its answer is dropped. */
export class SupersededError extends Error {
  constructor() {
    super('A newer preview replaced this one.')
    this.name = 'SupersededError'
  }
}

/** Lets messages waiting for the worker (a cancel, a newer preview) run between slices. */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

export function describeFailure(error: unknown): SessionFailure {
  if (error instanceof SupersededError) return { kind: 'superseded' }
  if (
    error instanceof ImportCancelledError ||
    (error instanceof Error && error.name === 'AbortError')
  ) {
    return { kind: 'cancelled' }
  }
  if (error instanceof ImportFileError) {
    return { kind: 'file', message: error.message, fileName: error.fileName, row: error.row }
  }
  return { kind: 'message', message: errorText(error) }
}

export interface SessionDeps {
  db: FieldbookDb
  ctx: RepositoryContext
  /** Between slices of work; the worker yields to its messages (default). */
  pause?: () => Promise<void>
}

export interface AskOptions {
  signal?: AbortSignal
  onProgress?: (progress: WorkProgress) => void
}

interface Previewed {
  decisions: ImportDecisions
  /** How many records the review counted to write (the commit's progress total). */
  writes: number
}

const NO_FILE = 'There is no file open to import. Choose the file again.'

/**
 * The file's bytes, once decoded, when the worker read them from the file itself: they are let
 * go at once (`ArrayBuffer.prototype.transfer(0)` detaches them and frees their memory) rather
 * than at V8's next full collection, which during a 100,000-deal import came 5–13 s into the
 * commit, with the 20 MB held until then. A runtime without `transfer` (Node 20) keeps them
 * until that collection.
 */
export function letGo(buffer: ArrayBufferLike): void {
  const transfer = (buffer as { transfer?: (length: number) => ArrayBuffer }).transfer
  if (buffer instanceof ArrayBuffer && typeof transfer === 'function') transfer.call(buffer, 0)
}

/** The file's bytes: read here when the page sent the file itself (off the page's thread). */
async function bytesOf(bytes: ArrayBuffer | Blob): Promise<Uint8Array> {
  return new Uint8Array(bytes instanceof ArrayBuffer ? bytes : await bytes.arrayBuffer())
}

export function createImportSession({ db, ctx, pause = yieldToMessages }: SessionDeps) {
  let table: ParsedTable | undefined
  let context: ImportContext | undefined
  let analysis: ImportAnalysis | undefined
  let previewed: Previewed | undefined
  let previewRun = 0

  async function open(
    question: Extract<ImportQuestion, { kind: 'open' }>,
    { signal, onProgress }: AskOptions
  ): Promise<ImportAnswers['open']> {
    const { source } = question
    table = undefined
    previewed = undefined
    let read: ParsedTable
    if (source.kind === 'table') {
      read = source.table
    } else {
      const bytes = await bytesOf(source.bytes)
      read = await readTable(bytes, source.fileName, {
        sheet: question.sheet,
        signal,
        onProgress: (p) => onProgress?.({ phase: 'reading', ...p }),
        // Only bytes this worker made from the file: an ArrayBuffer it was given may still be
        // its sender's (a session run in-process).
        onDecoded: () => {
          if (source.bytes instanceof Blob) letGo(bytes.buffer)
        }
      })
    }
    if (signal?.aborted) throw new ImportCancelledError()
    context = await loadImportContext(db, question.today)
    analysis = await analyseTableInSteps(read, context, pause)
    table = read
    return { table: summariseTable(read), context, analysis }
  }

  async function reanalyse(
    question: Extract<ImportQuestion, { kind: 'analyse' }>
  ): Promise<ImportAnalysis> {
    if (!table || !context) throw new Error(NO_FILE)
    analysis = await analyseTableInSteps(table, context, pause, question.options)
    return analysis
  }

  async function preview(
    question: Extract<ImportQuestion, { kind: 'preview' }>
  ): Promise<ImportAnswers['preview']> {
    if (!table) throw new Error(NO_FILE)
    const run = ++previewRun
    const superseded = (): void => {
      if (run !== previewRun) throw new SupersededError()
    }
    const { decisions } = question
    previewed = undefined
    await pause()
    superseded()
    const request = { decisions, table }
    const plan = await db.transaction('r', [...IMPORT_TABLES, 'roles'], async () =>
      planInSlices(db, ctx, request, 'preview', await readDefaultRole(db), { check: superseded })
    )
    superseded()
    previewed = { decisions, writes: plan.writes }
    return summarisePreview(plan.changes)
  }

  async function commit({ signal, onProgress }: AskOptions): Promise<ImportAnswers['commit']> {
    if (!table || !analysis || !previewed) throw new Error(NO_FILE)
    const { decisions, writes } = previewed
    const { record } = await commitImport(
      db,
      ctx,
      { fileName: table.fileName, headers: table.headers, analysis, decisions, table },
      {
        signal,
        expectedWrites: writes + 2,
        onProgress: ({ written, total }) => onProgress?.({ phase: 'writing', written, total })
      }
    )
    // The file is in; a second commit of the same rows would only count them unchanged.
    table = undefined
    previewed = undefined
    return record
  }

  return {
    ask(question: ImportQuestion, options: AskOptions = {}): Promise<unknown> {
      switch (question.kind) {
        case 'open':
          return open(question, options)
        case 'analyse':
          return reanalyse(question)
        case 'preview':
          return preview(question)
        case 'commit':
          return commit(options)
      }
    }
  }
}

export type ImportSession = ReturnType<typeof createImportSession>
