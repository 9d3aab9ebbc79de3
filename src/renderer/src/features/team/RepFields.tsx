import { useId } from 'react'
import type { Role } from '@shared/domain'
import type { RepInput } from '../../db/rosterRepository'
import { Options } from '../../ui/formParts'

/** What the rep form holds while the manager types (numbers and lists as text). */
export interface RepFormState {
  name: string
  email: string
  crmAliases: string
  roleId: string
  startDate: string
  rampMonths: string
  territory: string
}

export function emptyRepForm(roles: readonly Role[], today: string): RepFormState {
  const role = roles[0]
  return {
    name: '',
    email: '',
    crmAliases: '',
    roleId: role?.id ?? '',
    startDate: today,
    rampMonths: String(role?.defaultRampMonths ?? 0),
    territory: ''
  }
}

/** The form's text as a rep, or the first problem a person can fix. */
export function repInputOf(
  f: RepFormState
): { ok: true; input: RepInput } | { ok: false; problem: string } {
  if (!f.name.trim()) return { ok: false, problem: 'Enter the rep’s name.' }
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim()))
    return { ok: false, problem: `“${f.email.trim()}” is not an e-mail address.` }
  if (!f.roleId) return { ok: false, problem: 'Choose the rep’s role.' }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.startDate))
    return { ok: false, problem: 'Enter the start date as a date.' }
  const ramp = Number(f.rampMonths)
  if (f.rampMonths.trim() === '' || !Number.isInteger(ramp) || ramp < 0 || ramp > 24)
    return { ok: false, problem: 'Ramp is a whole number of months from 0 to 24.' }
  return {
    ok: true,
    input: {
      name: f.name,
      email: f.email.trim() || undefined,
      crmAliases: f.crmAliases
        .split(/[,;\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
      roleId: f.roleId,
      startDate: f.startDate,
      rampMonths: ramp,
      territory: f.territory
    }
  }
}

/** The labelled fields of a rep, shared by "Add a rep" and "Edit details". */
export function RepFields({
  form,
  roles,
  onChange
}: {
  form: RepFormState
  roles: readonly Role[]
  onChange(next: RepFormState): void
}) {
  const id = useId()
  const text = (key: keyof RepFormState, label: string, type = 'text', hint?: string) => (
    <div>
      <label>
        {label}
        <input
          type={type}
          value={form[key]}
          aria-describedby={hint ? `${id}-${key}-hint` : undefined}
          onChange={(e) => onChange({ ...form, [key]: e.target.value })}
        />
      </label>
      {hint && (
        <span id={`${id}-${key}-hint`} className="cell-note">
          {hint}
        </span>
      )}
    </div>
  )
  return (
    <div className="form-grid">
      {text('name', 'Name')}
      {text('email', 'E-mail', 'email')}
      <label>
        Role
        <select
          value={form.roleId}
          onChange={(e) => {
            const role = roles.find((r) => r.id === e.target.value)
            onChange({
              ...form,
              roleId: e.target.value,
              rampMonths: role ? String(role.defaultRampMonths) : form.rampMonths
            })
          }}
        >
          <Options items={roles} value={(r) => r.id} label={(r) => r.name} />
        </select>
      </label>
      {text('startDate', 'Start date', 'date')}
      {text('rampMonths', 'Ramp (months)', 'number', 'Targets are prorated while on ramp.')}
      {text('territory', 'Territory')}
      {text(
        'crmAliases',
        'CRM aliases',
        'text',
        'Names, e-mails or CRM user ids, separated by commas.'
      )}
    </div>
  )
}
