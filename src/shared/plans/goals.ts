import type { ExpectationDimension, ExpectationSet, MetricKey, PlanGoal } from '../domain'
import { formatMetricValue } from '../expectations/format'
import { METRICS, type MetricUnit } from '../expectations/metricCatalog'
import { DEFAULT_LOCALE, formatMoney } from '../money'
import { numberFormat } from '../numberFormat'

const PERIOD_WORDS: Record<ExpectationDimension['period'], string> = {
  week: 'every week',
  month: 'every month',
  quarter: 'every quarter'
}

/** How money is shown: the workspace's currency and locale (a goal's own currency wins). */
export interface MoneyContext {
  currency: string
  locale?: string
}
const USD: MoneyContext = { currency: 'USD' }

/** The unit of a goal's numbers: its metric's unit, a plain count for a custom goal. */
export function goalUnit(goal: Pick<PlanGoal, 'metric'>): MetricUnit {
  const metric = goal.metric as MetricKey | undefined
  return metric && metric in METRICS ? METRICS[metric].unit : 'count'
}

export const isMoneyGoal = (goal: Pick<PlanGoal, 'metric'>): boolean => goalUnit(goal) === 'money'

/** A goal's value in words: money as money ("$300,000"), the rest in the metric's unit. */
export function goalValueText(
  goal: Pick<PlanGoal, 'metric' | 'currency'>,
  value: number | undefined,
  money: MoneyContext = USD
): string {
  if (value === undefined) return '—'
  const unit = goalUnit(goal)
  const locale = money.locale ?? DEFAULT_LOCALE
  if (unit === 'count') return numberFormat(locale).format(value)
  // A plan's amounts are exact: "$123,456.78" is what was entered or measured.
  if (unit === 'money')
    return formatMoney(value, goal.currency ?? money.currency, locale, { precision: 'exact' })
  return formatMetricValue(value, unit, goal.currency ?? money.currency, locale)
}

/** A target in the dimension's own unit, in words: money as money, the rest in its unit. */
export function formatTarget(
  value: number,
  dimension: Pick<ExpectationDimension, 'currency' | 'metric'>,
  money: MoneyContext = USD
) {
  return goalValueText(dimension, value, money)
}

/** How the app measures each metric it can compute from the workspace for a check-in. */
export const HOW_MEASURED: Partial<Record<MetricKey, string>> = {
  activities: 'Calls, emails, meetings and tasks logged in the CRM, counted per week',
  meetings: 'Meetings logged in the CRM, counted per week',
  meetingsWithNextStep: 'Meetings logged in the CRM with an agreed next step, counted per week',
  crmHygiene:
    'Share of open opportunities with a next step, a future close date and recent activity'
}

/** A plan goal that holds the role's standard for one expectation dimension. */
export function goalFromDimension(
  dimension: ExpectationDimension,
  money: MoneyContext = USD
): PlanGoal {
  const word = dimension.direction === 'atLeast' ? 'At least' : 'At most'
  const currency = goalUnit(dimension) === 'money' ? (dimension.currency ?? money.currency) : ''
  return {
    key: dimension.key,
    description: dimension.label,
    standard: `${word} ${formatTarget(dimension.target, dimension, money)} ${PERIOD_WORDS[dimension.period]}`,
    metric: dimension.metric,
    target: dimension.target,
    ...(currency ? { currency } : {}),
    howMeasured: HOW_MEASURED[dimension.metric] ?? `${dimension.label}, per ${dimension.period}`,
    dimensionKey: dimension.key,
    roleTarget: dimension.target,
    deviationReason: ''
  }
}

/** The role's expectations as lines for the plan ("Customer activities: at least 25 per week"). */
export function expectationLines(
  set: Pick<ExpectationSet, 'dimensions'>,
  money: MoneyContext = USD
): string[] {
  return set.dimensions.map(
    (d) =>
      `${d.label}: ${d.direction === 'atLeast' ? 'at least' : 'at most'} ${formatTarget(d.target, d, money)} per ${d.period}`
  )
}

export interface GoalDeviation {
  goalKey: string
  description: string
  planTarget: number
  roleTarget: number
  dimensionLabel: string
  /** True when a written reason is present: the plan may go to HR review. */
  explained: boolean
  rule: string
}

/**
 * The fairness check: a goal linked to a role expectation whose target differs from the
 * role's current standard (or from the standard recorded when the goal was set) needs a
 * written reason, so one rep is not held to a different bar without it being said.
 */
export function goalDeviations(
  goals: readonly PlanGoal[],
  dimensions: readonly ExpectationDimension[],
  money: MoneyContext = USD
): GoalDeviation[] {
  const out: GoalDeviation[] = []
  for (const goal of goals) {
    const dimension = dimensions.find((d) => d.key === goal.dimensionKey)
    const roleTarget = dimension?.target ?? goal.roleTarget
    if (goal.target === undefined || roleTarget === undefined) continue
    if (goal.target === roleTarget) continue
    const show = (v: number) => goalValueText(goal, v, money)
    out.push({
      goalKey: goal.key,
      description: goal.description,
      planTarget: goal.target,
      roleTarget,
      dimensionLabel: dimension?.label ?? goal.description,
      explained: goal.deviationReason.trim().length > 0,
      rule: `The plan's target ${show(goal.target)} differs from the role's standard ${show(roleTarget)} for “${dimension?.label ?? goal.description}”: a written reason is required.`
    })
  }
  return out
}

/**
 * A change of one goal's target on an active plan: the goals to store and the line for the
 * record of changes. The reason given becomes the reason the target differs from the role's;
 * the reason it replaces (the one HR reviewed, or an earlier change's) is kept in the line, so
 * the record still says what was approved.
 */
export function goalChange(
  goals: readonly PlanGoal[],
  key: string,
  target: number,
  reason: string,
  money: MoneyContext = USD
): { goals: PlanGoal[]; summary: string } {
  const goal = goals.find((g) => g.key === key)
  if (!goal) throw new Error('Choose a goal and a new target.')
  const why = reason.trim()
  const differs = goal.roleTarget !== undefined && target !== goal.roleTarget
  // The reason the current target differs from the role's, when it does and one was given.
  const earlier =
    goal.roleTarget !== undefined && goal.target !== goal.roleTarget
      ? goal.deviationReason.trim()
      : ''
  const show = (v: number | undefined) => (v === undefined ? 'none' : goalValueText(goal, v, money))
  const replaced =
    earlier !== '' && earlier !== why ? ` The reason for the earlier target was: ${earlier}` : ''
  return {
    goals: goals.map((g) =>
      g.key === key ? { ...g, target, ...(differs ? { deviationReason: why } : {}) } : g
    ),
    summary: `Target of “${goal.description}” changed from ${show(goal.target)} to ${show(target)}: ${why}${replaced}`
  }
}
