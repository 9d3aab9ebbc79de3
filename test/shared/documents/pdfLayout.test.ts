import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../src/shared/documents'
import { renderDocument } from '../../../src/shared/documents/render'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { pdfBytesToText } from '../../support/documentText'

/** A document whose last section (heading, statement, dates, signature lines) starts lower on
 * the page as the filler above it grows. */
function withAcknowledgement(fillerLines: number): DocumentModel {
  return {
    title: 'Performance improvement plan: Dana Reyes',
    createdOn: '2026-12-07',
    blocks: [
      {
        kind: 'list',
        items: Array.from({ length: fillerLines }, (_, i) => `Point ${i + 1} of the plan.`)
      },
      { kind: 'heading', level: 2, text: '9. Acknowledgement' },
      {
        kind: 'paragraph',
        text: 'Signing this plan confirms that the employee received it and that it was discussed with them. It does not mean that the employee agrees with it.',
        tone: 'strong'
      },
      { kind: 'fields', fields: [{ label: 'Received on', value: 'Dec 7, 2026' }] },
      {
        kind: 'signatures',
        lines: ['Employee (Dana Reyes)', 'Manager (Jordan Ellis)', 'HR (Sam Lee)']
      }
    ]
  }
}

describe('PDF page breaks', () => {
  it('keeps a section that ends in signature lines on one page, wherever it starts', async () => {
    // Filler from half a page to a page and a half: the section starts at every height,
    // including the last lines of a page.
    for (let filler = 30; filler <= 80; filler += 2) {
      const pages = pdfBytesToText(
        await renderDocument(withAcknowledgement(filler), 'pdf', makePdfInNode)
      ).split('\f')
      const page = pages.findIndex((p) => p.includes('9. Acknowledgement'))
      expect(page, `${filler} lines above`).toBeGreaterThanOrEqual(0)
      for (const line of ['Received on', 'Employee (Dana Reyes)', 'HR (Sam Lee)'])
        expect(pages[page], `${filler} lines above: ${line}`).toContain(line)
    }
  })
})
