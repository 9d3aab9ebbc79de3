import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentToText } from '../../../src/shared/documents'
import { buildPipPacket } from '../../../src/shared/documents/pipPacket'
import { renderDocument } from '../../../src/shared/documents/render'
import { chainAsFound } from '../../../src/shared/plans/auditChain'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { docxBytesToText, pdfBytesInfo, pdfBytesToText } from '../../support/documentText'
import {
  sampleAuditLog,
  sampleCheckIns,
  sampleMilestones,
  samplePlan
} from '../../shared/plans/fixtures'

const flat = (text: string) => text.replace(/\s+/g, '')

/** The packet as the files HR receives: every section and every check-in must be readable. */
describe('PIP packet files', () => {
  const model = buildPipPacket({
    plan: samplePlan(),
    repName: 'Kevin Walsh',
    milestones: sampleMilestones(),
    checkIns: sampleCheckIns(),
    auditLog: chainAsFound(sampleAuditLog()),
    createdOn: '2026-10-08'
  })
  const headings = model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))

  it('renders to a PDF with every heading, check-in and the record’s status on each page', async () => {
    const bytes = await renderDocument(model, 'pdf', makePdfInNode)
    writeFileSync('/tmp/wt7-packet-unit.pdf', bytes)
    const text = pdfBytesToText(bytes)
    const pages = Number(pdfBytesInfo(bytes).Pages)
    expect(pages).toBeGreaterThanOrEqual(3)
    // Table cells wrap in the PDF layout, so compare without whitespace.
    for (const h of headings) expect(flat(text)).toContain(flat(h))
    // Days are written the one way the locale writes them, never as ISO beside written ones.
    for (const date of ['Oct 6, 2026', 'Oct 7, 2026', 'Oct 8, 2026']) expect(text).toContain(date)
    expect(text).not.toMatch(/\b2026-\d\d-\d\d\b/)
    expect(flat(text)).toContain(flat('Both blocks done'))
    expect(flat(text)).toContain(flat('It does not mean that the employee agrees with it.'))
    expect(text.split('Record of changes: unbroken when this document was made.')).toHaveLength(
      pages + 1
    )
  })

  it('renders to a DOCX whose text holds the whole packet in reading order', async () => {
    const bytes = await renderDocument(model, 'docx', makePdfInNode)
    writeFileSync('/tmp/wt7-packet-unit.docx', bytes)
    const text = docxBytesToText(bytes)
    let from = 0
    for (const h of headings) {
      const at = text.indexOf(h, from)
      expect(at, h).toBeGreaterThanOrEqual(from)
      from = at
    }
    for (const line of documentToText(model)
      .split('\n')
      .filter((l) => !l.includes('|'))) {
      if (line.startsWith('Date ') || line.startsWith('Prepared by')) continue
      expect(flat(text)).toContain(flat(line.replace(/^(- |\d+\. )/, '').replace(/^([^:]+): /, '')))
    }
  })
})

/** Helvetica draws a soft hyphen as a visible one: e-mails and ids must come out whole. */
describe('names, e-mails and ids in the PDF', () => {
  it('are never broken inside a word, in table cells or fields', async () => {
    const email = 'kevin.walsh@demo-fieldbook.example'
    // Record ids are UUIDs, as crypto.randomUUID() makes them.
    const ref = '3f2a9c1e-7b4d-4e21-9a55-1c2d3e4f5a6b'
    const plan = samplePlan({
      concerns: [
        {
          title: 'Activity well below the standard',
          examples: [`Emailed ${email} on 2026-09-01`],
          businessImpact: '',
          coachingGiven: [{ date: '2026-09-02', summary: 'Call review', ref }]
        }
      ]
    })
    const model = buildPipPacket({
      plan,
      repName: 'Kevin Walsh',
      repEmail: email,
      milestones: sampleMilestones(),
      checkIns: sampleCheckIns(),
      auditLog: sampleAuditLog(),
      createdOn: '2026-10-08'
    })
    const text = pdfBytesToText(await renderDocument(model, 'pdf', makePdfInNode))
    expect(text).not.toContain('\u00ad')
    expect(text).not.toMatch(/fieldb-\s*ook|demo-fieldb\b/)
    expect(text).toContain(email)
    // Record ids are internal: the evidence names the coaching and its day, never its id.
    expect(text).toContain('Call review')
    expect(text).not.toContain(ref.slice(0, 8))
  })
})
