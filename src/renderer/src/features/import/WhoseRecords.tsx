import { useState } from 'react'
import { ownerKey } from '@shared/import'
import { useImportReps } from '../../db/useImportData'
import { useImportState } from './importStore'
import { RepOptions } from '../../ui/formParts'

/**
 * A deals or activities file with no owner column (a Salesforce export of one user's
 * opportunities): whose records are they? One rep for all of them, or a column of the file.
 */
export function WhoseRecords() {
  const { analysis, decisions, table, changeDecisions } = useImportState(
    'analysis',
    'decisions',
    'table',
    'changeDecisions'
  )
  const reps = useImportReps() ?? []
  const [newName, setNewName] = useState('')
  if (!analysis || !decisions || !table || !analysis.ownerColumnMissing) return null
  const everyRow = decisions.everyRowOwner ?? ''
  const known = reps.some((r) => r.name === everyRow)
  const active = [...reps].filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name))
  return (
    <section
      className={`panel${everyRow === '' ? ' needs-answer' : ''}`}
      aria-labelledby="import-whose-records"
    >
      <h2 id="import-whose-records">Whose records are these?</h2>
      <p>
        This file has no owner column, so Fieldbook cannot tell whose deals or activities they are.
        Choose one rep for every row, or the column that names the owner.
      </p>
      <div className="form-row">
        <label>
          One rep for every row
          <select
            value={known ? everyRow : ''}
            onChange={(e) => void changeDecisions({ everyRowOwner: e.target.value || undefined })}
          >
            <option value="">Choose a rep…</option>
            <RepOptions reps={active} by="name" />
          </select>
        </label>
        <label>
          Or a new rep named
          <input
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            placeholder="Full name"
          />
        </label>
        <button
          type="button"
          disabled={newName.trim() === ''}
          onClick={() => {
            const name = newName.trim()
            void changeDecisions({
              everyRowOwner: name,
              owners: { ...decisions.owners, [ownerKey(name)]: { action: 'create', name } }
            })
          }}
        >
          Use this name
        </button>
        <label>
          Or the owner column
          <select
            value=""
            onChange={(e) => {
              if (e.target.value === '') return
              void changeDecisions(
                { columns: { ...decisions.columns, owner: Number(e.target.value) } },
                true
              )
            }}
          >
            <option value="">Choose a column…</option>
            {table.headers.map((h, i) => (
              <option key={`${h}-${i}`} value={i}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </div>
      {everyRow !== '' && (
        <p role="status">
          Every row will be {known ? '' : 'a new rep’s, '}
          {everyRow}’s.
        </p>
      )}
    </section>
  )
}
