import type { ParsedTable, ReadProgress } from '@shared/import/table'
import type { TranscriptFileResult } from '@shared/transcripts/types'

/**
 * Messages between main and the import worker thread (`readWorker.ts`). One worker reads one
 * file: main posts one request (its bytes transferred, not copied), the worker answers with
 * progress messages, then exactly one `done` or `failed`.
 */

export interface ReadWorkerRequest {
  bytes: Uint8Array<ArrayBuffer>
  fileName: string
  sheet?: string
}

/** Why a read failed: the file itself (a sentence for the user), or a bug (logged in main). */
export type ReadWorkerFailure =
  | { kind: 'file'; message: string; fileName: string; row?: number }
  | { kind: 'cancelled' }
  | { kind: 'unexpected'; message: string; stack?: string }

export type ReadWorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; table: ParsedTable }
  | { type: 'failed'; failure: ReadWorkerFailure }

/** A call transcript, read by the same worker entry (`kind` tells the two requests apart). */
export interface TranscriptWorkerRequest {
  kind: 'transcript'
  bytes: Uint8Array<ArrayBuffer>
  fileName: string
}

export type TranscriptWorkerMessage =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'transcript'; result: TranscriptFileResult }
  | { type: 'failed'; failure: ReadWorkerFailure }
