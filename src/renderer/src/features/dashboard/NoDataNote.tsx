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
  const missing = dimensions.flatMap((d) => {
    const noData = scorecards
      .map((c) => c.standings.find((s) => s.dimension.key === d.key)?.actual.noData)
      .find((n) => n !== undefined)
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
