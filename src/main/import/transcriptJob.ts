import { ImportCancelledError, ImportFileError, type ReadProgress } from '@shared/import/table'
import { readTranscriptBytes } from '@shared/transcripts'
import type { TranscriptFileResult } from '@shared/transcripts/types'
import { describeReadFailure, readFailureToError, WORKER_PROGRESS_INTERVAL_MS } from './readJob'
import type { TranscriptWorkerMessage, TranscriptWorkerRequest } from './readWorkerProtocol'
import { READ_WORKER_RESOURCE_LIMITS, type WorkerLike } from './runners'
import { throttle } from './throttle'

/**
 * A call transcript read in the import worker: the request as the worker runs it, and the
 * runners main uses (a worker thread in the app, this thread in tests). Like a CRM read, a
 * cancel stops it and a file that exhausts the worker is refused with a sentence.
 */

export interface RunningTranscriptRead {
  /** The file's conversations or its problem; rejects with ImportCancelledError or a bug. */
  result: Promise<TranscriptFileResult>
  cancel(): void
}

/** Starts a read; the request's bytes may be transferred, so the caller must not use them after. */
export type TranscriptRunner = (
  request: TranscriptWorkerRequest,
  onProgress: (progress: ReadProgress) => void
) => RunningTranscriptRead

/** Reads the request's bytes with the shared transcript reader, posting progress, then the result. */
export async function executeTranscriptRequest(
  request: TranscriptWorkerRequest,
  post: (message: TranscriptWorkerMessage) => void,
  signal?: AbortSignal
): Promise<void> {
  const progress = throttle<ReadProgress>(
    (p) => post({ type: 'progress', progress: p }),
    WORKER_PROGRESS_INTERVAL_MS
  )
  try {
    const result = await readTranscriptBytes(request.bytes, request.fileName, {
      onProgress: progress,
      signal
    })
    progress.flush()
    post({ type: 'transcript', result })
  } catch (error) {
    progress.cancel()
    post({ type: 'failed', failure: describeReadFailure(error) })
  }
}

interface TranscriptTracker {
  result: Promise<TranscriptFileResult>
  receive(message: TranscriptWorkerMessage): void
  fail(error: Error): void
}

function trackTranscript(
  onProgress: (progress: ReadProgress) => void,
  onSettled: () => void
): TranscriptTracker {
  let settled = false
  let resolveResult: (result: TranscriptFileResult) => void = () => undefined
  let rejectResult: (error: Error) => void = () => undefined
  const result = new Promise<TranscriptFileResult>((resolve, reject) => {
    resolveResult = resolve
    rejectResult = reject
  })
  const settle = (outcome: { ok: TranscriptFileResult } | { error: Error }): void => {
    if (settled) return
    settled = true
    onSettled()
    if ('ok' in outcome) resolveResult(outcome.ok)
    else rejectResult(outcome.error)
  }
  return {
    result,
    receive(message) {
      if (settled) return
      if (message.type === 'progress') onProgress(message.progress)
      else if (message.type === 'transcript') settle({ ok: message.result })
      else settle({ error: readFailureToError(message.failure) })
    },
    fail: (error) => settle({ error })
  }
}

const MEMORY_MESSAGE = (fileName: string): string =>
  `“${fileName}” needs more memory than Fieldbook gives one import (${READ_WORKER_RESOURCE_LIMITS.maxOldGenerationSizeMb / 1024} GB); nothing was read. Export the one call you want to review.`

/** The parts of a worker the transcript runner uses (a node:worker_threads Worker satisfies it). */
export type TranscriptWorkerLike = Omit<WorkerLike, 'postMessage' | 'on'> & {
  postMessage(value: TranscriptWorkerRequest, transferList: ArrayBuffer[]): void
  on(event: 'message', listener: (message: TranscriptWorkerMessage) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (exitCode: number) => void): unknown
}

/** One worker per read, terminated when the read settles or is cancelled. */
export function createWorkerTranscriptRunner(spawn: () => TranscriptWorkerLike): TranscriptRunner {
  return (request, onProgress) => {
    const worker = spawn()
    const tracker = trackTranscript(onProgress, () => {
      void worker.terminate().catch(() => undefined)
    })
    worker.on('message', (message) => tracker.receive(message))
    worker.on('error', (error) => {
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        tracker.fail(new ImportFileError(MEMORY_MESSAGE(request.fileName), request.fileName))
        return
      }
      tracker.fail(error instanceof Error ? error : new Error(String(error)))
    })
    worker.on('exit', (code) =>
      tracker.fail(new Error(`The import worker stopped (exit code ${code}) before it finished.`))
    )
    worker.postMessage(request, [request.bytes.buffer])
    return { result: tracker.result, cancel: () => tracker.fail(new ImportCancelledError()) }
  }
}

/** Runs the same request code on this thread (tests; a fallback where workers are unavailable). */
export function createInProcessTranscriptRunner(): TranscriptRunner {
  return (request, onProgress) => {
    const controller = new AbortController()
    const tracker = trackTranscript(onProgress, () => controller.abort())
    void executeTranscriptRequest(request, (message) => tracker.receive(message), controller.signal)
    return { result: tracker.result, cancel: () => tracker.fail(new ImportCancelledError()) }
  }
}
