import {
  ImportCancelledError,
  ImportFileError,
  type ParsedTable,
  type ReadProgress
} from '@shared/import/table'
import { errorText } from '@shared/text/errorText'
import type { TranscriptFileResult } from '@shared/transcripts/types'

/**
 * The one place the browser's import worker (`importWorker.ts`) and the web platform agree on
 * their messages. One worker reads one file: the page posts one request (its ArrayBuffer
 * transferred, not copied), the worker answers with progress messages, then one `done` or
 * `failed`. Types and two small helpers only, so importing it does not pull the reader into
 * the page's bundle.
 */

export interface ImportWorkerRequest {
  bytes: ArrayBuffer
  fileName: string
  sheet?: string
  /** 'transcript': read a call transcript instead of a CRM table (answered by `transcript`). */
  kind?: 'table' | 'transcript'
}

export type ImportWorkerFailure =
  | { kind: 'file'; message: string; fileName: string; row?: number }
  | { kind: 'cancelled' }
  | { kind: 'unexpected'; message: string }

/** Rows cross in slices so no single message takes the page long to receive. */
export const ROWS_PER_MESSAGE = 2000

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'rows'; rows: string[][]; rowNumbers: number[] }
  /** The table without its rows: they came before, in `rows` messages, in order. */
  | { type: 'done'; table: ParsedTable }
  | { type: 'failed'; failure: ImportWorkerFailure }
  /** A transcript request's answer: its conversations, or the sentence saying why not. */
  | { type: 'transcript'; result: TranscriptFileResult }

/** Worker side: what to post for an error the reader threw. */
export function describeImportFailure(error: unknown): ImportWorkerFailure {
  if (error instanceof ImportCancelledError) return { kind: 'cancelled' }
  if (error instanceof ImportFileError) {
    return { kind: 'file', message: error.message, fileName: error.fileName, row: error.row }
  }
  return { kind: 'unexpected', message: errorText(error) }
}

/** Page side: the error to throw for a failure message (the reader's sentence unchanged). */
export function importFailureToError(failure: ImportWorkerFailure, fileName: string): Error {
  switch (failure.kind) {
    case 'file':
      return new ImportFileError(failure.message, failure.fileName, failure.row)
    case 'cancelled':
      return new ImportCancelledError()
    case 'unexpected':
      return new Error(`Fieldbook could not read “${fileName}”: ${failure.message}`)
  }
}
