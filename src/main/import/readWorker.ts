import { parentPort } from 'node:worker_threads'
import { executeReadRequest } from './readJob'
import type { ReadWorkerRequest } from './readWorkerProtocol'

/**
 * Worker-thread entry (bundled by electron-vite through `./readWorker?modulePath`): reads one
 * file with the shared reader and reports back as described in readWorkerProtocol.ts.
 */
const port = parentPort
if (port === null) throw new Error('readWorker runs only as a worker thread.')
port.once('message', (request: ReadWorkerRequest) => {
  void executeReadRequest(request, (message) => port.postMessage(message))
})
