import { readTable } from '@shared/import/read'
import {
  ImportCancelledError,
  ImportFileError,
  type ParsedTable,
  type ReadProgress
} from '@shared/import/table'
import type { ReadWorkerFailure, ReadWorkerMessage, ReadWorkerRequest } from './readWorkerProtocol'
import { throttle } from './throttle'

/**
 * One read, as the worker thread runs it, and how its messages become a promise again on the
 * other side. The worker entry and the in-process runner both use `executeReadRequest`, so
 * tests without a thread still go through the real reader and the real message protocol.
 */

/** The worker posts progress at most this often; main throttles again before IPC. */
export const WORKER_PROGRESS_INTERVAL_MS = 50

export function describeReadFailure(error: unknown): ReadWorkerFailure {
  if (error instanceof ImportCancelledError) return { kind: 'cancelled' }
  if (error instanceof ImportFileError) {
    return { kind: 'file', message: error.message, fileName: error.fileName, row: error.row }
  }
  if (error instanceof Error) {
    return { kind: 'unexpected', message: error.message, stack: error.stack }
  }
  return { kind: 'unexpected', message: String(error) }
}

/** Turns a failure message back into the error the shared reader threw (or a plain Error). */
export function readFailureToError(failure: ReadWorkerFailure): Error {
  switch (failure.kind) {
    case 'cancelled':
      return new ImportCancelledError()
    case 'file':
      return new ImportFileError(failure.message, failure.fileName, failure.row)
    case 'unexpected': {
      const error = new Error(`Import worker failed: ${failure.message}`)
      if (failure.stack) error.stack = failure.stack
      return error
    }
  }
}

/** Reads the request's bytes with the shared reader, posting progress, then done or failed. */
export async function executeReadRequest(
  request: ReadWorkerRequest,
  post: (message: ReadWorkerMessage) => void,
  signal?: AbortSignal
): Promise<void> {
  const progress = throttle<ReadProgress>(
    (p) => post({ type: 'progress', progress: p }),
    WORKER_PROGRESS_INTERVAL_MS
  )
  let table: ParsedTable
  try {
    table = await readTable(request.bytes, request.fileName, {
      sheet: request.sheet,
      onProgress: progress,
      signal
    })
  } catch (error) {
    progress.cancel()
    post({ type: 'failed', failure: describeReadFailure(error) })
    return
  }
  progress.flush()
  post({ type: 'done', table })
}
