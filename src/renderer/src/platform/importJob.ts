import { errorText } from '@shared/text/errorText'
import { readTranscriptBytes } from '@shared/transcripts'
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol'

/** What the browser's transcript worker does with its one request (kept apart so Node can test it). */
export async function runImportRequest(
  request: ImportWorkerRequest,
  post: (message: ImportWorkerMessage) => void
): Promise<void> {
  try {
    const result = await readTranscriptBytes(new Uint8Array(request.bytes), request.fileName, {
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    post({ type: 'transcript', result })
  } catch (error) {
    const message = `Fieldbook could not read “${request.fileName}”: ${errorText(error)}`
    post({ type: 'transcript', result: { ok: false, fileName: request.fileName, message } })
  }
}
