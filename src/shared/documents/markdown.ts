import { formatDay } from '../words/dates'
import type { DocumentModel } from './model'
import { tableRows } from './model'

/** A table cell on one line: pipes escaped, line breaks kept as <br>. */
const cell = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')

/** One line of text (headings, list items): line breaks become spaces. */
const oneLine = (text: string): string => text.replace(/\s*\r?\n\s*/g, ' ').trim()

/**
 * Markdown for people who paste notes into email or a wiki. Paragraph text is written as it is
 * (1:1 notes are themselves Markdown); everything with structure is escaped so a `|` or a line
 * break in someone's note cannot break a table.
 */
export function documentToMarkdown(model: DocumentModel): string {
  const out: string[] = [`# ${oneLine(model.title)}`, '']
  if (model.subtitle) out.push(`_${oneLine(model.subtitle)}_`, '')
  const byline = [
    model.author ? `Prepared by ${model.author}` : '',
    `Date: ${formatDay(model.createdOn, model.locale)}`
  ]
  out.push(byline.filter(Boolean).join(' · '), '')
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level + 1)} ${oneLine(block.text)}`, '')
        break
      case 'paragraph': {
        const text = block.tone === 'strong' ? `**${block.text.trim()}**` : block.text
        out.push(block.tone === 'muted' ? `_${text.trim()}_` : text, '')
        break
      }
      case 'list':
        block.items.forEach((item, i) =>
          out.push(`${block.ordered ? `${i + 1}.` : '-'} ${item.replace(/\r?\n/g, '\n   ')}`)
        )
        out.push('')
        break
      case 'table':
        out.push(`| ${block.columns.map(cell).join(' | ')} |`)
        out.push(`| ${block.columns.map(() => '---').join(' | ')} |`)
        for (const row of tableRows(block)) out.push(`| ${row.map(cell).join(' | ')} |`)
        out.push('')
        break
      case 'fields':
        for (const f of block.fields) out.push(`- **${oneLine(f.label)}:** ${oneLine(f.value)}`)
        out.push('')
        break
      case 'signatures':
        for (const label of block.lines)
          out.push(`${oneLine(label)}: ______________________  Date: __________`, '')
        break
      case 'pageBreak':
        out.push('---', '')
        break
    }
  }
  if (model.footer) out.push('---', '', `_${oneLine(model.footer)}_`, '')
  return out.join('\n')
}
