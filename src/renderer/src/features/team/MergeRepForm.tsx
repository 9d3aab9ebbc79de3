import { useMemo, useState } from 'react'
import type { Rep } from '@shared/domain'
import { isCurrentRep } from '@shared/team'
import { repositories } from '../../db'
import { useTables } from '../../db/live'
import { errorText } from '@shared/text/errorText'

/**
 * Merge a duplicate (the same person from a second CRM) into this rep: the duplicate's name,
 * e-mail and ids become aliases, its records move here. Asks once more before it happens.
 */
export function MergeRepForm({
  rep,
  onStatus
}: {
  rep: Rep
  onStatus(s: { error: boolean; text: string }): void
}) {
  const tables = useTables('reps')
  const others = useMemo(
    () =>
      tables?.reps
        .filter((r) => r.id !== rep.id && r.mergedInto === undefined)
        .sort(
          (a, b) =>
            Number(isCurrentRep(b)) - Number(isCurrentRep(a)) || a.name.localeCompare(b.name)
        ),
    [tables, rep.id]
  )
  const [duplicateId, setDuplicateId] = useState('')
  const [confirming, setConfirming] = useState(false)
  if (!others || others.length === 0) return null
  const duplicate = others.find((r) => r.id === duplicateId)
  const merge = async () => {
    if (!duplicate) return
    try {
      await repositories.reps.merge(rep.id, duplicate.id)
      onStatus({
        error: false,
        text: `${duplicate.name} was merged into ${rep.name}: their records are here now.`
      })
      setDuplicateId('')
    } catch (e) {
      onStatus({ error: true, text: errorText(e) })
    }
    setConfirming(false)
  }
  return (
    <div className="form-row">
      <label>
        Duplicate of {rep.name}
        <select
          value={duplicateId}
          onChange={(e) => {
            setDuplicateId(e.target.value)
            setConfirming(false)
          }}
        >
          <option value="">Choose a rep…</option>
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.active ? '' : ' (left)'}
            </option>
          ))}
        </select>
      </label>
      {confirming && duplicate ? (
        <span role="group" aria-label="Confirm merge">
          Move every record of {duplicate.name} to {rep.name}?{' '}
          <button type="button" className="danger" onClick={() => void merge()}>
            Yes, merge {duplicate.name} into {rep.name}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" disabled={!duplicate} onClick={() => setConfirming(true)}>
          Merge into {rep.name}…
        </button>
      )}
    </div>
  )
}
