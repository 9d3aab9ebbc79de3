import { useState, type FormEvent } from 'react'
import type { Rep } from '@shared/domain'
import { describeRepChange } from '@shared/team'
import { repositories } from '../../db'
import { useTables } from '../../db/live'
import { MergeRepForm } from './MergeRepForm'
import { RepFields, repInputOf, type RepFormState } from './RepFields'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'

type Status = { error: boolean; text: string }

const formOf = (rep: Rep): RepFormState => ({
  name: rep.name,
  email: rep.email ?? '',
  crmAliases: rep.crmAliases.join(', '),
  roleId: rep.roleId,
  startDate: rep.startDate,
  rampMonths: String(rep.rampMonths),
  territory: rep.territory
})

/** Rep page: edit the rep's details, record that they left, merge a duplicate; change history. */
export function RepDetailsForm({ rep, today }: { rep: Rep; today: string }) {
  const roles = useTables('roles')?.roles
  const [form, setForm] = useState<RepFormState>(() => formOf(rep))
  const [editing, setEditing] = useState(false)
  const [leftOn, setLeftOn] = useState(today)
  const [status, setStatus] = useState<Status>()
  if (!roles) return null
  const roleName = (id: string) => roles.find((r) => r.id === id)?.name ?? 'a removed role'
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      setStatus({ error: false, text: done })
      return true
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
      return false
    }
  }
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const checked = repInputOf(form)
    if (!checked.ok) return setStatus({ error: true, text: checked.problem })
    if (await run(() => repositories.reps.editRep(rep.id, checked.input), 'Details saved.'))
      setEditing(false)
  }
  const changes = [...(rep.changes ?? [])].reverse()
  return (
    <section className="panel" aria-labelledby="rep-details-title">
      <h2 id="rep-details-title">Details and history</h2>
      {editing ? (
        <form onSubmit={(e) => void save(e)} aria-label={`Edit ${rep.name}`} noValidate>
          <RepFields form={form} roles={roles} onChange={setForm} />
          <div className="form-row">
            <button type="submit" className="primary">
              Save details
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="form-row">
          <button
            type="button"
            onClick={() => {
              setForm(formOf(rep))
              setEditing(true)
            }}
          >
            Edit details…
          </button>
          <span className="cell-note">
            CRM aliases: {rep.crmAliases.length > 0 ? rep.crmAliases.join(', ') : 'none'} · ramp{' '}
            {rep.rampMonths} months
          </span>
        </div>
      )}
      {rep.mergedInto ? (
        <p className="subtle">This record was merged into another rep; its records moved there.</p>
      ) : rep.active ? (
        <div className="form-row">
          <label>
            Left the team on
            <input type="date" value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
          </label>
          <button
            type="button"
            onClick={() =>
              void run(
                () => repositories.reps.leave(rep.id, leftOn),
                `${rep.name} is recorded as having left; their history stays.`
              )
            }
          >
            Record that {rep.name} left
          </button>
        </div>
      ) : (
        <div className="form-row">
          <span className="badge">Left the team {rep.leftOn ? `on ${rep.leftOn}` : ''}</span>
          <button
            type="button"
            onClick={() =>
              void run(() => repositories.reps.rejoin(rep.id), `${rep.name} is back on the team.`)
            }
          >
            Back on the team
          </button>
        </div>
      )}
      {!rep.mergedInto && <MergeRepForm rep={rep} onStatus={setStatus} />}
      {status && <StatusMessage status={status} />}
      <h3>Change history</h3>
      {changes.length === 0 ? (
        <p className="subtle">No change to start date, ramp, role or standing yet.</p>
      ) : (
        <ul className="change-history" aria-label="Change history">
          {changes.map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {c.at.slice(0, 10)}: {describeRepChange(c, roleName)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
