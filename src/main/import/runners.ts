import type { ParsedTable } from '@shared/import/table'
import { executeReadRequest } from './readJob'
import type { ReadWorkerMessage, ReadWorkerRequest } from './readWorkerProtocol'
import {
  trackJob,
  runInProcess,
  runInWorker,
  type JobRunner,
  type JobWorker,
  type RunningJob
} from './workerRuns'

/**
 * How main runs a read: in a worker thread in the app, or in-process where no worker entry can
 * be spawned. Either way the shared reader does the work and `cancel()` stops it.
 */

export type RunningRead = RunningJob<ParsedTable>

/** Starts a read. The request's bytes may be transferred: the caller must not use them after. */
export type ReadRunner = JobRunner<ReadWorkerRequest, ParsedTable>

/** The parts of a node:worker_threads Worker the runner uses. */
export type WorkerLike = JobWorker<ReadWorkerRequest, ReadWorkerMessage>

/**
 * What one import worker may use. A file that needs more (a hostile workbook past the reader's
 * own caps) ends that worker with ERR_WORKER_OUT_OF_MEMORY, and the manager is told so; the
 * app and its data are untouched.
 */
export const READ_WORKER_RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 2048,
  maxYoungGenerationSizeMb: 64,
  codeRangeSizeMb: 64,
  stackSizeMb: 8
} as const

const MEMORY_MESSAGE = (fileName: string): string =>
  `“${fileName}” needs more memory than Fieldbook gives one import (${READ_WORKER_RESOURCE_LIMITS.maxOldGenerationSizeMb / 1024} GB); nothing was imported. Split the export into smaller files, or export only the rows you need.`

/** A read's answer is its `done` message, carrying the table. */
const trackRead = trackJob(
  'done',
  (message: Extract<ReadWorkerMessage, { type: 'done' }>) => message.table
)

/** One worker per read; it is terminated when the read settles or is cancelled. */
export function createWorkerReadRunner(spawn: () => WorkerLike): ReadRunner {
  return runInWorker(spawn, trackRead, MEMORY_MESSAGE)
}

/** Runs the same request code on this thread (tests; a fallback where workers are unavailable). */
export function createInProcessReadRunner(): ReadRunner {
  return runInProcess(executeReadRequest, trackRead)
}
