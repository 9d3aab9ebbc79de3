import { formatDay } from '../words/dates'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { DocumentBlock, DocumentModel } from './model'
import { tableRows } from './model'

/**
 * The pdfmake document definition of a DocumentModel: plain data, so it is made here (pure)
 * and turned into bytes by pdfmake in main (Node) or in the browser's Web Worker.
 *
 * Helvetica is one of the PDF standard fonts: nothing is embedded and the text stays
 * extractable (pdftotext, screen readers, HR's search). It covers Latin-1 and the Windows-1252
 * punctuation (– “ ” €); characters outside it are replaced so the layout never breaks.
 */
export const PDF_FONT = 'Helvetica'

const HEADING_SIZES = { 1: 15, 2: 12.5, 3: 11 } as const

/** WinAnsi (Windows-1252) is what a standard font can show; everything else becomes '?'. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
export function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const printable = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)
    if (printable || ch === '\n' || WIN_ANSI_EXTRA.has(ch)) out += ch
    else if (ch === '\t') out += '    '
    else if (ch === '\r') continue
    else if (ch === '\u2212') out += '-'
    else if (ch === '\u2022' || ch === '\u25cf') out += '•'
    else out += '?'
  }
  return out
}

/**
 * Names, e-mails and record ids are never broken inside a word (no soft hyphens are added:
 * Helvetica draws them as visible hyphens, "demo-fieldb-ook"). Short columns (dates, amounts,
 * statuses) get a fixed width that fits their longest cell; the others share the rest of the
 * page, and pdfmake keeps each at least as wide as its longest word. Only a token too long
 * for any column (a pasted URL or hash) may break, at the cell's edge and without a hyphen.
 */
export const LONGEST_UNBROKEN = 48
/** A block of up to this many lines stays on one page with its heading (a third of a page). */
const SHORT_BLOCK_LINES = 18
/** A section ending in signature lines, up to this many lines, is kept on one page (half of one). */
const SIGNED_SECTION_LINES = 28
const SHORT_CELL = 14
/** Helvetica at 9 pt, bold headers included, with room to spare; plus the cell's padding. */
const POINTS_PER_CHAR = 5.8
const CELL_PADDING = 10

export function pdfText(text: string): string | Content[] {
  const safe = pdfSafe(text)
  // E-mails, ids and dates carry '-', '/' or '@', where a line could otherwise break.
  if (!/[-/@]/.test(safe) && !new RegExp(`\\S{${LONGEST_UNBROKEN + 1}}`).test(safe)) return safe
  const out: Content[] = []
  let plain = ''
  for (const part of safe.split(/(\S+)/)) {
    const keep = /[-/@]/.test(part) && part.length <= LONGEST_UNBROKEN
    const long = part.length > LONGEST_UNBROKEN && !/\s/.test(part)
    if (!keep && !long) {
      plain += part
      continue
    }
    if (plain) out.push({ text: plain })
    plain = ''
    out.push(long ? { text: part, wordBreak: 'break-all' } : { text: part, noWrap: true })
  }
  if (plain) out.push({ text: plain })
  return out
}

/** A fixed width for a column whose every cell is short; '*' for the others. */
export function columnWidths(block: Extract<DocumentBlock, { kind: 'table' }>): (number | '*')[] {
  const rows = tableRows(block)
  return block.columns.map((column, i) => {
    const cells = rows.map((r) => r[i] ?? '')
    const longest = Math.max(...cells.map((c) => c.length), 0)
    if (longest > SHORT_CELL || cells.some((c) => c.includes('\n'))) return '*'
    const headerWord = Math.max(...column.split(/\s+/).map((w) => w.length))
    return Math.ceil(Math.max(longest, headerWord) * POINTS_PER_CHAR) + CELL_PADDING
  })
}

function blockContent(block: DocumentBlock): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: pdfText(block.text),
        bold: true,
        fontSize: HEADING_SIZES[block.level],
        margin: [0, block.level === 1 ? 14 : 10, 0, 4],
        headlineLevel: block.level
      }
    case 'paragraph':
      return {
        text: pdfText(block.text),
        margin: [0, 0, 0, 6],
        ...(block.tone === 'muted' ? { color: '#555555', fontSize: 9 } : {}),
        ...(block.tone === 'strong' ? { bold: true } : {})
      }
    case 'list': {
      const items = block.items.map((i) => ({ text: pdfText(i) }))
      return block.ordered
        ? { ol: items, margin: [0, 0, 0, 6] }
        : { ul: items, margin: [0, 0, 0, 6] }
    }
    case 'table':
      return {
        table: {
          headerRows: 1,
          // The header row never ends a page without a row of the table under it.
          keepWithHeaderRows: 1,
          // Short columns fit their content; long free text wraps inside the others.
          widths: columnWidths(block),
          body: [
            block.columns.map((c) => ({ text: pdfSafe(c), bold: true, fillColor: '#eeeeee' })),
            ...tableRows(block).map((row) => row.map((c) => ({ text: pdfText(c) })))
          ]
        },
        fontSize: 9,
        margin: [0, 2, 0, 8]
      }
    case 'fields':
      return {
        table: {
          widths: ['auto', '*'],
          body: block.fields.map((f) => [
            { text: pdfSafe(f.label), bold: true },
            { text: pdfText(f.value) }
          ])
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8]
      }
    case 'signatures':
      return {
        stack: block.lines.map((label) => ({
          columns: [
            { text: `${pdfSafe(label)}: ______________________________`, width: '*' },
            { text: 'Date: ______________', width: 'auto' }
          ],
          margin: [0, 18, 0, 0]
        })),
        unbreakable: true,
        margin: [0, 0, 0, 8]
      }
    case 'pageBreak':
      return { text: '', pageBreak: 'after' }
  }
}

/** Roughly how many lines a text takes at `perLine` characters a line. */
const linesOf = (text: string, perLine: number) =>
  text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0)

/** Roughly how many lines a block takes on the page (Infinity: too long to say). */
function estimatedLines(block: DocumentBlock): number {
  switch (block.kind) {
    case 'heading':
      return 2
    case 'paragraph':
      return linesOf(block.text, 90)
    case 'list':
      return block.items.reduce((n, item) => n + linesOf(item, 85), 0)
    case 'fields':
      return block.fields.reduce((n, f) => n + linesOf(f.value, 70), 0)
    case 'table':
      return block.rows.reduce(
        (n, row) => n + Math.max(1, ...row.map((cell) => linesOf(cell, 35))),
        1
      )
    case 'signatures':
      return block.lines.length * 3
    default:
      return Infinity
  }
}

/**
 * A block short enough to keep on one page with the heading above it (at most a third of a
 * page, by a rough count of lines): pdfmake drops what an unbreakable stack cannot fit on a page.
 */
function isShort(block: DocumentBlock): boolean {
  if (block.kind === 'heading' || block.kind === 'signatures') return false
  return estimatedLines(block) <= SHORT_BLOCK_LINES
}

/**
 * Where the section starting at `i` (a heading) ends, when it ends with signature lines and is
 * short enough for one page: the statement a person signs, the dates and the lines they sign on
 * stay together (the PIP's acknowledgement had its lines alone at the top of the next page).
 */
function signedSectionEnd(blocks: readonly DocumentBlock[], i: number): number | undefined {
  let end = i + 1
  while (end < blocks.length && blocks[end]?.kind !== 'heading') end++
  const section = blocks.slice(i, end)
  if (section[section.length - 1]?.kind !== 'signatures') return undefined
  const lines = section.reduce((n, b) => n + estimatedLines(b), 0)
  return lines <= SIGNED_SECTION_LINES ? end : undefined
}

/**
 * A long table under a heading: the heading is the table's first header row (no borders, no
 * fill), so it starts a page with the column names and a first row, and names the table again
 * at the top of each page the table runs onto.
 */
function headedTable(
  heading: Extract<DocumentBlock, { kind: 'heading' }>,
  block: Extract<DocumentBlock, { kind: 'table' }>
): Content {
  const columns = block.columns.length
  const title = {
    text: pdfText(heading.text),
    bold: true,
    fontSize: HEADING_SIZES[heading.level],
    colSpan: columns,
    border: [false, false, false, false],
    margin: [-4, 6, 0, 2]
  }
  const table = blockContent(block) as Extract<Content, { table: unknown }>
  return {
    ...table,
    table: {
      ...table.table,
      headerRows: 2,
      keepWithHeaderRows: 1,
      body: [[title, ...Array.from({ length: columns - 1 }, () => ({}))], ...table.table.body]
    },
    // No rule above the heading: the table's lines start under it.
    layout: { hLineWidth: (line: number) => (line === 0 ? 0 : 1) }
  } as Content
}

/**
 * A heading never ends a page: it goes in one unbreakable stack with the short block under it,
 * which moves to the next page together when it does not fit.
 */
function keepHeadingsWithText(blocks: readonly DocumentBlock[]): Content[] {
  const content: Content[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as DocumentBlock
    const next = blocks[i + 1]
    const signedEnd = block.kind === 'heading' ? signedSectionEnd(blocks, i) : undefined
    if (signedEnd !== undefined) {
      content.push({ stack: blocks.slice(i, signedEnd).map(blockContent), unbreakable: true })
      i = signedEnd - 1
    } else if (block.kind === 'heading' && next && isShort(next)) {
      content.push({ stack: [blockContent(block), blockContent(next)], unbreakable: true })
      i++
    } else if (block.kind === 'heading' && next?.kind === 'table') {
      content.push(headedTable(block, next))
      i++
    } else {
      content.push(blockContent(block))
    }
  }
  return content
}

export function documentToPdfDefinition(model: DocumentModel): TDocumentDefinitions {
  const header: Content[] = [{ text: pdfSafe(model.title), bold: true, fontSize: 18 }]
  if (model.subtitle)
    header.push({ text: pdfSafe(model.subtitle), fontSize: 11, margin: [0, 2, 0, 0] })
  const byline = [
    model.author ? `Prepared by ${model.author}` : '',
    `Date: ${formatDay(model.createdOn, model.locale)}`
  ]
  header.push({
    text: pdfSafe(byline.filter(Boolean).join(' · ')),
    color: '#555555',
    fontSize: 9,
    margin: [0, 4, 0, 8]
  })
  const footerText = model.footer ? pdfSafe(model.footer) : ''
  return {
    info: {
      title: pdfSafe(model.title),
      author: model.author ? pdfSafe(model.author) : 'Fieldbook',
      creator: 'Fieldbook',
      producer: 'Fieldbook',
      // A fixed creation date: the same document renders to the same bytes.
      creationDate: new Date(`${model.createdOn}T00:00:00Z`)
    },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2 },
    content: [...header, ...keepHeadingsWithText(model.blocks)],
    // From page 2 on, each page names its document (a PIP: the employee), so a page HR files
    // on its own still says whose it is.
    header: (currentPage: number) =>
      currentPage === 1
        ? ''
        : { text: pdfSafe(model.title), fontSize: 8, color: '#555555', margin: [48, 24, 48, 0] },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: footerText, fontSize: 7.5, color: '#555555' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', fontSize: 8, width: 80 }
      ],
      margin: [48, 16, 48, 0]
    })
  }
}
