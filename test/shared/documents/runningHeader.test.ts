import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../../../src/shared/documents'
import { documentToDocxBytes } from '../../../src/shared/documents/docx'
import { renderDocument } from '../../../src/shared/documents/render'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { pdfBytesToText } from '../../support/documentText'

const TITLE = 'Performance improvement plan: Dana Reyes'

/** A plan long enough for three pages. */
const longPlan: DocumentModel = {
  title: TITLE,
  author: 'Jordan Ellis',
  createdOn: '2026-12-07',
  blocks: [
    {
      kind: 'list',
      items: Array.from({ length: 130 }, (_, i) => `Point ${i + 1} of the plan.`)
    }
  ]
}

describe('a page on its own says whose document it is', () => {
  it('PDF: pages 2 onward carry the title above the text; page 1 has it once, as the title', async () => {
    const pages = pdfBytesToText(await renderDocument(longPlan, 'pdf', makePdfInNode))
      .split('\f')
      .filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expect(pages[0]?.split(TITLE).length).toBe(2)
    for (const [i, page] of pages.slice(1).entries()) {
      expect(page.trimStart().startsWith(TITLE), `page ${i + 2}`).toBe(true)
      expect(page).toContain(`Page ${i + 2} of ${pages.length}`)
    }
  })

  it('DOCX: a running header from page 2, page numbers on every page, and the author as last editor', async () => {
    const files = unzipSync(await documentToDocxBytes(longPlan))
    const text = (name: string): string => strFromU8(files[name] as Uint8Array)
    const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(text('word/document.xml'))?.[0] ?? ''
    expect(section).toContain('<w:titlePg/>')
    const relationships = text('word/_rels/document.xml.rels')
    const target = (type: 'header' | 'footer', kind: 'default' | 'first'): string => {
      const id = new RegExp(`<w:${type}Reference w:type="${kind}" r:id="([^"]+)"`).exec(
        section
      )?.[1]
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relationships)?.[1]
      return text(`word/${file}`)
    }
    expect(target('header', 'default')).toContain(TITLE)
    expect(target('header', 'first')).not.toContain(TITLE)
    for (const kind of ['default', 'first'] as const)
      expect(target('footer', kind)).toContain('PAGE')
    expect(text('docProps/core.xml')).toContain(
      '<cp:lastModifiedBy>Jordan Ellis</cp:lastModifiedBy>'
    )
  })
})
