import { useState, type FormEvent } from 'react'
import type { Observation } from '@shared/domain'
import { CORRECTABLE_FIELDS, correctObservation, type CorrectableField } from '@shared/observations'
import { repositories } from '../../db'
import { showDay } from '../../ui/words'
import { errorText } from '@shared/text/errorText'
import { SaveOrCancel } from '../../ui/SaveOrCancel'
import { ProblemList } from './FieldProblem'

const fieldsOf = (o: Observation): CorrectableField[] =>
  (Object.keys(CORRECTABLE_FIELDS) as CorrectableField[]).filter(
    (f) => f !== 'outcome' || o.kind !== 'rolePlay'
  )

/**
 * "Correct this observation": the feedback fields, prefilled, and the reason. Saving keeps the
 * earlier words as a dated revision, listed under the observation.
 */
export function CorrectObservation({ observation: o }: { observation: Observation }) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Record<CorrectableField, string>>({
    outcome: o.outcome,
    selfAssessment: o.selfAssessment,
    strength: o.strength,
    focus: o.focus
  })
  const [reason, setReason] = useState('')
  // The observation's revision when the correction was started: a change meanwhile is refused.
  const [loadedAt, setLoadedAt] = useState(o.updatedAt)
  const [problems, setProblems] = useState<string[]>([])
  const [message, setMessage] = useState('')
  const start = () => {
    setValues({
      outcome: o.outcome,
      selfAssessment: o.selfAssessment,
      strength: o.strength,
      focus: o.focus
    })
    setReason('')
    setProblems([])
    setMessage('')
    setLoadedAt(o.updatedAt)
    setOpen(true)
  }
  const save = async (e: FormEvent) => {
    e.preventDefault()
    // The same rule the repository applies, checked here first to say it at once.
    const check = correctObservation(o, values, reason, new Date().toISOString())
    if (!check.ok) return setProblems(check.problems)
    try {
      await repositories.observations.correct(o.id, values, reason, loadedAt)
      setOpen(false)
      setMessage('Correction saved; the earlier words are kept below.')
    } catch (err) {
      setProblems([errorText(err)])
    }
  }
  return (
    <section aria-labelledby="corrections-title" className="panel corrections">
      <h2 id="corrections-title">Corrections</h2>
      {(o.revisions ?? []).length === 0 ? (
        <p className="subtle">Not corrected since it was saved.</p>
      ) : (
        <ol className="revision-list">
          {(o.revisions ?? []).map((r, i) => (
            <li key={i}>
              <strong>Corrected on {showDay(r.revisedAt)}</strong>: {r.reason}
              <ul>
                {r.changes.map((c) => (
                  <li key={c.field}>
                    {CORRECTABLE_FIELDS[c.field]} was “{c.before || '—'}”, now “{c.after || '—'}”.
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p role="status">{message}</p>
      {!open ? (
        <button type="button" onClick={start}>
          Correct this observation
        </button>
      ) : (
        <form aria-label="Correct this observation" onSubmit={(e) => void save(e)} noValidate>
          {fieldsOf(o).map((f) => (
            <div className="form-row" key={f}>
              <label className="wide">
                {CORRECTABLE_FIELDS[f]}
                <input
                  type="text"
                  value={values[f]}
                  onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                />
              </label>
            </div>
          ))}
          <div className="form-row">
            <label className="wide">
              Why you are correcting it
              <input
                type="text"
                value={reason}
                aria-invalid={problems.length > 0 && !reason.trim() ? true : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
            </label>
          </div>
          <ProblemList problems={problems} />
          <SaveOrCancel save="Save the correction" onCancel={() => setOpen(false)} />
        </form>
      )}
    </section>
  )
}
