import { runImportRequest } from './importJob'
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorkerProtocol'

/**
 * Module Web Worker that reads a call transcript off the page's thread (web platform only; in
 * Electron main does this). Started by `new Worker(new URL('./importWorker.ts', …))` in web.ts.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null
  postMessage(message: ImportWorkerMessage): void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => {
  scope.onmessage = null
  void runImportRequest(event.data, (message) => scope.postMessage(message))
}
