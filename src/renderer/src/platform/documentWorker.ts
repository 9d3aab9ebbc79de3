import pdfMake from 'pdfmake/build/pdfmake'
import helvetica from 'pdfmake/build/standard-fonts/Helvetica'
import { renderDocument } from '@shared/documents/render'
import type { DocumentWorkerReply, DocumentWorkerRequest } from './documentWorkerProtocol'
import { errorText } from '@shared/text/errorText'

/**
 * Module Web Worker that renders a document (web platform only; in Electron main does this),
 * so a long PIP packet never freezes the page. One worker per document.
 */

// The standard Helvetica metrics, the same font main uses: identical layout in both.
pdfMake.addFontContainer(helvetica)

interface WorkerScope {
  onmessage: ((event: MessageEvent<DocumentWorkerRequest>) => void) | null
  postMessage(message: DocumentWorkerReply, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => {
  scope.onmessage = null
  const { format, document } = event.data
  renderDocument(document, format, async (definition) => {
    const buffer = await pdfMake.createPdf(definition).getBuffer()
    return new Uint8Array(buffer)
  }).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (error: unknown) =>
      scope.postMessage({
        ok: false,
        error: errorText(error)
      })
  )
}
