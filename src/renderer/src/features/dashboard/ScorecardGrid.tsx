import { ScreenLink } from '../../ui/ScreenLink'
import type { ExpectationDimension, Rep } from '@shared/domain'
import type { Scorecard } from '@shared/metrics'
import { formatPercent } from '@shared/format'
import { showDay } from '../../ui/words'
import { formatActual, formatTarget, shortLabel, STATUS_WORDS } from '../../ui/metricText'
import { screens } from '../../ui/routes'

/**
 * Every rep on every dimension against the standard. Each cell says met or missed in words and
 * a symbol, with the actual number and the target, so it reads without colour. Each line of a
 * cell is one text node (a template string, not JSX pieces): 400 cells' text is laid out again
 * on every change of period.
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
      <table className="data-table compact scorecard-grid">
        <caption className="visually-hidden">
          Every rep against every expectation: met or missed, the actual number and the target
        </caption>
        <thead>
          <tr>
            <th scope="col">Rep</th>
            {dimensions.map((d) => (
              <th key={d.key} scope="col" title={d.label}>
                {shortLabel(d.label)}
                <span className="cell-note">
                  {d.indicator === 'leading' ? 'leading' : 'lagging'}
                </span>
              </th>
            ))}
            <th scope="col" className="numeric">
              Weighted met
            </th>
          </tr>
        </thead>
        <tbody>
          {reps.map((rep) => {
            const card = byRep.get(rep.id)
            return (
              <tr key={rep.id}>
                <th scope="row">
                  <ScreenLink to={screens.rep(rep.id, search)}>{rep.name}</ScreenLink>
                  {card && card.metrics.rampFactor < 1 && (
                    <span className="cell-note">
                      {`on ramp (${formatPercent(card.metrics.rampFactor)})`}
                    </span>
                  )}
                </th>
                {card && card.metrics.activeDays === 0 ? (
                  <td colSpan={dimensions.length + 1} className="subtle">
                    {`Not on the team in this period (started ${showDay(rep.startDate)}).`}
                  </td>
                ) : (
                  <>
                    {dimensions.map((d) => {
                      const s = card?.standings.find((x) => x.dimension.key === d.key)
                      if (!s) return <td key={d.key}>—</td>
                      const status = STATUS_WORDS[s.status]
                      return (
                        <td key={d.key} className={`standing ${s.status}`}>
                          <span className="standing-status">
                            <span aria-hidden="true">{status.symbol}</span>
                            {` ${status.word}`}
                          </span>
                          <span className="standing-actual">
                            {formatActual(s.actual, currency)}
                          </span>
                          <span className="cell-note">
                            {`target ${d.direction === 'atLeast' ? '≥' : '≤'} ${formatTarget(s, currency)}${s.target.override ? ' (override)' : ''}`}
                          </span>
                        </td>
                      )
                    })}
                    <td className="numeric">
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
