import type { ExpectationDimension } from '@shared/domain'
import { describeTarget } from '@shared/expectations'
import { showDay as displayDate } from '../../ui/words'

/**
 * Target changes (issue 14): every version of every target with the day it came into force.
 * A past period is scored against the version in force on its last day.
 */
export function TargetHistory({
  dimensions,
  currency
}: {
  dimensions: readonly ExpectationDimension[]
  currency: string
}) {
  const changed = dimensions.filter((d) => (d.targetVersions ?? []).length > 1)
  return (
    <section className="panel" aria-labelledby="target-history-title">
      <h2 id="target-history-title">Target changes</h2>
      {changed.length === 0 ? (
        <p className="subtle">
          No target has changed yet. When one does, earlier periods keep being scored against the
          target in force then.
        </p>
      ) : (
        <ul className="change-history" aria-label="Target changes">
          {changed.flatMap((d) =>
            (d.targetVersions ?? []).map((v, i) => (
              <li key={`${d.key}-${i}`}>
                {d.label}: {describeTarget(d, v.target, currency)}{' '}
                <span className="cell-note">
                  {v.effectiveFrom ? `from ${displayDate(v.effectiveFrom)}` : 'from the start'} ·
                  set {displayDate(v.setAt.slice(0, 10))}
                </span>
              </li>
            ))
          )}
        </ul>
      )}
    </section>
  )
}
