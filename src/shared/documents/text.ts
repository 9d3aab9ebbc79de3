import type { DocumentModel } from './model'
import { tableRows } from './model'

/**
 * The whole document as plain text, one line per heading, paragraph, list item, table row and
 * field, in reading order: what unit tests read, and what stays the same when only the
 * layout changes.
 */
export function documentToText(model: DocumentModel): string {
  const lines: string[] = [model.title]
  if (model.subtitle) lines.push(model.subtitle)
  if (model.author) lines.push(`Prepared by ${model.author}`)
  lines.push(`Date ${model.createdOn}`)
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(block.text)
        break
      case 'list':
        block.items.forEach((item, i) => lines.push(`${block.ordered ? `${i + 1}.` : '-'} ${item}`))
        break
      case 'table':
        lines.push(block.columns.join(' | '))
        for (const row of tableRows(block)) lines.push(row.join(' | '))
        break
      case 'fields':
        for (const f of block.fields) lines.push(`${f.label}: ${f.value}`)
        break
      case 'signatures':
        for (const label of block.lines) lines.push(`${label}: ____________ Date: ________`)
        break
      case 'pageBreak':
        break
    }
  }
  if (model.footer) lines.push(model.footer)
  return lines.join('\n')
}
