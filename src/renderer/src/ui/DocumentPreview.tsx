import { TableFrame } from './TableFrame'
import { TableHead } from './formParts'
import type { DocumentBlock, DocumentModel } from '@shared/documents/model'
import './ui.css'

/**
 * A document model shown on screen as the reader will get it: the same model the PDF and
 * Markdown are rendered from, so a preview cannot say something the file does not.
 */
export function DocumentPreview({ document, label }: { document: DocumentModel; label: string }) {
  return (
    <article className="document-preview" aria-label={label}>
      <h2>{document.title}</h2>
      {document.subtitle && <p className="subtle">{document.subtitle}</p>}
      {document.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      {document.footer && <p className="cell-note">{document.footer}</p>}
    </article>
  )
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 3 ? <h4>{block.text}</h4> : <h3>{block.text}</h3>
    case 'paragraph':
      return <p className={block.tone === 'muted' ? 'subtle' : undefined}>{block.text}</p>
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item}</li>)
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
    }
    case 'fields':
      return (
        <dl className="preview-fields">
          {block.fields.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )
    case 'table':
      return (
        <TableFrame label="Table, scrollable">
          <table className="data-table compact">
            <TableHead columns={block.columns} />
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )
    case 'signatures':
      return (
        <ul>
          {block.lines.map((l) => (
            <li key={l}>{l}: ____________ Date: ________</li>
          ))}
        </ul>
      )
    case 'pageBreak':
      return <hr />
  }
}
