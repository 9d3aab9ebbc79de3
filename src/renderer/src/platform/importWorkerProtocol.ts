import type { ReadProgress } from '@shared/import/table'
import type { TranscriptFileResult } from '@shared/transcripts/types'

/**
 * The one place the browser's transcript worker (`importWorker.ts`) and the web platform agree
 * on their messages. One worker reads one call transcript: the page posts one request (its
 * ArrayBuffer transferred, not copied), the worker answers with progress messages, then one
 * `transcript`. (CRM files are read by the import session's worker, db/importSession.) Types
 * only, so importing it does not pull the reader into the page's bundle.
 */

export interface ImportWorkerRequest {
  bytes: ArrayBuffer
  fileName: string
  kind: 'transcript'
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  /** The answer: the transcript's conversations, or the sentence saying why not. */
  | { type: 'transcript'; result: TranscriptFileResult }
