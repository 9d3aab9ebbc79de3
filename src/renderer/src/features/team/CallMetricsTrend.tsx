import { Link } from 'react-router-dom'
import type { Rep } from '@shared/domain'
import { CALL_METRIC_KEYS, CALL_METRIC_LABELS, callMetricText } from '@shared/observations'
import { useCallReviews } from '../../db/useCallReviews'
import { showDay } from '../../ui/words'
import { screens } from '../../ui/routes'
import { ChartSlot } from '../../ui/ChartSlot'
import { lazyNamed } from '../../ui/lazyNamed'

const Sparkline = lazyNamed(() => import('./Sparkline'), 'Sparkline')

/** How many reviewed calls the trend shows: the latest ones. */
const SHOWN = 6

/** The conversation metrics across the rep's reviewed calls, oldest to newest. */
export function CallMetricsTrend({ rep }: { rep: Pick<Rep, 'id' | 'name'> }) {
  const reviews = useCallReviews(rep.id)
  if (!reviews) return null
  const calls = reviews.trend.slice(-SHOWN)
  return (
    <section aria-labelledby="call-metrics-title" className="panel">
      <h2 id="call-metrics-title">Calls reviewed on their transcript</h2>
      {calls.length === 0 ? (
        <p className="subtle">
          No call of {rep.name} has been reviewed from a transcript yet. Start one from
          Observations: new call review, “From a transcript”.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table compact">
            <caption>
              Metrics of the{' '}
              {calls.length === 1 ? 'reviewed call' : `last ${calls.length} reviewed calls`}, oldest
              first
            </caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                {calls.map((c) => (
                  <th scope="col" key={c.observationId}>
                    <Link to={screens.observation(c.observationId)}>{showDay(c.date)}</Link>
                  </th>
                ))}
                {calls.length > 1 && <th scope="col">Trend</th>}
              </tr>
            </thead>
            <tbody>
              {CALL_METRIC_KEYS.map((key) => (
                <tr key={key}>
                  <th scope="row">{CALL_METRIC_LABELS[key]}</th>
                  {calls.map((c) => (
                    <td key={c.observationId}>{callMetricText(key, c.metrics[key], c.basis)}</td>
                  ))}
                  {calls.length > 1 && (
                    <td>
                      <ChartSlot height={28} width={110}>
                        <Sparkline values={calls.map((c) => c.metrics[key] ?? undefined)} />
                      </ChartSlot>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
