import { ImportCancelledError, ImportFileError, type ReadProgress } from '@shared/import/table'
import { readFailureToError } from './readJob'
import type { ReadWorkerFailure } from './readWorkerProtocol'

/**
 * One job in the import worker (a CRM table or a call transcript), seen from main: the messages
 * it posts become one promise again, and it runs in a worker thread (the app) or on this thread
 * (tests). The job's own answer is the only thing the two kinds of job do differently.
 */

type ProgressMessage = { type: 'progress'; progress: ReadProgress }
type FailedMessage = { type: 'failed'; failure: ReadWorkerFailure }

/** The receiving side of one job: feed it messages; `result` settles once. */
export interface JobTracker<Message, Result> {
  result: Promise<Result>
  receive(message: Message): void
  /** Settles with an error (crash, cancel) unless already settled. */
  fail(error: Error): void
}

export type Track<Message, Result> = (
  onProgress: (progress: ReadProgress) => void,
  onSettled: () => void
) => JobTracker<Message, Result>

/** A tracker for jobs whose answer is the message of type `answer`, carrying `valueOf(message)`. */
export function trackJob<Answer extends { type: string }, Result>(
  answer: Answer['type'],
  valueOf: (message: Answer) => Result
): Track<ProgressMessage | FailedMessage | Answer, Result> {
  return (onProgress, onSettled) => {
    let settled = false
    let resolveResult: (value: Result) => void = () => undefined
    let rejectResult: (error: Error) => void = () => undefined
    const result = new Promise<Result>((resolve, reject) => {
      resolveResult = resolve
      rejectResult = reject
    })
    const settle = (outcome: { value: Result } | { error: Error }): void => {
      if (settled) return
      settled = true
      onSettled()
      if ('value' in outcome) resolveResult(outcome.value)
      else rejectResult(outcome.error)
    }
    return {
      result,
      receive(message) {
        if (settled) return
        if (message.type === 'progress') onProgress((message as ProgressMessage).progress)
        else if (message.type === answer) settle({ value: valueOf(message as Answer) })
        else settle({ error: readFailureToError((message as FailedMessage).failure) })
      },
      fail: (error) => settle({ error })
    }
  }
}

export interface RunningJob<Result> {
  result: Promise<Result>
  cancel(): void
}

/** Starts a job. The request's bytes may be transferred: the caller must not use them after. */
export type JobRunner<Request, Result> = (
  request: Request,
  onProgress: (progress: ReadProgress) => void
) => RunningJob<Result>

/** The parts of a node:worker_threads Worker a runner uses. */
export interface JobWorker<Request, Message> {
  postMessage(value: Request, transferList: ArrayBuffer[]): void
  on(event: 'message', listener: (message: Message) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (exitCode: number) => void): unknown
  terminate(): Promise<number>
}

/**
 * One worker per job, terminated when the job settles or is cancelled. A worker that runs out
 * of the memory it was given answers with `memoryMessage` (the app and its data are untouched).
 */
export function runInWorker<
  Request extends { fileName: string; bytes: Uint8Array },
  Message,
  Result
>(
  spawn: () => JobWorker<Request, Message>,
  track: Track<Message, Result>,
  memoryMessage: (fileName: string) => string
): JobRunner<Request, Result> {
  return (request, onProgress) => {
    const worker = spawn()
    const tracker = track(onProgress, () => {
      void worker.terminate().catch(() => undefined)
    })
    worker.on('message', (message) => tracker.receive(message))
    worker.on('error', (error) => {
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        tracker.fail(new ImportFileError(memoryMessage(request.fileName), request.fileName))
        return
      }
      tracker.fail(error instanceof Error ? error : new Error(String(error)))
    })
    worker.on('exit', (code) =>
      tracker.fail(new Error(`The import worker stopped (exit code ${code}) before it finished.`))
    )
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer])
    return { result: tracker.result, cancel: () => tracker.fail(new ImportCancelledError()) }
  }
}

/** Runs the same job code on this thread (tests; a fallback where workers are unavailable). */
export function runInProcess<Request, Message, Result>(
  execute: (
    request: Request,
    post: (message: Message) => void,
    signal: AbortSignal
  ) => Promise<void>,
  track: Track<Message, Result>
): JobRunner<Request, Result> {
  return (request, onProgress) => {
    const controller = new AbortController()
    const tracker = track(onProgress, () => controller.abort())
    void execute(request, (message) => tracker.receive(message), controller.signal)
    return { result: tracker.result, cancel: () => tracker.fail(new ImportCancelledError()) }
  }
}
