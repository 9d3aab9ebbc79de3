import { readTable } from '@shared/import/read'
import {
  describeImportFailure,
  type ImportWorkerMessage,
  type ImportWorkerRequest
} from './importWorkerProtocol'

/** What the browser's import worker does with its one request (kept apart so Node can test it). */
export async function runImportRequest(
  request: ImportWorkerRequest,
  post: (message: ImportWorkerMessage) => void
): Promise<void> {
  try {
    const table = await readTable(new Uint8Array(request.bytes), request.fileName, {
      sheet: request.sheet,
      onProgress: (progress) => post({ type: 'progress', progress })
    })
    post({ type: 'done', table })
  } catch (error) {
    post({ type: 'failed', failure: describeImportFailure(error) })
  }
}
