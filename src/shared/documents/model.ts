import { z } from 'zod'
import { CalendarDate } from '../domain/common'

/**
 * A document as data: what goes into a PIP packet, an expectations sheet or 1:1 notes,
 * independent of PDF, DOCX or Markdown. Features build one with pure code; the renderers in
 * this folder turn it into a file. Main validates it again before rendering (it crosses IPC).
 */

/** Long enough for pages of notes, short enough that a hostile page cannot exhaust main. */
const Text = z.string().max(100_000)
const Line = z.string().max(2_000)

export const DocumentBlock = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: Line
  }),
  z.object({
    kind: z.literal('paragraph'),
    text: Text,
    tone: z.enum(['normal', 'muted', 'strong']).optional()
  }),
  z.object({
    kind: z.literal('list'),
    items: z.array(Text).max(5_000),
    ordered: z.boolean().optional()
  }),
  z.object({
    kind: z.literal('table'),
    columns: z.array(Line).min(1).max(20),
    rows: z.array(z.array(Text).max(20)).max(20_000)
  }),
  z.object({
    kind: z.literal('fields'),
    fields: z.array(z.object({ label: Line, value: Text })).max(500)
  }),
  /** A line to sign on per label ("Employee signature"), with a date line beside it. */
  z.object({ kind: z.literal('signatures'), lines: z.array(Line).min(1).max(10) }),
  z.object({ kind: z.literal('pageBreak') })
])
export type DocumentBlock = z.infer<typeof DocumentBlock>

export const DocumentModel = z.object({
  title: Line.min(1),
  subtitle: Line.optional(),
  author: Line.optional(),
  /** The day the document was made, `yyyy-MM-dd` (passed in: shared code has no clock). */
  createdOn: CalendarDate,
  /** The workspace's locale (BCP 47, e.g. en-GB): how the byline writes the day. en-US when absent. */
  locale: z.string().max(35).optional(),
  /** Printed on every page, e.g. the state of a PIP packet's record of changes. */
  footer: Line.optional(),
  blocks: z.array(DocumentBlock).max(50_000)
})
export type DocumentModel = z.infer<typeof DocumentModel>

export const DocumentFormat = z.enum(['pdf', 'docx', 'markdown'])
export type DocumentFormat = z.infer<typeof DocumentFormat>

/** File extension and save-dialog filter per format. */
export const DOCUMENT_FILES: Record<DocumentFormat, { extension: string; filterName: string }> = {
  pdf: { extension: 'pdf', filterName: 'PDF document' },
  docx: { extension: 'docx', filterName: 'Word document' },
  markdown: { extension: 'md', filterName: 'Markdown text' }
}

/**
 * Table rows must have as many cells as there are columns; a short row is padded with blanks
 * and a long one is an error in the code that built it, caught here rather than in a renderer.
 */
export function checkDocument(model: DocumentModel): string | undefined {
  for (const [index, block] of model.blocks.entries()) {
    if (block.kind !== 'table') continue
    const wide = block.rows.findIndex((r) => r.length > block.columns.length)
    if (wide >= 0)
      return `Table ${index + 1} row ${wide + 1} has ${block.rows[wide]?.length} cells for ${block.columns.length} columns`
  }
  return undefined
}

/** Every table row padded to its column count. */
export function tableRows(block: Extract<DocumentBlock, { kind: 'table' }>): string[][] {
  return block.rows.map((r) =>
    r.length >= block.columns.length
      ? r
      : [...r, ...Array.from({ length: block.columns.length - r.length }, () => '')]
  )
}

/** "Kevin Walsh PIP" as a PDF → "Kevin Walsh PIP.pdf"; a matching extension is kept. */
export function documentFileName(name: string, format: DocumentFormat): string {
  const { extension } = DOCUMENT_FILES[format]
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`
}
