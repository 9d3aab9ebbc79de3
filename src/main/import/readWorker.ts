import { parentPort } from 'node:worker_threads'
import { executeReadRequest } from './readJob'
import type { ReadWorkerRequest, TranscriptWorkerRequest } from './readWorkerProtocol'
import { executeTranscriptRequest } from './transcriptJob'

/**
 * Worker-thread entry (bundled by electron-vite through `./readWorker?modulePath`): reads one
 * file (a CRM table, or a call transcript) with the shared reader and reports back as described in readWorkerProtocol.ts.
 */
const port = parentPort
if (port === null) throw new Error('readWorker runs only as a worker thread.')
port.once('message', (request: ReadWorkerRequest | TranscriptWorkerRequest) => {
  if ('kind' in request && request.kind === 'transcript') {
    void executeTranscriptRequest(request, (message) => port.postMessage(message))
  } else {
    void executeReadRequest(request, (message) => port.postMessage(message))
  }
})
