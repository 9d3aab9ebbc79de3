import { useState } from 'react'
import { undoLastImport } from '../../db/imports'
import { useImports, useLatestUndoableImport } from '../../db/useImportData'
import { useImportStore } from './importStore'
import { SOURCE_LABELS, KIND_NOUNS } from './labels'
import { TableFrame } from '../../ui/TableFrame'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { TableHead } from '../../ui/formParts'

/** Every import, newest first, with its counts and notes; the latest can be undone. */
export function ImportHistory() {
  const imports = useImports()
  const latest = useLatestUndoableImport()
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string }>()
  if (!imports) return null
  const undo = async () => {
    setConfirming(false)
    try {
      const undone = await undoLastImport()
      // The "Imported …" message of the import just undone no longer holds.
      useImportStore.getState().close()
      setMessage({ error: false, text: `Undid the import of “${undone.fileName}”.` })
    } catch (error) {
      setMessage({ error: true, text: errorText(error) })
    }
  }
  return (
    <section className="panel" aria-labelledby="import-history">
      <h2 id="import-history">Import history</h2>
      {message && <StatusMessage status={message} />}
      {imports.length === 0 ? (
        <p>No imports yet.</p>
      ) : (
        <TableFrame label="Imports, newest first">
          <table className="data-table compact">
            <caption className="visually-hidden">Imports, newest first</caption>
            <TableHead
              columns={[
                'When',
                'File',
                'What',
                'New',
                'Updated',
                'Unchanged',
                'Skipped',
                'Rejected'
              ]}
              numeric={['New', 'Updated', 'Unchanged', 'Skipped', 'Rejected']}
            />
            <tbody>
              {imports.map((i) => (
                <tr key={i.id} className={i.undone ? 'undone' : undefined}>
                  <td>{new Date(i.importedAt).toLocaleString()}</td>
                  <th scope="row">
                    {i.fileName}
                    {i.undone && <span className="badge">Undone</span>}
                    {i.notes.map((n) => (
                      <span key={n} className="cell-note">
                        {n}
                      </span>
                    ))}
                  </th>
                  <td>
                    {KIND_NOUNS[i.kind]}
                    <span className="cell-note">
                      {SOURCE_LABELS[i.source as keyof typeof SOURCE_LABELS] ?? i.source}
                    </span>
                  </td>
                  <td className="numeric">{i.counts.created.toLocaleString()}</td>
                  <td className="numeric">{i.counts.updated.toLocaleString()}</td>
                  <td className="numeric">{i.counts.unchanged.toLocaleString()}</td>
                  <td className="numeric">{i.counts.skipped.toLocaleString()}</td>
                  <td className="numeric">{i.counts.rejected.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {latest &&
        (confirming ? (
          <div role="group" aria-label="Confirm undo">
            <p>
              Undo “{latest.fileName}”? Records it created are removed and records it changed get
              their earlier values back.
            </p>
            <button type="button" className="danger" onClick={() => void undo()}>
              Yes, undo this import
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <p>
            <button type="button" onClick={() => setConfirming(true)}>
              Undo latest import…
            </button>
          </p>
        ))}
    </section>
  )
}
