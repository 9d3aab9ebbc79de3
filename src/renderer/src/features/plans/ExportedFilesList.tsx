import type { PlanAuditEntry } from '@shared/domain'
import { exportedFiles } from '@shared/plans/exportRecords'
import { TableHead } from '../../ui/formParts'
import { showDay } from '../../ui/words'

/**
 * The files exported from this plan, each with the full SHA-256 of its bytes as selectable
 * text, so HR can compare a file they hold (`sha256sum file`, or on Windows
 * `certutil -hashfile file SHA256`) or use "Verify a document".
 */
export function ExportedFilesList({ entries }: { entries: PlanAuditEntry[] }) {
  const files = exportedFiles(entries)
  if (files.length === 0)
    return <p className="subtle">No file exported yet. Each export is listed here with its hash.</p>
  return (
    <>
      <h3 id="exported-files-title">Exported files</h3>
      <table className="data-table compact" aria-labelledby="exported-files-title">
        <TableHead columns={['When (UTC)', 'Document', 'File', 'SHA-256 of the file']} />
        <tbody>
          {files.map((f) => (
            <tr key={f.entryId}>
              <td className="nowrap">
                {showDay(f.at)}, {f.at.slice(11, 16)}
              </td>
              <td>
                {f.document} ({f.format.toUpperCase()})
              </td>
              <td className="long-text">{f.fileName}</td>
              <td>
                <code className="hash">{f.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
