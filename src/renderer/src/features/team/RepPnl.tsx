import { CONTRIBUTION_FORMULA, repContribution } from '@shared/diagnosis'
import type { Scorecard } from '@shared/metrics'
import { formatMoney } from '@shared/format'

/** What the rep brought in and what they cost, against budget: their full contribution. */
export function RepPnl({ card, periodLabel }: { card: Scorecard; periodLabel: string }) {
  const c = repContribution(card)
  const m = (n: number | undefined) => (n === undefined ? '—' : formatMoney(n, c.currency))
  return (
    <section className="panel" aria-labelledby="pnl-title">
      <h2 id="pnl-title">P&amp;L, {periodLabel}</h2>
      <dl className="stats compact-stats">
        <div>
          <dt>Closed-won revenue</dt>
          <dd>{m(c.revenueMinor)}</dd>
        </div>
        <div>
          <dt>Margin</dt>
          <dd>
            {c.marginPercent === undefined ? '—' : `${Math.round(c.marginPercent * 10) / 10}%`}
          </dd>
          <dd className="cell-note">
            {c.grossMarginMinor === undefined
              ? 'not entered'
              : `${m(c.grossMarginMinor)} gross margin`}
          </dd>
        </div>
        <div>
          <dt>Expenses against budget</dt>
          <dd>{m(c.expensesMinor)}</dd>
          <dd className="cell-note">
            budget {m(c.expenseBudgetMinor)}
            {c.underBudgetMinor !== undefined &&
              (c.underBudgetMinor >= 0
                ? ` · ${m(c.underBudgetMinor)} under budget`
                : ` · ${m(-c.underBudgetMinor)} over budget`)}
          </dd>
        </div>
        <div>
          <dt>Contribution</dt>
          <dd>{m(c.contributionMinor)}</dd>
          <dd className="cell-note">
            {c.basis === 'grossMargin' ? 'gross margin − expenses' : 'revenue − expenses'}
          </dd>
        </div>
      </dl>
      <ul className="cell-note pnl-lines">
        {c.lines.map((l) => (
          <li key={l.label}>
            {l.label}: {l.value}
          </li>
        ))}
      </ul>
      <p className="cell-note">{CONTRIBUTION_FORMULA}</p>
    </section>
  )
}
