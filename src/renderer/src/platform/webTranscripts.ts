import type { FileFilter, ReadTranscriptResult } from '@shared/ipc/contract'
// The limits only: the reader itself stays in the worker's bundle.
import { MAX_TRANSCRIPT_BYTES, transcriptTooBigMessage } from '@shared/transcripts/limits'
import type { ImportWorkerLike } from './webImport'
import type { ReadTranscriptFileOptions } from './types'

/**
 * readTranscriptFile in a browser: a file input picks the file, the import Web Worker reads it
 * with the shared transcript reader (`kind: 'transcript'`), and aborting terminates the worker.
 * Same size limit and sentences as main's transcript:read.
 */

/** The file chooser offers these (browsers still let the person pick any file). */
export const TRANSCRIPT_FILTERS: FileFilter[] = [
  { name: 'Call transcripts', extensions: ['vtt', 'srt', 'txt', 'docx', 'csv', 'tsv', 'xlsx'] }
]

export interface WebTranscriptDeps {
  /** Opens the file chooser; undefined when it closes without a file. */
  pickFile: () => Promise<File | undefined>
  createWorker: () => ImportWorkerLike
  maxBytes?: number
}

export function createWebTranscriptReader(deps: WebTranscriptDeps) {
  const maxBytes = deps.maxBytes ?? MAX_TRANSCRIPT_BYTES

  return async function readTranscriptFile(
    options: ReadTranscriptFileOptions
  ): Promise<ReadTranscriptResult> {
    const { signal, onProgress } = options
    if (signal?.aborted) return { canceled: true }
    const file = await deps.pickFile()
    if (!file || signal?.aborted) return { canceled: true }
    if (file.size > maxBytes) {
      return {
        ok: false,
        fileName: file.name,
        message: transcriptTooBigMessage(file.name, file.size)
      }
    }
    const bytes = await file.arrayBuffer()
    if (signal?.aborted) return { canceled: true }
    const worker = deps.createWorker()
    return new Promise<ReadTranscriptResult>((resolve) => {
      let settled = false
      const finish = (result: ReadTranscriptResult): void => {
        if (settled) return
        settled = true
        worker.onmessage = null
        worker.onerror = null
        worker.terminate()
        signal?.removeEventListener('abort', onAbort)
        resolve(result)
      }
      const onAbort = (): void => finish({ canceled: true })
      signal?.addEventListener('abort', onAbort, { once: true })
      onProgress?.({ bytesRead: 0, totalBytes: bytes.byteLength })
      if (signal?.aborted) {
        onAbort()
        return
      }
      worker.onmessage = ({ data: message }) => {
        if (message.type === 'progress') {
          if (!settled)
            onProgress?.({
              bytesRead: message.progress.bytesRead,
              totalBytes: message.progress.totalBytes
            })
        } else if (message.type === 'transcript') {
          finish(message.result)
        }
      }
      worker.onerror = (event) => {
        event.preventDefault()
        console.error('Transcript worker failed', event.message)
        finish({
          ok: false,
          fileName: file.name,
          message: `Fieldbook could not read “${file.name}”: the import worker failed.`
        })
      }
      // Transferred, not copied.
      worker.postMessage({ kind: 'transcript', bytes, fileName: file.name }, [bytes])
    })
  }
}
