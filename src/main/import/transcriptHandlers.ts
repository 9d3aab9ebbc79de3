import { stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { ImportCancelledError, ImportFileError, type ReadProgress } from '@shared/import/table'
import type { ChannelParsedInput, FileFilter, ReadTranscriptResult } from '@shared/ipc/contract'
import { MAX_TRANSCRIPT_BYTES, transcriptTooBigMessage } from '@shared/transcripts'
import { UserFacingError } from '../ipc/errors'
import type { FileDialogs } from '../ipc/files'
import { readPickedFile } from '../ipc/pickedFile'
import type { HandlerContext } from '../ipc/register'
import { PROGRESS_INTERVAL_MS } from './handlers'
import type { RunningTranscriptRead, TranscriptRunner } from './transcriptJob'
import { throttle } from './throttle'

/**
 * transcript:read and transcript:cancel. Main opens the dialog (a path never crosses IPC),
 * refuses a file over the transcript size limit before reading it, and reads it in the import
 * worker, sending throttled `transcript:progress` events to the page that asked. A file that
 * cannot be opened or is no transcript answers `{ ok: false, message }`, nothing is stored.
 */

export const TRANSCRIPT_DIALOG_TITLE = 'Read a call transcript'
export const TRANSCRIPT_FILTERS: FileFilter[] = [
  { name: 'Call transcripts', extensions: ['vtt', 'srt', 'txt', 'docx', 'csv', 'tsv', 'xlsx'] },
  { name: 'All files', extensions: ['*'] }
]
export const DUPLICATE_TRANSCRIPT_JOB_MESSAGE = 'This transcript is already being read.'

export interface TranscriptHandlerDeps {
  dialogs: Pick<FileDialogs, 'showOpenDialog'>
  /** Where the first dialog opens (the user's Documents folder). */
  defaultDirectory: string
  runTranscript: TranscriptRunner
  progressIntervalMs?: number
}

export interface TranscriptHandlers {
  'transcript:read': (
    input: ChannelParsedInput<'transcript:read'>,
    context: HandlerContext
  ) => Promise<ReadTranscriptResult>
  'transcript:cancel': (
    input: ChannelParsedInput<'transcript:cancel'>
  ) => Promise<{ cancelled: boolean }>
}

interface Job {
  cancelled: boolean
  running: RunningTranscriptRead | null
}

export function createTranscriptHandlers(deps: TranscriptHandlerDeps): TranscriptHandlers {
  const progressIntervalMs = deps.progressIntervalMs ?? PROGRESS_INTERVAL_MS
  let lastDirectory = deps.defaultDirectory
  const jobs = new Map<string, Job>()

  async function choosePath(): Promise<string | null> {
    const choice = await deps.dialogs.showOpenDialog({
      title: TRANSCRIPT_DIALOG_TITLE,
      defaultPath: lastDirectory,
      filters: TRANSCRIPT_FILTERS,
      properties: ['openFile']
    })
    const filePath = choice.filePaths[0]
    if (choice.canceled || filePath === undefined) return null
    lastDirectory = dirname(filePath)
    return filePath
  }

  /** The file's bytes, or the sentence that says why it is not read. */
  async function load(filePath: string) {
    const fileName = basename(filePath)
    const size = await stat(filePath).then(
      (info) => info.size,
      () => 0
    )
    if (size > MAX_TRANSCRIPT_BYTES) {
      return { ok: false as const, fileName, message: transcriptTooBigMessage(fileName, size) }
    }
    try {
      return { ok: true as const, ...(await readPickedFile(filePath, MAX_TRANSCRIPT_BYTES)) }
    } catch (error) {
      if (error instanceof UserFacingError)
        return { ok: false as const, fileName, message: error.message }
      throw error
    }
  }

  async function runJob(
    job: Job,
    jobId: string,
    context: HandlerContext
  ): Promise<ReadTranscriptResult> {
    const filePath = await choosePath()
    if (filePath === null || job.cancelled) return { canceled: true }
    const file = await load(filePath)
    if (job.cancelled) return { canceled: true }
    if (!file.ok) return file
    const progress = throttle<ReadProgress>(
      ({ bytesRead, totalBytes }) =>
        context.emit('transcript:progress', { jobId, bytesRead, totalBytes }),
      progressIntervalMs
    )
    progress({ rowsRead: 0, bytesRead: 0, totalBytes: file.bytes.byteLength })
    job.running = deps.runTranscript(
      { kind: 'transcript', bytes: file.bytes, fileName: file.name },
      progress
    )
    if (job.cancelled) job.running.cancel()
    try {
      const result = await job.running.result
      if (job.cancelled) return { canceled: true }
      progress.flush()
      return result
    } catch (error) {
      if (job.cancelled || error instanceof ImportCancelledError) return { canceled: true }
      if (error instanceof ImportFileError) {
        return { ok: false, fileName: file.name, message: error.message }
      }
      throw error
    } finally {
      progress.cancel()
    }
  }

  async function read(
    input: ChannelParsedInput<'transcript:read'>,
    context: HandlerContext
  ): Promise<ReadTranscriptResult> {
    if (jobs.has(input.jobId)) throw new UserFacingError(DUPLICATE_TRANSCRIPT_JOB_MESSAGE)
    const job: Job = { cancelled: false, running: null }
    jobs.set(input.jobId, job)
    try {
      return await runJob(job, input.jobId, context)
    } finally {
      jobs.delete(input.jobId)
    }
  }

  async function cancel(
    input: ChannelParsedInput<'transcript:cancel'>
  ): Promise<{ cancelled: boolean }> {
    const job = jobs.get(input.jobId)
    if (!job) return { cancelled: false }
    job.cancelled = true
    job.running?.cancel()
    return { cancelled: true }
  }

  return { 'transcript:read': read, 'transcript:cancel': cancel }
}
