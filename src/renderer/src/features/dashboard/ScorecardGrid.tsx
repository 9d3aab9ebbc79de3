import type { CSSProperties } from 'react'
import { ScreenLink } from '../../ui/ScreenLink'
import type { ExpectationDimension, Rep } from '@shared/domain'
import type { Scorecard } from '@shared/metrics'
import { formatPercent } from '@shared/format'
import { showDay } from '../../ui/words'
import { formatActual, formatTarget, shortLabel, STATUS_WORDS } from '../../ui/metricText'
import { screens } from '../../ui/routes'

/**
 * Every rep on every dimension against the standard. Each cell says met or missed in words and
 * a symbol, with the actual number and the target, so it reads without colour. A cell is three
 * nodes and three lines of text (the symbol is drawn by CSS, not read): 400 cells are built and
 * laid out again on every change of period.
 *
 * Each row is a grid of its own with the same columns (dashboard.css), not a table row: rows
 * away from the window are then skipped by `content-visibility` (issue 18), and a change of
 * period lays out the rows the manager sees. A table laid out by CSS other than as a table
 * keeps its meaning only with the roles written out, so each part names its role.
 */
export function ScorecardGrid({
  reps,
  scorecards,
  dimensions,
  currency,
  search
}: {
  reps: readonly Rep[]
  scorecards: readonly Scorecard[]
  dimensions: readonly ExpectationDimension[]
  currency: string
  /** The period query string, carried to the rep page. */
  search: string
}) {
  const byRep = new Map(scorecards.map((c) => [c.repId, c]))
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Scorecard, scrollable">
      <table
        role="table"
        aria-labelledby="scorecard-caption"
        className="data-table compact scorecard-grid"
        style={scorecardColumns(dimensions.length)}
      >
        <caption id="scorecard-caption" className="visually-hidden">
          Every rep against every expectation: met or missed, the actual number and the target
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Rep
            </th>
            {dimensions.map((d) => (
              <th key={d.key} role="columnheader" scope="col" title={d.label}>
                {shortLabel(d.label)}
                <span className="cell-note">
                  {d.indicator === 'leading' ? 'leading' : 'lagging'}
                </span>
              </th>
            ))}
            <th role="columnheader" scope="col" className="numeric">
              Weighted met
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {reps.map((rep) => {
            const card = byRep.get(rep.id)
            return (
              <tr key={rep.id} role="row">
                <th role="rowheader" scope="row">
                  <ScreenLink to={screens.rep(rep.id, search)}>{rep.name}</ScreenLink>
                  {card && card.metrics.rampFactor < 1 && (
                    <span className="cell-note">
                      {`on ramp (${formatPercent(card.metrics.rampFactor)})`}
                    </span>
                  )}
                </th>
                {card && card.metrics.activeDays === 0 ? (
                  <td role="cell" colSpan={dimensions.length + 1} className="subtle not-on-team">
                    {`Not on the team in this period (started ${showDay(rep.startDate)}).`}
                  </td>
                ) : (
                  <>
                    {dimensions.map((d) => {
                      const s = card?.standings.find((x) => x.dimension.key === d.key)
                      if (!s)
                        return (
                          <td key={d.key} role="cell">
                            —
                          </td>
                        )
                      const status = STATUS_WORDS[s.status]
                      return (
                        <td key={d.key} role="cell" className={`standing ${s.status}`}>
                          <span className="standing-status">{status.word}</span>
                          {formatActual(s.actual, currency)}
                          <span className="cell-note">
                            {`target ${d.direction === 'atLeast' ? '≥' : '≤'} ${formatTarget(s, currency)}${s.target.override ? ' (override)' : ''}`}
                          </span>
                        </td>
                      )
                    })}
                    <td role="cell" className="numeric">
                      {card?.weightedMetPercent === undefined
                        ? '—'
                        : `${Math.round(card.weightedMetPercent)}%`}
                    </td>
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** The columns every row shares: the rep, one per expectation, the weighted share met. */
function scorecardColumns(expectations: number): CSSProperties {
  return {
    ['--scorecard-columns' as string]: `11rem repeat(${expectations}, minmax(9.5rem, 1fr)) minmax(6.5rem, 1fr)`,
    minWidth: `${11 + expectations * 9.5 + 6.5}rem`
  }
}
