import pdfmake from 'pdfmake'
import type { PdfMaker } from '@shared/documents/render'

// Standard PDF fonts only: nothing to load from disk, and pdfmake may fetch no URL and read
// no local file (a document is data from the page, never a reason to touch the disk).
const helvetica = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique'
}
const standardFontNames = new Set(Object.values(helvetica))
pdfmake.setFonts({ Helvetica: helvetica })
pdfmake.setUrlAccessPolicy(() => false)
// pdfkit loads a standard font's metrics by its name; nothing else may be read.
pdfmake.setLocalAccessPolicy((path) => standardFontNames.has(path))

/** pdfmake in Node (main process). */
export const makePdfInNode: PdfMaker = async (definition) =>
  new Uint8Array(await pdfmake.createPdf(definition).getBuffer())
