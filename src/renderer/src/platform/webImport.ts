import { ImportCancelledError } from '@shared/import/table'
import type { FileFilter } from '@shared/ipc/contract'
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol'
import type { ChosenImportFile, ReadImportOptions } from './types'

/**
 * chooseImportFile in a browser: a file input picks the file and its bytes go to the import
 * worker, which reads them (db/importSession). The last file's bytes stay in memory so
 * `sameFile` can read another sheet without asking again. Same size cap and sentence as main.
 */

/** Same cap as main's MAX_OPEN_BYTES. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024
export const NO_PREVIOUS_FILE_MESSAGE =
  'There is no file to read again. Choose the file to import first.'
/** The file chooser offers these (browsers still let the person pick any file). */
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }
]

/** The parts of a DOM Worker the transcript reader uses (a real Worker satisfies it). */
export interface ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void
  terminate(): void
}

export interface WebImportDeps {
  /** Opens the file chooser; undefined when it closes without a file. */
  pickFile: () => Promise<File | undefined>
  maxBytes?: number
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

export function createWebImportChooser(deps: WebImportDeps) {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES
  /** The last chosen file, kept as the File itself (a Blob: nothing copied on the page). */
  let last: { name: string; bytes: Blob } | null = null

  return async function chooseImportFile(options: ReadImportOptions): Promise<ChosenImportFile> {
    const { signal } = options
    if (signal?.aborted) throw new ImportCancelledError()
    if (options.sameFile) {
      if (last === null) throw new Error(NO_PREVIOUS_FILE_MESSAGE)
      return { canceled: false, source: { kind: 'bytes', fileName: last.name, bytes: last.bytes } }
    }
    const file = await deps.pickFile()
    if (!file) return { canceled: true }
    if (file.size > maxBytes) {
      throw new Error(
        `“${file.name}” is ${formatMegabytes(file.size)}; Fieldbook opens files up to ` +
          `${formatMegabytes(maxBytes)}. Export a smaller date range and try again.`
      )
    }
    if (signal?.aborted) throw new ImportCancelledError()
    // The file itself goes to the import worker, which reads it: the page never copies the
    // bytes (reading 20 MB here was a 90 ms task). sameFile sends it again.
    last = { name: file.name, bytes: file }
    return { canceled: false, source: { kind: 'bytes', fileName: file.name, bytes: file } }
  }
}
