import { format } from 'date-fns'
import { useId, useState, type FormEvent } from 'react'
import type { ExpectationDimension, MetricKey } from '@shared/domain'
import { moneyInputText, parseMoneyInput } from '@shared/money'
import {
  METRICS,
  parseDimensionDraft,
  type DimensionDraft,
  type MetricUnit,
  type DimensionField
} from '@shared/expectations'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { FieldError, fieldProps, SelectField } from './fieldErrors'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'

const UNIT_HINTS: Record<MetricUnit, (currency: string) => string> = {
  money: (currency: string) => `Money in ${currency}, e.g. 300,000`,
  percent: () => 'Percent, 0 to 100',
  count: () => 'How many, a whole number',
  days: () => 'Days',
  score: () => 'A score from 1 to 5',
  ratio: () => 'Times, e.g. 3 for 3×'
}

function draftOf(
  d: ExpectationDimension | undefined,
  currency: string,
  locale: string
): DimensionDraft {
  if (!d)
    return {
      label: '',
      metric: '',
      target: '',
      period: 'month',
      direction: 'atLeast',
      indicator: 'leading',
      weight: '0'
    }
  const money = METRICS[d.metric].unit === 'money'
  return {
    label: d.label,
    metric: d.metric,
    target: money ? moneyInputText(d.target, d.currency ?? currency, locale) : String(d.target),
    period: d.period,
    direction: d.direction,
    indicator: d.indicator,
    weight: String(d.weight)
  }
}

/** The amount a money field's text stands for (undefined while it holds none). */
export function moneyValue(text: string, currency: string, locale: string): number | undefined {
  const parsed = parseMoneyInput(text, { currency, locale })
  return parsed.ok ? parsed.minor : undefined
}

/** Adds a dimension or edits one: every field labelled, each problem named next to its field. */
export function DimensionForm({
  editing,
  existing,
  currency,
  onSave,
  onCancel
}: {
  editing?: ExpectationDimension
  existing: readonly ExpectationDimension[]
  currency: string
  /** `effectiveFrom`: the first day a changed target is in force (issue 14). */
  onSave(dimension: ExpectationDimension, effectiveFrom?: string): Promise<void>
  onCancel(): void
}) {
  const id = useId()
  const { locale } = useWorkspaceMoney()
  const [draft, setDraft] = useState<DimensionDraft>(() => draftOf(editing, currency, locale))
  const [errors, setErrors] = useState<Partial<Record<DimensionField, string>>>({})
  const [failure, setFailure] = useState<string>()
  const [effectiveFrom, setEffectiveFrom] = useState(() => format(new Date(), 'yyyy-MM-dd'))
  const set = (field: DimensionField, value: string) => setDraft((d) => ({ ...d, [field]: value }))
  /** What ties a choice to its field of the draft: its value, its change, its error. */
  const bound = (field: DimensionField) => ({
    id,
    field,
    errors,
    value: draft[field],
    onChange: (value: string) => set(field, value)
  })
  const chooseMetric = (value: string) => {
    const info = METRICS[value as MetricKey]
    // A new dimension starts from the metric's usual reading; an edit keeps what was chosen.
    setDraft((d) =>
      info && !editing
        ? {
            ...d,
            metric: value,
            direction: info.direction,
            indicator: info.indicator,
            label: d.label || info.label
          }
        : { ...d, metric: value }
    )
  }
  const unit = METRICS[draft.metric as MetricKey]?.unit
  const dimensionCurrency = editing?.currency ?? currency

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    const result = parseDimensionDraft(draft, {
      currency: dimensionCurrency,
      locale,
      existing,
      editingKey: editing?.key
    })
    if (!result.ok) return setErrors(result.errors)
    setErrors({})
    try {
      await onSave(result.value, editing ? effectiveFrom : undefined)
    } catch (error) {
      setFailure(errorText(error))
    }
  }
  const count = Object.keys(errors).length
  const title = editing ? `Edit “${editing.label}”` : 'Add a dimension'
  return (
    <form
      className="panel dimension-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${id}-title`}>{title}</h3>
      {count > 0 && (
        <p role="alert" className="error">
          {count === 1 ? 'One field needs' : `${count} fields need`} your attention.
        </p>
      )}
      <div className="form-row">
        <label>
          Name
          <input
            value={draft.label}
            onChange={(e) => set('label', e.target.value)}
            size={36}
            {...fieldProps(id, 'label', errors)}
          />
          <FieldError id={id} field="label" errors={errors} />
        </label>
        <SelectField label="What is measured" {...bound('metric')} onChange={chooseMetric}>
          <option value="">Choose a metric…</option>
          {Object.entries(METRICS).map(([key, info]) => (
            <option key={key} value={key}>
              {info.label}
            </option>
          ))}
        </SelectField>
      </div>
      {unit && <p className="cell-note">{METRICS[draft.metric as MetricKey].measuredAs}</p>}
      <div className="form-row">
        <SelectField label="Direction" {...bound('direction')}>
          <option value="atLeast">At least</option>
          <option value="atMost">At most</option>
        </SelectField>
        {unit === 'money' ? (
          <MoneyInput
            label="Target"
            currency={dimensionCurrency}
            value={moneyValue(draft.target, dimensionCurrency, locale)}
            onChange={(_, text) => set('target', text)}
            error={errors.target}
            hint={UNIT_HINTS.money(dimensionCurrency)}
          />
        ) : (
          <label>
            Target
            <input
              value={draft.target}
              onChange={(e) => set('target', e.target.value)}
              inputMode="decimal"
              size={14}
              {...fieldProps(id, 'target', errors, unit ? `${id}-target-hint` : undefined)}
            />
            {unit && (
              <span id={`${id}-target-hint`} className="cell-note">
                {UNIT_HINTS[unit](dimensionCurrency)}
              </span>
            )}
            <FieldError id={id} field="target" errors={errors} />
          </label>
        )}
        {editing && (
          <div>
            <label>
              In force from
              <input
                type="date"
                value={effectiveFrom}
                onChange={(e) => setEffectiveFrom(e.target.value)}
                aria-describedby={`${id}-effective-hint`}
              />
            </label>
            <span id={`${id}-effective-hint`} className="cell-note">
              A changed target applies from this day; earlier periods keep theirs.
            </span>
          </div>
        )}
        <SelectField label="Period" {...bound('period')}>
          <option value="week">Per week</option>
          <option value="month">Per month</option>
          <option value="quarter">Per quarter</option>
        </SelectField>
        <SelectField label="Leading or lagging" {...bound('indicator')}>
          <option value="leading">Leading (predicts results)</option>
          <option value="lagging">Lagging (a result)</option>
        </SelectField>
        <label>
          Weight
          <input
            value={draft.weight}
            onChange={(e) => set('weight', e.target.value)}
            inputMode="decimal"
            size={5}
            {...fieldProps(id, 'weight', errors)}
          />
          <FieldError id={id} field="weight" errors={errors} />
        </label>
      </div>
      <ErrorMessage text={failure} />
      <SaveOrCancel save={editing ? 'Save changes' : 'Add dimension'} onCancel={onCancel} />
    </form>
  )
}
