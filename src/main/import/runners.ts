import type { ParsedTable, ReadProgress } from '@shared/import/table'
import { ImportCancelledError, ImportFileError } from '@shared/import/table'
import { executeReadRequest, trackRead } from './readJob'
import type { ReadWorkerMessage, ReadWorkerRequest } from './readWorkerProtocol'

/**
 * How main runs a read: in a worker thread in the app, or in-process where no worker entry can
 * be spawned. Either way the shared reader does the work and `cancel()` stops it.
 */

export interface RunningRead {
  /** The table, or ImportFileError / ImportCancelledError / another Error. */
  result: Promise<ParsedTable>
  cancel(): void
}

/** Starts a read. The request's bytes may be transferred: the caller must not use them after. */
export type ReadRunner = (
  request: ReadWorkerRequest,
  onProgress: (progress: ReadProgress) => void
) => RunningRead

/** The parts of a node:worker_threads Worker the runner uses. */
export interface WorkerLike {
  postMessage(value: ReadWorkerRequest, transferList: ArrayBuffer[]): void
  on(event: 'message', listener: (message: ReadWorkerMessage) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (exitCode: number) => void): unknown
  terminate(): Promise<number>
}

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

/** One worker per read; it is terminated when the read settles or is cancelled. */
export function createWorkerReadRunner(spawn: () => WorkerLike): ReadRunner {
  return (request, onProgress) => {
    const worker = spawn()
    const tracker = trackRead(onProgress, () => {
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
export function createInProcessReadRunner(): ReadRunner {
  return (request, onProgress) => {
    const controller = new AbortController()
    const tracker = trackRead(onProgress, () => controller.abort())
    void executeReadRequest(request, (message) => tracker.receive(message), controller.signal)
    return { result: tracker.result, cancel: () => tracker.fail(new ImportCancelledError()) }
  }
}
