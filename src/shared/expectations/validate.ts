import { ExpectationDimension, MetricKey, Period, type ExpectationSet, type Rep } from '../domain'
import { minorDigits } from '../import/values/money'
import { parseMoneyInput } from '../money'
import { METRICS, type MetricUnit } from './metricCatalog'

export type ParsedTarget = { ok: true; value: number } | { ok: false; reason: string }

/**
 * A target as typed by the manager. Money is typed as money ("$300,000", "300000.50") in the
 * workspace currency and becomes minor units; percent may carry a "%" sign.
 */
export function parseTargetInput(
  raw: string,
  unit: MetricUnit,
  currency: string,
  locale?: string
): ParsedTarget {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'Enter a target.' }
  if (unit === 'money') {
    const money = parseMoneyInput(text, {
      currency,
      allowNegative: true,
      ...(locale ? { locale } : {})
    })
    if (!money.ok) return { ok: false, reason: money.message }
    if (money.minor === undefined) return { ok: false, reason: 'Enter a target.' }
    if (money.minor < 0) return { ok: false, reason: 'A target cannot be negative.' }
    return { ok: true, value: money.minor }
  }
  const cleaned = text.replace(/\s/g, '').replace(unit === 'percent' ? /%$/ : /$^/, '')
  const value = Number(cleaned.replace(',', '.'))
  if (!/^[-+]?\d*[.,]?\d+$/.test(cleaned) || !Number.isFinite(value))
    return { ok: false, reason: `“${text}” is not a number.` }
  if (value < 0) return { ok: false, reason: 'A target cannot be negative.' }
  switch (unit) {
    case 'percent':
      return value > 100
        ? { ok: false, reason: 'A percentage from 0 to 100.' }
        : { ok: true, value }
    case 'score':
      return value < 1 || value > 5
        ? { ok: false, reason: 'A score from 1 to 5.' }
        : { ok: true, value }
    case 'count':
      return Number.isInteger(value)
        ? { ok: true, value }
        : { ok: false, reason: 'A whole number (how many).' }
    case 'days':
      return value === 0 ? { ok: false, reason: 'At least 1 day.' } : { ok: true, value }
    case 'ratio':
      return value === 0 ? { ok: false, reason: 'More than 0.' } : { ok: true, value }
  }
}

/** What the dimension form holds: everything as typed. */
export interface DimensionDraft {
  label: string
  metric: string
  target: string
  period: string
  direction: string
  indicator: string
  weight: string
}
export type DimensionField = keyof DimensionDraft

export type DraftResult<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> }

/** A key for a new dimension from its label: "Win rate (%)" → "win-rate", unique in the set. */
export function dimensionKeyFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'dimension'
  let key = base
  for (let n = 2; taken.includes(key); n += 1) key = `${base}-${n}`
  return key
}

/**
 * Checks a dimension form and turns it into a dimension. `editingKey` keeps the key of the
 * dimension being edited (so overrides keep pointing at it); other labels must differ.
 */
export function parseDimensionDraft(
  draft: DimensionDraft,
  options: {
    currency: string
    locale?: string
    existing: readonly ExpectationDimension[]
    editingKey?: string | undefined
  }
): DraftResult<ExpectationDimension, DimensionField> {
  const errors: Partial<Record<DimensionField, string>> = {}
  const label = draft.label.trim()
  const others = options.existing.filter((d) => d.key !== options.editingKey)
  if (label === '') errors.label = 'Name the dimension, e.g. “Closed-won revenue”.'
  else if (label.length > 120) errors.label = 'Keep the name under 120 characters.'
  else if (others.some((d) => d.label.trim().toLowerCase() === label.toLowerCase()))
    errors.label = `Another dimension is already called “${label}”.`
  const metric = MetricKey.safeParse(draft.metric)
  if (!metric.success) errors.metric = 'Choose what is measured.'
  const period = Period.safeParse(draft.period)
  if (!period.success) errors.period = 'Choose week, month or quarter.'
  const direction = draft.direction === 'atLeast' || draft.direction === 'atMost'
  if (!direction) errors.direction = 'Choose “at least” or “at most”.'
  const indicator = draft.indicator === 'leading' || draft.indicator === 'lagging'
  if (!indicator) errors.indicator = 'Choose leading or lagging.'
  const weight = Number(draft.weight.trim().replace(',', '.'))
  if (draft.weight.trim() === '' || !Number.isFinite(weight) || weight < 0 || weight > 100)
    errors.weight = 'A weight from 0 to 100.'
  let target: number | undefined
  if (metric.success) {
    const parsed = parseTargetInput(
      draft.target,
      METRICS[metric.data].unit,
      options.currency,
      options.locale
    )
    if (parsed.ok) target = parsed.value
    else errors.target = parsed.reason
  }
  if (Object.keys(errors).length > 0 || !metric.success || !period.success || target === undefined)
    return { ok: false, errors }
  const money = METRICS[metric.data].unit === 'money'
  const dimension = ExpectationDimension.parse({
    key:
      options.editingKey ??
      dimensionKeyFor(
        label,
        options.existing.map((d) => d.key)
      ),
    label,
    metric: metric.data,
    target,
    ...(money ? { currency: options.currency } : {}),
    period: period.data,
    direction: draft.direction,
    indicator: draft.indicator,
    weight
  })
  return { ok: true, value: dimension }
}

/** Weights are shares of the whole plan: say so when they do not add up to 100. */
export function weightNote(dimensions: readonly ExpectationDimension[]): string | undefined {
  const total = dimensions.reduce((sum, d) => sum + d.weight, 0)
  if (dimensions.length === 0 || Math.abs(total - 100) < 0.001) return undefined
  return `The weights add up to ${Math.round(total * 100) / 100}, not 100: the overall score uses each weight as a share of ${Math.round(total * 100) / 100}.`
}

export interface OverrideDraft {
  repId: string
  dimensionKey: string
  target: string
  reason: string
}
export type OverrideField = keyof OverrideDraft

export interface ParsedOverride {
  repId: string
  dimensionKey: string
  target: number
  reason: string
}

/** The shortest reason accepted: a few words a rep (and HR) could read and understand. */
export const MIN_REASON_LENGTH = 15

/** Checks the override form: a rep of this role, a dimension of the set, a target, a reason. */
export function parseOverrideDraft(
  draft: OverrideDraft,
  options: {
    set: Pick<ExpectationSet, 'roleId' | 'dimensions'>
    reps: readonly Pick<Rep, 'id' | 'roleId'>[]
    currency: string
    locale?: string
  }
): DraftResult<ParsedOverride, OverrideField> {
  const errors: Partial<Record<OverrideField, string>> = {}
  const rep = options.reps.find((r) => r.id === draft.repId)
  if (!rep) errors.repId = 'Choose the rep.'
  else if (rep.roleId !== options.set.roleId) errors.repId = 'This rep is in another role.'
  const dimension = options.set.dimensions.find((d) => d.key === draft.dimensionKey)
  if (!dimension) errors.dimensionKey = 'Choose the expectation to change.'
  let target: number | undefined
  if (dimension) {
    const unit = METRICS[dimension.metric].unit
    const currency = dimension.currency ?? options.currency
    const parsed = parseTargetInput(draft.target, unit, currency, options.locale)
    if (parsed.ok) target = parsed.value
    else errors.target = parsed.reason
  }
  const reason = draft.reason.trim().replace(/\s+/g, ' ')
  if (reason.length < MIN_REASON_LENGTH)
    errors.reason = `Write why this rep is held to a different target (at least ${MIN_REASON_LENGTH} characters); it is shown in the fairness check.`
  if (Object.keys(errors).length > 0 || target === undefined || !rep || !dimension)
    return { ok: false, errors }
  return {
    ok: true,
    value: { repId: rep.id, dimensionKey: dimension.key, target, reason }
  }
}

/** Priorities and stop-doing lines as typed, one per line: trimmed, blanks and repeats dropped. */
export function parseLines(text: string): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^[-•*]\s*/, '')
    if (line === '' || seen.has(line.toLowerCase())) continue
    seen.add(line.toLowerCase())
    lines.push(line)
  }
  return lines
}

export { minorDigits }
