import { NumberField, TextField } from '../../ui/formParts'
import { useMemo, useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import type { Role } from '@shared/domain'
import { repositories } from '../../db'
import { useTables } from '../../db/live'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import './team.css'
import { screens } from '../../ui/routes'

type Status = { error: boolean; text: string }
const messageOf = (e: unknown) => errorText(e)

function rampOf(text: string): number | undefined {
  const n = Number(text)
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 24 ? n : undefined
}

/** What a save says when the ramp box holds no whole number of months from 0 to 24. */
const RAMP_PROBLEM: Status = {
  error: true,
  text: 'Default ramp is a whole number of months from 0 to 24.'
}

function RoleRow({ role, onStatus }: { role: Role; onStatus(s: Status): void }) {
  const [name, setName] = useState(role.name)
  const [ramp, setRamp] = useState(String(role.defaultRampMonths))
  const [copyName, setCopyName] = useState(`${role.name} (copy)`)
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const months = rampOf(ramp)
    if (months === undefined) return onStatus(RAMP_PROBLEM)
    try {
      await repositories.roles.editRole(role.id, { name, defaultRampMonths: months })
      onStatus({ error: false, text: `Role “${name.trim()}” saved.` })
    } catch (err) {
      onStatus({ error: true, text: messageOf(err) })
    }
  }
  const duplicate = async () => {
    try {
      const made = await repositories.roles.duplicateRole(role.id, copyName)
      onStatus({
        error: false,
        text: `Role “${made.name}” made with the expectations of “${role.name}”.`
      })
    } catch (err) {
      onStatus({ error: true, text: messageOf(err) })
    }
  }
  return (
    <section className="panel" aria-label={`Role ${role.name}`}>
      <form onSubmit={(e) => void save(e)} className="form-row">
        <TextField label="Role name" value={name} onChange={setName} />
        <RampField label="Default ramp (months)" value={ramp} onChange={setRamp} />
        <button type="submit">Save role</button>
      </form>
      <div className="form-row">
        <TextField label="Name of the copy" value={copyName} onChange={setCopyName} />
        <button type="button" onClick={() => void duplicate()}>
          Duplicate with expectations
        </button>
      </div>
      {(role.changes ?? []).length > 0 && (
        <ul className="change-history" aria-label={`Changes to ${role.name}`}>
          {[...(role.changes ?? [])].reverse().map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {c.at.slice(0, 10)}: {c.field === 'name' ? 'renamed' : 'default ramp'} {c.from} →{' '}
              {c.to}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Team › Roles: create, rename, duplicate with expectations, default ramp. */
export function RolesScreen() {
  const tables = useTables('roles')
  const roles = useMemo(() => tables?.roles.sort((a, b) => a.name.localeCompare(b.name)), [tables])
  const [name, setName] = useState('')
  const [ramp, setRamp] = useState('3')
  const [status, setStatus] = useState<Status>()
  if (!roles) return <p className="loading">Loading roles…</p>
  const create = async (e: FormEvent) => {
    e.preventDefault()
    const months = rampOf(ramp)
    if (months === undefined) return setStatus(RAMP_PROBLEM)
    try {
      const role = await repositories.roles.createRole(name, months)
      setStatus({ error: false, text: `Role “${role.name}” created; set its expectations next.` })
      setName('')
    } catch (err) {
      setStatus({ error: true, text: messageOf(err) })
    }
  }
  return (
    <section aria-labelledby="roles-title">
      <p className="breadcrumb">
        <Link to={screens.team}>Team</Link> / Roles
      </p>
      <h1 id="roles-title">Roles</h1>
      <p className="subtle">
        Everyone in a role is held to the same <Link to={screens.expectations}>expectations</Link>;
        a new rep starts with the role’s default ramp. Renames and ramp changes are kept with their
        date.
      </p>
      {status && <StatusMessage status={status} />}
      {roles.map((r) => (
        <RoleRow key={`${r.id}-${r.updatedAt}`} role={r} onStatus={setStatus} />
      ))}
      <form className="panel" aria-labelledby="new-role-title" onSubmit={(e) => void create(e)}>
        <h2 id="new-role-title">New role</h2>
        <div className="form-row">
          <TextField label="Name of the new role" value={name} onChange={setName} />
          <RampField
            label="Default ramp for the new role (months)"
            value={ramp}
            onChange={setRamp}
          />
          <button type="submit">Create role</button>
        </div>
      </form>
    </section>
  )
}

/** A role's default ramp: whole months, 0 to 24. */
function RampField(props: { label: string; value: string; onChange(value: string): void }) {
  return <NumberField {...props} min={0} max={24} />
}
