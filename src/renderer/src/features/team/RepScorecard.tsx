import type { ExpectationSet, Rep } from '@shared/domain'
import type { Scorecard, Standing } from '@shared/metrics'
import { describeRamp, describeTarget, rampPosition } from '@shared/expectations'
import { formatActual, formatTarget, STATUS_WORDS } from '../../ui/metricText'
import { ChartSlot } from '../../ui/ChartSlot'
import { lazyNamed } from '../../ui/lazyNamed'

import { TableHead } from '../../ui/formParts'
function trendWord(values: (number | undefined)[], atLeast: boolean): string {
  const known = values.filter((v): v is number => v !== undefined)
  if (known.length < 2) return 'not enough periods'
  const first = known[0]!
  const last = known.at(-1)!
  const change = first === 0 ? (last === 0 ? 0 : 1) : (last - first) / Math.abs(first)
  if (Math.abs(change) < 0.1) return 'flat'
  const up = change > 0
  return `${up ? 'rising' : 'falling'} (${up === atLeast ? 'better' : 'worse'})`
}

const Sparkline = lazyNamed(() => import('./Sparkline'), 'Sparkline')

/**
 * The rep against every expectation for the period: the target they are held to (and why it
 * differs from the role's), the actual with its formula, met or missed, and the trend.
 */
export function RepScorecard({
  rep,
  set,
  trend,
  currency,
  today
}: {
  rep: Rep
  set: ExpectationSet | undefined
  /** Oldest first; the last one is the chosen period. */
  trend: readonly Scorecard[]
  currency: string
  today: string
}) {
  const card = trend.at(-1)
  if (!set || !card) return <p className="subtle">No expectations for this rep’s role yet.</p>
  if (card.metrics.activeDays === 0)
    return (
      <p className="subtle">
        {rep.name} was not on the team in this period (started {rep.startDate}). Choose a later
        period.
      </p>
    )
  const ramp = rampPosition(rep, today)
  const valuesOf = (key: string) =>
    trend.map((c) => c.standings.find((s) => s.dimension.key === key)?.actual.value)
  const history = (key: string) =>
    trend
      .map((c) => {
        const s = c.standings.find((x) => x.dimension.key === key)
        return s
          ? `${c.range.start}: ${formatActual(s.actual, currency)} ${STATUS_WORDS[s.status].word.toLowerCase()}`
          : ''
      })
      .join('; ')
  return (
    <div className="table-scroll">
      <table className="data-table compact rep-scorecard">
        <caption className="visually-hidden">
          {rep.name} against each expectation, with the trend over {trend.length} periods
        </caption>
        <TableHead
          columns={[
            'Expectation',
            'Held to',
            'Actual',
            'Standing',
            `Trend, last ${trend.length} periods`
          ]}
        />
        <tbody>
          {card.standings.map((s: Standing) => {
            const status = STATUS_WORDS[s.status]
            const values = valuesOf(s.dimension.key)
            const override = s.target.override
            const note = [
              override
                ? `Override: ${describeTarget(s.dimension, override.target, currency)} instead of ${describeTarget(s.dimension, s.dimension.target, currency)}. Reason: ${override.reason}`
                : '',
              s.target.ramped && ramp ? `Ramp: ${describeRamp(ramp)}.` : ''
            ]
              .filter(Boolean)
              .join(' ')
            return (
              <tr key={s.dimension.key}>
                <th scope="row">
                  {s.dimension.label}
                  <span className="cell-note">
                    {s.dimension.indicator === 'leading' ? 'Leading' : 'Lagging'} · weight{' '}
                    {s.dimension.weight}
                  </span>
                </th>
                <td>
                  {s.dimension.direction === 'atLeast' ? 'at least' : 'at most'}{' '}
                  {formatTarget(s, currency)}
                  <span className="cell-note">{s.target.formula}</span>
                  {note && <span className="cell-note override-note">{note}</span>}
                </td>
                <td>
                  {formatActual(s.actual, currency)}
                  <span className="cell-note">{s.actual.formula}</span>
                </td>
                <td className={`standing ${s.status}`}>
                  <span className="standing-status">
                    <span aria-hidden="true">{status.symbol}</span> {status.word}
                  </span>
                  <span className="cell-note">{s.explanation}</span>
                </td>
                <td>
                  <ChartSlot height={28} width={110}>
                    <Sparkline values={values} />
                  </ChartSlot>
                  <span className="cell-note">
                    {trendWord(values, s.dimension.direction === 'atLeast')}
                  </span>
                  <span className="visually-hidden">{history(s.dimension.key)}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
