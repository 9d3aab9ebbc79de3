import type { ExpectationDimension } from '@shared/domain'
import type { Scorecard } from '@shared/metrics'

/**
 * No data is not a miss: the expectations no imported file can measure yet, each with what to
 * import to get it. They are left out of findings, weighted met and the quadrant.
 */
export function NoDataNote({
  scorecards,
  dimensions
}: {
  scorecards: readonly Scorecard[]
  dimensions: readonly ExpectationDimension[]
}) {
  // One pass over every rep's standings (50 reps × 17 expectations), not one per expectation:
  // this note renders again on every change of period (issue 18).
  const noDataByKey = new Map<string, string>()
  for (const card of scorecards) {
    for (const standing of card.standings) {
      const { noData } = standing.actual
      const key = standing.dimension.key
      if (noData !== undefined && !noDataByKey.has(key)) noDataByKey.set(key, noData)
    }
  }
  const missing = dimensions.flatMap((d) => {
    const noData = noDataByKey.get(d.key)
    return noData ? [{ label: d.label, noData }] : []
  })
  if (missing.length === 0) return null
  return (
    <div className="no-data-note" role="note" aria-label="Expectations without data">
      <p>
        <strong>No data yet</strong> (not counted as missed, and left out of findings, weighted met
        and the quadrant):
      </p>
      <ul>
        {missing.map((m) => (
          <li key={m.label}>
            {m.label}: {m.noData}.
          </li>
        ))}
      </ul>
    </div>
  )
}
