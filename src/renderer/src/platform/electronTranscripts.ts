import type { FieldbookApi, IpcResponse, ReadTranscriptResult } from '@shared/ipc/contract'
import type { ReadTranscriptFileOptions } from './types'

function unwrap<T>(response: IpcResponse<T>): T {
  if (!response.ok) throw new Error(response.error)
  return response.data
}

/**
 * transcript:read with progress and cancel. Main reads in its import worker and tags progress
 * with the job id; aborting asks main to stop that job and resolves `{ canceled: true }` at once,
 * whatever main answers later.
 */
export async function readTranscriptFile(
  api: FieldbookApi,
  options: ReadTranscriptFileOptions,
  newJobId: () => string
): Promise<ReadTranscriptResult> {
  const { signal, onProgress } = options
  if (signal?.aborted) return { canceled: true }
  const jobId = newJobId()
  const unsubscribe = onProgress
    ? api.on('transcript:progress', ({ jobId: id, bytesRead, totalBytes }) => {
        if (id === jobId) onProgress({ bytesRead, totalBytes })
      })
    : () => undefined
  let onAbort = (): void => undefined
  const aborted = new Promise<ReadTranscriptResult>((resolve) => {
    onAbort = () => {
      api.transcriptCancel({ jobId }).catch(() => undefined)
      resolve({ canceled: true })
    }
  })
  signal?.addEventListener('abort', onAbort, { once: true })
  const reading = api.transcriptRead({ jobId }).then(unwrap)
  // If the abort wins the race, the read's own answer (or failure) is ignored.
  reading.catch(() => undefined)
  try {
    return await Promise.race([reading, aborted])
  } finally {
    signal?.removeEventListener('abort', onAbort)
    unsubscribe()
  }
}
