import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { documentToDocxBytes } from './docx'
import { documentToMarkdown } from './markdown'
import { checkDocument, type DocumentFormat, type DocumentModel } from './model'
import { documentToPdfDefinition } from './pdf'

/** pdfmake bound to its fonts: the Node build in main, the browser build in a Web Worker. */
export type PdfMaker = (definition: TDocumentDefinitions) => Promise<Uint8Array>

/** A DocumentModel as the bytes of a file in the chosen format. */
export async function renderDocument(
  model: DocumentModel,
  format: DocumentFormat,
  makePdf: PdfMaker
): Promise<Uint8Array> {
  const problem = checkDocument(model)
  if (problem) throw new Error(`The document “${model.title}” cannot be made: ${problem}.`)
  switch (format) {
    case 'pdf':
      return makePdf(documentToPdfDefinition(model))
    case 'docx':
      return documentToDocxBytes(model)
    case 'markdown':
      return new TextEncoder().encode(documentToMarkdown(model))
  }
}
