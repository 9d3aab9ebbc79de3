import { formatDay } from '../words/dates'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx'
import type { DocumentBlock, DocumentModel } from './model'
import { tableRows } from './model'

/**
 * A Word document from a DocumentModel, for HR teams that edit packets in Word. The docx
 * library is plain JavaScript: the same code runs in main and in the browser's Web Worker.
 */

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3
} as const

/** XML 1.0 cannot hold most control characters; a stray one would make Word refuse the file. */
const xmlSafe = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')

/** Line breaks inside a text become breaks inside one paragraph. */
function runs(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}
) {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }))
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder }

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, { bold: header, size: 18 }) })],
    borders,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {})
  })
}

function blockChildren(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })]
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.text, {
            bold: block.tone === 'strong',
            italics: block.tone === 'muted'
          }),
          spacing: { after: 120 }
        })
      ]
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            children: runs(block.ordered ? `${i + 1}. ${item}` : `• ${item}`),
            indent: { left: 360 }
          })
      )
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c, true)) }),
            ...tableRows(block).map((row) => new TableRow({ children: row.map((c) => cell(c)) }))
          ]
        }),
        new Paragraph({ children: [] })
      ]
    case 'fields':
      return block.fields.map(
        (f) =>
          new Paragraph({
            children: [...runs(`${f.label}: `, { bold: true }), ...runs(f.value)]
          })
      )
    case 'signatures':
      return block.lines.map(
        (label) =>
          new Paragraph({
            children: runs(`${label}: ______________________________   Date: ______________`),
            spacing: { before: 360 }
          })
      )
    case 'pageBreak':
      return [new Paragraph({ children: [], pageBreakBefore: true })]
  }
}

export function documentToDocx(model: DocumentModel): Document {
  const byline = [
    model.author ? `Prepared by ${model.author}` : '',
    `Date: ${formatDay(model.createdOn, model.locale)}`
  ]
  const header = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) }),
    ...(model.subtitle ? [new Paragraph({ children: runs(model.subtitle, { size: 24 }) })] : []),
    new Paragraph({
      children: runs(byline.filter(Boolean).join(' · '), { size: 18 }),
      spacing: { after: 240 }
    })
  ]
  const footer = new Footer({
    children: [
      ...(model.footer ? [new Paragraph({ children: runs(model.footer, { size: 15 }) })] : []),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 16
          })
        ]
      })
    ]
  })
  // From page 2 on, each page names its document (a PIP: the employee); the first has the title.
  const runningHeader = new Header({
    children: [new Paragraph({ children: runs(model.title, { size: 16, color: '555555' }) })]
  })
  return new Document({
    title: xmlSafe(model.title),
    creator: xmlSafe(model.author ?? 'Fieldbook'),
    lastModifiedBy: xmlSafe(model.author ?? 'Fieldbook'),
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: { default: runningHeader, first: new Header({ children: [] }) },
        footers: { default: footer, first: footer },
        children: [...header, ...model.blocks.flatMap(blockChildren)]
      }
    ]
  })
}

/** The .docx file's bytes. */
export function documentToDocxBytes(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(documentToDocx(model), 'uint8array')
}
