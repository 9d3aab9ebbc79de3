import { readTable } from '@shared/import/read'
import { readTranscriptBytes } from '@shared/transcripts'
import {
  ROWS_PER_MESSAGE,
  describeImportFailure,
  type ImportWorkerMessage,
  type ImportWorkerRequest
} from './importWorkerProtocol'

/** What the browser's import worker does with its one request (kept apart so Node can test it). */
export async function runImportRequest(
  request: ImportWorkerRequest,
  post: (message: ImportWorkerMessage) => void
): Promise<void> {
  if (request.kind === 'transcript') {
    const result = await readTranscriptBytes(new Uint8Array(request.bytes), request.fileName, {
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    post({ type: 'transcript', result })
    return
  }
  try {
    const table = await readTable(new Uint8Array(request.bytes), request.fileName, {
      sheet: request.sheet,
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    for (let i = 0; i < table.rows.length; i += ROWS_PER_MESSAGE) {
      post({
        type: 'rows',
        rows: table.rows.slice(i, i + ROWS_PER_MESSAGE),
        rowNumbers: table.rowNumbers.slice(i, i + ROWS_PER_MESSAGE)
      })
    }
    post({ type: 'done', table: { ...table, rows: [], rowNumbers: [] } })
  } catch (error) {
    post({ type: 'failed', failure: describeImportFailure(error) })
  }
}
