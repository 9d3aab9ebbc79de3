import { dirname } from 'node:path'
import { ImportCancelledError, ImportFileError, type ReadProgress } from '@shared/import/table'
import type { ChannelParsedInput, FileFilter, ReadImportResult } from '@shared/ipc/contract'
import { UserFacingError } from '../ipc/errors'
import type { FileDialogs } from '../ipc/files'
import { MAX_OPEN_BYTES, readPickedFile } from '../ipc/pickedFile'
import type { HandlerContext } from '../ipc/register'
import type { ReadRunner, RunningRead } from './runners'
import { throttle } from './throttle'

/**
 * import:read and import:cancel. Main opens the dialog and remembers the chosen path (a path
 * never crosses IPC), reads the file with file:open's checks, and parses it with the shared
 * reader through `runRead` (a worker thread in the app), sending throttled `import:progress`
 * events to the page that asked.
 */

export const IMPORT_DIALOG_TITLE = 'Import a CRM export'
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
  { name: 'All files', extensions: ['*'] }
]
/** At most 10 progress events a second reach the renderer. */
export const PROGRESS_INTERVAL_MS = 100

export const NO_PREVIOUS_FILE_MESSAGE =
  'There is no file to read again. Choose the file to import first.'
export const DUPLICATE_JOB_MESSAGE = 'This import is already running.'

export interface ImportHandlerDeps {
  dialogs: Pick<FileDialogs, 'showOpenDialog'>
  /** Where the first dialog opens (the user's Documents folder). */
  defaultDirectory: string
  runRead: ReadRunner
  maxOpenBytes?: number
  progressIntervalMs?: number
}

export interface ImportHandlers {
  'import:read': (
    input: ChannelParsedInput<'import:read'>,
    context: HandlerContext
  ) => Promise<ReadImportResult>
  'import:cancel': (input: ChannelParsedInput<'import:cancel'>) => Promise<{ cancelled: boolean }>
}

interface Job {
  cancelled: boolean
  running: RunningRead | null
}

export function createImportHandlers(deps: ImportHandlerDeps): ImportHandlers {
  const maxOpenBytes = deps.maxOpenBytes ?? MAX_OPEN_BYTES
  const progressIntervalMs = deps.progressIntervalMs ?? PROGRESS_INTERVAL_MS
  let lastDirectory = deps.defaultDirectory
  /** The file chosen last, for `sameFile` (another sheet of the same workbook). Main only. */
  let lastPath: string | null = null
  const jobs = new Map<string, Job>()

  async function choosePath(sameFile: boolean): Promise<string | null> {
    if (sameFile) {
      if (lastPath === null) throw new UserFacingError(NO_PREVIOUS_FILE_MESSAGE)
      return lastPath
    }
    const choice = await deps.dialogs.showOpenDialog({
      title: IMPORT_DIALOG_TITLE,
      defaultPath: lastDirectory,
      filters: IMPORT_FILTERS,
      properties: ['openFile']
    })
    const filePath = choice.filePaths[0]
    if (choice.canceled || filePath === undefined) return null
    lastDirectory = dirname(filePath)
    lastPath = filePath
    return filePath
  }

  async function runJob(
    job: Job,
    input: ChannelParsedInput<'import:read'>,
    context: HandlerContext
  ): Promise<ReadImportResult> {
    const filePath = await choosePath(input.sameFile)
    if (filePath === null || job.cancelled) return { canceled: true }
    const { name, bytes } = await readPickedFile(filePath, maxOpenBytes)
    if (job.cancelled) return { canceled: true }

    // The bytes are transferred to the worker: take the size first.
    const size = bytes.byteLength
    const progress = throttle<ReadProgress>(
      (p) => context.emit('import:progress', { jobId: input.jobId, ...p }),
      progressIntervalMs
    )
    progress({ rowsRead: 0, bytesRead: 0, totalBytes: size })
    job.running = deps.runRead({ bytes, fileName: name, sheet: input.sheet }, progress)
    // A cancel that arrived while the first event went out still stops the read.
    if (job.cancelled) job.running.cancel()
    try {
      const table = await job.running.result
      if (job.cancelled) return { canceled: true }
      progress.flush()
      return { canceled: false, table, size }
    } catch (error) {
      if (job.cancelled || error instanceof ImportCancelledError) return { canceled: true }
      // The reader's sentences name the file and the row; they reach the renderer unchanged.
      if (error instanceof ImportFileError) throw new UserFacingError(error.message)
      throw error
    } finally {
      progress.cancel()
    }
  }

  async function read(
    input: ChannelParsedInput<'import:read'>,
    context: HandlerContext
  ): Promise<ReadImportResult> {
    if (jobs.has(input.jobId)) throw new UserFacingError(DUPLICATE_JOB_MESSAGE)
    const job: Job = { cancelled: false, running: null }
    jobs.set(input.jobId, job)
    try {
      return await runJob(job, input, context)
    } finally {
      jobs.delete(input.jobId)
    }
  }

  /** Stops a job wherever it is: a job still in its dialog answers canceled once it closes. */
  async function cancel(
    input: ChannelParsedInput<'import:cancel'>
  ): Promise<{ cancelled: boolean }> {
    const job = jobs.get(input.jobId)
    if (!job) return { cancelled: false }
    job.cancelled = true
    job.running?.cancel()
    return { cancelled: true }
  }

  return { 'import:read': read, 'import:cancel': cancel }
}
