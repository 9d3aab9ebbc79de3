import { formatMoneyMinor, formatPercentValue, type Scorecard } from '../../metrics'

/** A rep's P&L for the period: what they brought in and what they cost, against budget. */
export interface RepContribution {
  repId: string
  currency: string
  revenueMinor: number
  /** Average margin % entered for the period (manual measure). */
  marginPercent: number | undefined
  /** revenue × margin %, when a margin was entered. */
  grossMarginMinor: number | undefined
  expensesMinor: number | undefined
  /** The expenses dimension target for the period (after any override). */
  expenseBudgetMinor: number | undefined
  /** budget − expenses: positive = under budget. */
  underBudgetMinor: number | undefined
  /** gross margin (or revenue, without a margin) − expenses. */
  contributionMinor: number
  basis: 'grossMargin' | 'revenue'
  lines: { label: string; value: string }[]
}

export const CONTRIBUTION_FORMULA =
  'Contribution = closed-won revenue × margin % − expenses (revenue − expenses when no margin was entered). Expense budget = the expenses expectation for the period.'

export function repContribution(card: Scorecard): RepContribution {
  const v = card.metrics.values
  const currency = card.metrics.currency
  const m = (n: number | undefined): string =>
    n === undefined ? '—' : formatMoneyMinor(n, currency)
  const revenue = v.closedWonRevenue.value ?? 0
  const margin = v.margin.value
  const gross = margin === undefined ? undefined : Math.round((revenue * margin) / 100)
  const expenses = v.expenses.value
  const budget = card.standings.find((s) => s.dimension.metric === 'expenses')?.target.target
  const budgetMinor = budget === undefined ? undefined : Math.round(budget)
  const contribution = (gross ?? revenue) - (expenses ?? 0)
  return {
    repId: card.repId,
    currency,
    revenueMinor: revenue,
    marginPercent: margin,
    grossMarginMinor: gross,
    expensesMinor: expenses,
    expenseBudgetMinor: budgetMinor,
    underBudgetMinor:
      budgetMinor !== undefined && expenses !== undefined ? budgetMinor - expenses : undefined,
    contributionMinor: contribution,
    basis: gross === undefined ? 'revenue' : 'grossMargin',
    lines: [
      { label: 'Closed-won revenue', value: m(revenue) },
      {
        label: 'Margin',
        value:
          margin === undefined
            ? 'not entered'
            : `${formatPercentValue(margin)} → ${m(gross)} gross margin`
      },
      { label: 'Expenses', value: expenses === undefined ? 'not entered' : m(expenses) },
      { label: 'Expense budget', value: m(budgetMinor) },
      {
        label: 'Contribution',
        value: `${m(gross ?? revenue)} − ${m(expenses ?? 0)} = ${m(contribution)}`
      }
    ]
  }
}
