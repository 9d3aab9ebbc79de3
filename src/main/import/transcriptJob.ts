import type { ReadProgress } from '@shared/import/table'
import { readTranscriptBytes } from '@shared/transcripts'
import type { TranscriptFileResult } from '@shared/transcripts/types'
import { describeReadFailure, WORKER_PROGRESS_INTERVAL_MS } from './readJob'
import type { TranscriptWorkerMessage, TranscriptWorkerRequest } from './readWorkerProtocol'
import { READ_WORKER_RESOURCE_LIMITS } from './runners'
import { throttle } from './throttle'
import {
  runInProcess,
  runInWorker,
  trackJob,
  type JobRunner,
  type JobWorker,
  type RunningJob
} from './workerRuns'

/**
 * A call transcript read in the import worker: the request as the worker runs it, and the
 * runners main uses (a worker thread in the app, this thread in tests). Like a CRM read, a
 * cancel stops it and a file that exhausts the worker is refused with a sentence.
 */

export type RunningTranscriptRead = RunningJob<TranscriptFileResult>

/** Starts a read; the request's bytes may be transferred, so the caller must not use them after. */
export type TranscriptRunner = JobRunner<TranscriptWorkerRequest, TranscriptFileResult>

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

const trackTranscript = trackJob(
  'transcript',
  (message: Extract<TranscriptWorkerMessage, { type: 'transcript' }>) => message.result
)

const MEMORY_MESSAGE = (fileName: string): string =>
  `“${fileName}” needs more memory than Fieldbook gives one import (${READ_WORKER_RESOURCE_LIMITS.maxOldGenerationSizeMb / 1024} GB); nothing was read. Export the one call you want to review.`

/** The parts of a worker the transcript runner uses (a node:worker_threads Worker satisfies it). */
export type TranscriptWorkerLike = JobWorker<TranscriptWorkerRequest, TranscriptWorkerMessage>

/** One worker per read, terminated when the read settles or is cancelled. */
export function createWorkerTranscriptRunner(spawn: () => TranscriptWorkerLike): TranscriptRunner {
  return runInWorker(spawn, trackTranscript, MEMORY_MESSAGE)
}

/** Runs the same request code on this thread (tests; a fallback where workers are unavailable). */
export function createInProcessTranscriptRunner(): TranscriptRunner {
  return runInProcess(executeTranscriptRequest, trackTranscript)
}
