import { useMemo, useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import { repositories } from '../../db'
import { useTables } from '../../db/live'
import { displayDate } from './format'
import { emptyRepForm, RepFields, repInputOf, type RepFormState } from './RepFields'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { screens } from '../../ui/routes'

/** Team screen: add a rep by hand, and the reps who left or were merged (kept in history). */
export function RosterEditor({ today }: { today: string }) {
  const tables = useTables('roles', 'reps')
  const data = useMemo(
    () =>
      tables && {
        roles: tables.roles.sort((a, b) => a.name.localeCompare(b.name)),
        former: tables.reps.filter((r) => !r.active).sort((a, b) => a.name.localeCompare(b.name)),
        names: new Map(tables.reps.map((r) => [r.id, r.name]))
      },
    [tables]
  )
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<RepFormState>()
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  if (!data) return null
  const current = form ?? emptyRepForm(data.roles, today)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const checked = repInputOf(current)
    if (!checked.ok) {
      setStatus({ error: true, text: checked.problem })
      return
    }
    try {
      const rep = await repositories.reps.addRep(checked.input)
      setStatus({ error: false, text: `${rep.name} is on the team.` })
      setForm(emptyRepForm(data.roles, today))
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }
  return (
    <>
      <section className="panel" aria-labelledby="add-rep-title">
        <h2 id="add-rep-title">Add a rep</h2>
        {open ? (
          <form onSubmit={(e) => void submit(e)} aria-label="Add a rep" noValidate>
            <RepFields form={current} roles={data.roles} onChange={setForm} />
            <div className="form-row">
              <button type="submit" className="primary">
                Add to the team
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                Close
              </button>
              <Link to={screens.roles}>Roles and default ramps</Link>
            </div>
          </form>
        ) : (
          <div className="form-row">
            <button type="button" onClick={() => setOpen(true)}>
              Add a rep by hand…
            </button>
            <Link to={screens.import}>Import a people file</Link>
            <Link to={screens.roles}>Roles and default ramps</Link>
          </div>
        )}
        {status && <StatusMessage status={status} />}
      </section>
      {data.former.length > 0 && (
        <section className="panel" aria-labelledby="former-title">
          <h2 id="former-title">Former reps</h2>
          <p className="subtle">Kept with their history; not counted on current screens.</p>
          <ul>
            {data.former.map((r) => (
              <li key={r.id}>
                <Link to={screens.rep(r.id)}>{r.name}</Link>{' '}
                <span className="cell-note">
                  {r.mergedInto
                    ? `merged into ${data.names.get(r.mergedInto) ?? 'another rep'}`
                    : `left ${displayDate(r.leftOn)}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
