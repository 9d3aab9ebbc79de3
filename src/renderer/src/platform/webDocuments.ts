import { DOCUMENT_FILES, DocumentModel, documentFileName } from '@shared/documents/model'
import type { ExportedDocument, SavedFile } from '@shared/ipc/contract'
import { sha256HexOfBytes } from '@shared/text/hash'
import type { DocumentWorkerReply, DocumentWorkerRequest } from './documentWorkerProtocol'
import type { ExportDocumentOptions, SaveFileOptions } from './types'

export interface WebDocumentDeps {
  createWorker: () => Worker
  saveFile: (options: SaveFileOptions) => Promise<SavedFile>
}

/**
 * Renders a document in a Web Worker and downloads it: the browser's export:document, with
 * the SHA-256 of the downloaded bytes.
 */
export function createWebDocumentExporter(deps: WebDocumentDeps) {
  function render(request: DocumentWorkerRequest): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const worker = deps.createWorker()
      worker.onmessage = (event: MessageEvent<DocumentWorkerReply>) => {
        worker.terminate()
        if (event.data.ok) resolve(event.data.bytes)
        else reject(new Error(`Fieldbook could not make the document: ${event.data.error}`))
      }
      worker.onerror = (event) => {
        worker.terminate()
        reject(new Error(`Fieldbook could not make the document: ${event.message}`))
      }
      worker.postMessage(request)
    })
  }

  return async function exportDocument(options: ExportDocumentOptions): Promise<ExportedDocument> {
    // The same check main makes, so a bad model fails the same way on both platforms.
    const document = DocumentModel.parse(options.document)
    const file = DOCUMENT_FILES[options.format]
    const bytes = await render({ format: options.format, document })
    const saved = await deps.saveFile({
      title: options.title,
      suggestedName: documentFileName(options.suggestedName, options.format),
      filters: [{ name: file.filterName, extensions: [file.extension] }],
      bytes
    })
    // The hash of the exact bytes downloaded, for the plan's record of changes.
    return saved.canceled ? saved : { ...saved, sha256: sha256HexOfBytes(bytes) }
  }
}
