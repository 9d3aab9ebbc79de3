import { useId, useState, type FormEvent } from 'react'
import type { ExpectationSet, Rep } from '@shared/domain'
import {
  describeTarget,
  METRICS,
  MIN_REASON_LENGTH,
  parseOverrideDraft,
  type OverrideDraft,
  type OverrideField,
  type ParsedOverride
} from '@shared/expectations'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { moneyValue } from './DimensionForm'
import { FieldError, fieldProps, SelectField } from './fieldErrors'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'
import { Options, RepOptions } from '../../ui/formParts'

const blank: OverrideDraft = { repId: '', dimensionKey: '', target: '', reason: '' }

/** Gives one rep a different target on one dimension: only with a written reason. */
export function OverrideForm({
  set,
  reps,
  currency,
  onSave
}: {
  set: ExpectationSet
  reps: readonly Rep[]
  currency: string
  onSave(override: ParsedOverride): Promise<void>
}) {
  const id = useId()
  const { locale } = useWorkspaceMoney()
  const [draft, setDraft] = useState<OverrideDraft>(blank)
  const [errors, setErrors] = useState<Partial<Record<OverrideField, string>>>({})
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const inRole = reps.filter((r) => r.roleId === set.roleId && r.active)
  const change = (field: OverrideField, value: string) =>
    setDraft((d) => ({ ...d, [field]: value }))
  /** What ties a choice to its field of the draft: its value, its change, its error. */
  const bound = (field: OverrideField) => ({
    id,
    field,
    errors,
    value: draft[field],
    onChange: (value: string) => change(field, value)
  })
  const dimension = set.dimensions.find((d) => d.key === draft.dimensionKey)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setStatus(undefined)
    const result = parseOverrideDraft(draft, { set, reps, currency, locale })
    if (!result.ok) return setErrors(result.errors)
    setErrors({})
    try {
      await onSave(result.value)
      const name = reps.find((r) => r.id === result.value.repId)?.name
      setStatus({ error: false, text: `Saved the override for ${name}.` })
      setDraft(blank)
    } catch (error) {
      setStatus({ error: true, text: errorText(error) })
    }
  }

  return (
    <form aria-labelledby={`${id}-title`} onSubmit={submit} noValidate className="override-form">
      <h3 id={`${id}-title`}>Add an override</h3>
      <p className="cell-note">
        Hold one rep to a different target only for a reason you would explain to the rest of the
        team. The reason is shown in the fairness check.
      </p>
      <div className="form-row">
        <SelectField label="Rep" {...bound('repId')}>
          <option value="">Choose a rep…</option>
          <RepOptions reps={inRole} />
        </SelectField>
        <SelectField label="Expectation" {...bound('dimensionKey')}>
          <option value="">Choose an expectation…</option>
          <Options items={set.dimensions} value={(d) => d.key} label={(d) => d.label} />
        </SelectField>
        {dimension && METRICS[dimension.metric].unit === 'money' ? (
          <MoneyInput
            label="Target for this rep"
            currency={dimension.currency ?? currency}
            value={moneyValue(draft.target, dimension.currency ?? currency, locale)}
            onChange={(_, text) => change('target', text)}
            error={errors.target}
            hint={`Role: ${describeTarget(dimension, dimension.target, currency, locale)}`}
          />
        ) : (
          <label>
            Target for this rep
            <input
              value={draft.target}
              onChange={(e) => change('target', e.target.value)}
              inputMode="decimal"
              size={14}
              {...fieldProps(id, 'target', errors, dimension ? `${id}-role-target` : undefined)}
            />
            {dimension && (
              <span id={`${id}-role-target`} className="cell-note">
                Role: {describeTarget(dimension, dimension.target, currency, locale)}
              </span>
            )}
            <FieldError id={id} field="target" errors={errors} />
          </label>
        )}
      </div>
      <label className="stacked">
        Reason (required, at least {MIN_REASON_LENGTH} characters)
        <textarea
          value={draft.reason}
          onChange={(e) => change('reason', e.target.value)}
          rows={2}
          {...fieldProps(id, 'reason', errors)}
        />
        <FieldError id={id} field="reason" errors={errors} />
      </label>
      <SaveOrCancel save="Save override" />
      {status && <StatusMessage status={status} />}
    </form>
  )
}
