import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { DocumentModel, documentToMarkdown, documentToText } from '../../../src/shared/documents'
import { renderDocument } from '../../../src/shared/documents/render'
import { makePdfInNode } from '../../../src/main/render/pdf'
import { docxBytesToText, pdfBytesInfo, pdfBytesToText } from '../../support/documentText'

const longWord = 'Supercalifragilistic'.repeat(12)
const model: DocumentModel = DocumentModel.parse({
  title: 'Performance improvement plan — Kevin Walsh',
  subtitle: 'Account Executive · 90 days',
  author: 'Jordan Manager',
  createdOn: '2026-12-01',
  footer: 'Content hash (SHA-256): 0f1e2d3c',
  blocks: [
    { kind: 'heading', level: 1, text: 'Specific concerns' },
    { kind: 'paragraph', text: 'Activity is “well below” the standard: 18 of 40 calls (45%).' },
    { kind: 'paragraph', text: 'Signing confirms receipt, not agreement.', tone: 'strong' },
    { kind: 'list', items: ['Daily check-ins for two weeks', 'Then weekly'], ordered: true },
    {
      kind: 'table',
      columns: ['Date', 'Status', 'Notes'],
      rows: [
        ['2026-12-02', 'On track', `=HYPERLINK("x") ${longWord}`],
        ['2026-12-03', 'Off track'] // short row: padded
      ]
    },
    { kind: 'fields', fields: [{ label: 'HR contact', value: 'Dana Lee <dana@example.com>' }] },
    { kind: 'paragraph', text: 'Odd text: emoji 🙂, tab\there, bell\u0007, Ω, €5 & <b>' },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: 'Acknowledgement' },
    { kind: 'signatures', lines: ['Employee', 'Manager'] }
  ]
})

describe('document renderers', () => {
  it('renders a PDF whose text a person can read and search, on A4 pages', async () => {
    const bytes = await renderDocument(model, 'pdf', makePdfInNode)
    expect(strFromU8(bytes.slice(0, 5))).toBe('%PDF-')
    const text = pdfBytesToText(bytes)
    for (const expected of [
      'Performance improvement plan — Kevin Walsh',
      'Specific concerns',
      'Activity is “well below” the standard: 18 of 40 calls (45%).',
      'Signing confirms receipt, not agreement.',
      '1. Daily check-ins for two weeks',
      'Off track',
      'HR contact',
      'Dana Lee <dana@example.com>',
      'Employee: ____',
      'Content hash (SHA-256): 0f1e2d3c',
      'Page 2 of 2',
      '€5 & <b>'
    ])
      expect(text).toContain(expected)
    // Characters a standard font cannot show are replaced, not dropped silently into garbage.
    expect(text).toContain('emoji ?')
    const info = pdfBytesInfo(bytes)
    expect(info.Pages).toBe('2')
    expect(info.Title).toBe('Performance improvement plan — Kevin Walsh')
    expect(info['Page size']).toContain('595.28 x 841.89')
  })

  it('renders the same PDF bytes for the same document', async () => {
    const a = await renderDocument(model, 'pdf', makePdfInNode)
    const b = await renderDocument(model, 'pdf', makePdfInNode)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('renders a DOCX (a zip Word opens) with every paragraph, table cell and the footer', async () => {
    const bytes = await renderDocument(model, 'docx', makePdfInNode)
    const files = unzipSync(bytes)
    expect(Object.keys(files)).toContain('word/document.xml')
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).toContain('wordprocessingml')
    const text = docxBytesToText(bytes)
    for (const expected of [
      'Performance improvement plan — Kevin Walsh',
      'Activity is “well below” the standard: 18 of 40 calls (45%).',
      '1. Daily check-ins for two weeks',
      'Off track',
      'HR contact: Dana Lee <dana@example.com>',
      'Employee: ____',
      'Content hash (SHA-256): 0f1e2d3c',
      'emoji 🙂'
    ])
      expect(text).toContain(expected)
    // The bell character would make the XML invalid; it is gone.
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).not.toContain('\u0007')
  })

  it('renders Markdown with tables that a pipe or a line break in a note cannot break', async () => {
    const withPipes = DocumentModel.parse({
      ...model,
      blocks: [{ kind: 'table', columns: ['Note'], rows: [['a | b\nsecond line']] }]
    })
    const markdown = documentToMarkdown(withPipes)
    expect(markdown).toContain('| a \\| b<br>second line |')
    const bytes = await renderDocument(model, 'markdown', makePdfInNode)
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('# Performance improvement plan — Kevin Walsh\n')).toBe(true)
    expect(text).toContain('## Specific concerns')
    expect(text).toContain('| 2026-12-03 | Off track |  |')
    expect(text).toContain('_Content hash (SHA-256): 0f1e2d3c_')
  })

  it('gives the canonical text every block, in reading order', () => {
    const text = documentToText(model)
    const order = [
      'Specific concerns',
      '1. Daily check-ins',
      'Date | Status | Notes',
      'HR contact: Dana Lee'
    ]
    const positions = order.map((s) => text.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('refuses a table row wider than its columns, naming the table and row', async () => {
    const bad = DocumentModel.parse({
      ...model,
      blocks: [{ kind: 'table', columns: ['A'], rows: [['1'], ['1', '2']] }]
    })
    await expect(renderDocument(bad, 'pdf', makePdfInNode)).rejects.toThrow(
      'Table 1 row 2 has 2 cells for 1 columns'
    )
  })
})

describe('page breaks', () => {
  it('never leaves a heading alone at the bottom of a page', async () => {
    // However much text comes before it, the heading shares its page with what follows it.
    for (let n = 36; n <= 52; n++) {
      const doc = DocumentModel.parse({
        title: 'Call review',
        createdOn: '2026-12-06',
        blocks: [
          ...Array.from({ length: n }, (_, i) => ({
            kind: 'paragraph' as const,
            text: `Line ${i + 1} of what the manager saw on the call.`
          })),
          { kind: 'heading', level: 2, text: 'The call in numbers' },
          { kind: 'table', columns: ['Metric', 'This call'], rows: [['Talk ratio (rep)', '25 %']] }
        ]
      })
      const pages = pdfBytesToText(await renderDocument(doc, 'pdf', makePdfInNode)).split('\f')
      const page = pages.find((p) => p.includes('The call in numbers')) ?? ''
      expect(page, `${n} paragraphs before the heading`).toContain('Talk ratio (rep)')
    }
  })

  it('starts a long table on the page of its heading, and names it on every page it runs onto', async () => {
    for (let n = 30; n <= 50; n += 2) {
      const doc = DocumentModel.parse({
        title: 'PIP packet',
        createdOn: '2026-12-06',
        blocks: [
          ...Array.from({ length: n }, (_, i) => ({
            kind: 'paragraph' as const,
            text: `Line ${i + 1} of the plan.`
          })),
          { kind: 'heading', level: 2, text: '10. Check-in log' },
          {
            kind: 'table',
            columns: ['Date', 'Status', 'Notes'],
            rows: Array.from({ length: 60 }, (_, i) => [
              `Day ${i + 1}`,
              'Scheduled',
              i === 0
                ? 'Walked through the open deals, one by one, with the next step of each.'
                : '—'
            ])
          }
        ]
      })
      const pages = pdfBytesToText(await renderDocument(doc, 'pdf', makePdfInNode))
        .split('\f')
        .filter((p) => p.trim())
      const first = pages.find((p) => p.includes('10. Check-in log')) ?? ''
      expect(first, `${n} paragraphs before the heading`).toContain('Day 1 ')
      const withDays = pages.filter((p) => /Day \d+/.test(p))
      expect(withDays.length).toBeGreaterThan(1)
      for (const page of withDays) expect(page).toContain('10. Check-in log')
      expect(pages.join('')).toContain('Day 60')
    }
  })

  it('still prints a heading whose text is longer than a page, all of it', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ')
    const doc = DocumentModel.parse({
      title: 'Notes',
      createdOn: '2026-12-06',
      blocks: [
        { kind: 'heading', level: 2, text: 'Everything said' },
        { kind: 'paragraph', text: words }
      ]
    })
    const text = pdfBytesToText(await renderDocument(doc, 'pdf', makePdfInNode))
    expect(text.split('\f').filter((p) => p.trim()).length).toBeGreaterThan(1)
    expect(text).toContain('Everything said')
    expect(text).toContain('word0 ')
    expect(text).toContain('word1499')
  })
})
