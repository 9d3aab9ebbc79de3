import { ImportCancelledError } from '@shared/import/table'
import type { FileFilter, ReadImportResult } from '@shared/ipc/contract'
import {
  importFailureToError,
  type ImportWorkerMessage,
  type ImportWorkerRequest
} from './importWorkerProtocol'
import type { ReadImportOptions } from './types'

/**
 * readImportFile in a browser: a file input picks the file, a module Web Worker runs the
 * shared reader, and the last file's bytes stay in memory so `sameFile` can read another
 * sheet without asking again. Same limits and sentences as main's import:read.
 */

/** Same cap as main's MAX_OPEN_BYTES. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024
export const NO_PREVIOUS_FILE_MESSAGE =
  'There is no file to read again. Choose the file to import first.'
/** The file chooser offers these (browsers still let the person pick any file). */
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'CRM exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }
]

/** The parts of a DOM Worker the reader uses (a real Worker satisfies it). */
export interface ImportWorkerLike {
  onmessage: ((event: MessageEvent<ImportWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void
  terminate(): void
}

export interface WebImportDeps {
  /** Opens the file chooser; undefined when it closes without a file. */
  pickFile: () => Promise<File | undefined>
  createWorker: () => ImportWorkerLike
  maxBytes?: number
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

export function createWebImportReader(deps: WebImportDeps) {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES
  /** The last chosen file's bytes; a Blob so each read gets its own buffer to transfer. */
  let last: { name: string; bytes: Blob } | null = null

  async function loadFile(sameFile: boolean): Promise<{ name: string; bytes: ArrayBuffer } | null> {
    if (sameFile) {
      if (last === null) throw new Error(NO_PREVIOUS_FILE_MESSAGE)
      return { name: last.name, bytes: await last.bytes.arrayBuffer() }
    }
    const file = await deps.pickFile()
    if (!file) return null
    if (file.size > maxBytes) {
      throw new Error(
        `“${file.name}” is ${formatMegabytes(file.size)}; Fieldbook opens files up to ` +
          `${formatMegabytes(maxBytes)}. Export a smaller date range and try again.`
      )
    }
    const bytes = await file.arrayBuffer()
    last = { name: file.name, bytes: new Blob([bytes]) }
    return { name: file.name, bytes }
  }

  return async function readImportFile(options: ReadImportOptions): Promise<ReadImportResult> {
    const { signal, onProgress } = options
    if (signal?.aborted) throw new ImportCancelledError()
    const file = await loadFile(options.sameFile ?? false)
    if (file === null) return { canceled: true }
    if (signal?.aborted) throw new ImportCancelledError()
    const size = file.bytes.byteLength
    const worker = deps.createWorker()
    return new Promise<ReadImportResult>((resolve, reject) => {
      let settled = false
      const finish = (settle: () => void): void => {
        if (settled) return
        settled = true
        worker.onmessage = null
        worker.onerror = null
        worker.terminate()
        signal?.removeEventListener('abort', onAbort)
        settle()
      }
      const onAbort = (): void => finish(() => reject(new ImportCancelledError()))
      signal?.addEventListener('abort', onAbort, { once: true })
      onProgress?.({ rowsRead: 0, bytesRead: 0, totalBytes: size })
      // The first progress call may itself have aborted (before the listener could matter).
      if (signal?.aborted) {
        onAbort()
        return
      }
      const rows: string[][] = []
      const rowNumbers: number[] = []
      worker.onmessage = ({ data: message }) => {
        if (message.type === 'progress') {
          if (!settled) onProgress?.(message.progress)
        } else if (message.type === 'rows') {
          rows.push(...message.rows)
          rowNumbers.push(...message.rowNumbers)
        } else if (message.type === 'done') {
          const table = { ...message.table, rows, rowNumbers }
          finish(() => resolve({ canceled: false, table, size }))
        } else if (message.type === 'failed') {
          finish(() => reject(importFailureToError(message.failure, file.name)))
        }
      }
      worker.onerror = (event) => {
        event.preventDefault()
        console.error('Import worker failed', event.message)
        finish(() =>
          reject(new Error(`Fieldbook could not read “${file.name}”: the import worker failed.`))
        )
      }
      // Transferred, not copied: the page keeps its own copy in `last` for sameFile.
      worker.postMessage({ bytes: file.bytes, fileName: file.name, sheet: options.sheet }, [
        file.bytes
      ])
    })
  }
}
