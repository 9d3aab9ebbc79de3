import type { ExpectationDimension } from '@shared/domain'
import { describeTarget, METRICS, weightNote } from '@shared/expectations'

/** The role's standard, one row per dimension, with edit, order and remove controls. */
export function DimensionsTable({
  dimensions,
  currency,
  overridesPerDimension,
  onEdit,
  onMove,
  onRemove
}: {
  dimensions: readonly ExpectationDimension[]
  currency: string
  overridesPerDimension: ReadonlyMap<string, number>
  onEdit(dimension: ExpectationDimension): void
  onMove(dimension: ExpectationDimension, by: -1 | 1): void
  onRemove(dimension: ExpectationDimension): void
}) {
  const note = weightNote(dimensions)
  if (dimensions.length === 0)
    return <p className="subtle">No dimensions yet. Add the first one below.</p>
  return (
    <>
      <table className="data-table">
        <caption className="visually-hidden">
          The role’s expectations, one row per dimension
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Target</th>
            <th scope="col">Leading or lagging</th>
            <th scope="col" className="numeric">
              Weight
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d, i) => {
            const overrides = overridesPerDimension.get(d.key) ?? 0
            return (
              <tr key={d.key}>
                <th scope="row">
                  {d.label}
                  <span className="cell-note">{METRICS[d.metric].measuredAs}</span>
                </th>
                <td>
                  {describeTarget(d, d.target, currency)}
                  {overrides > 0 && (
                    <span className="cell-note">
                      {overrides === 1 ? '1 rep has' : `${overrides} reps have`} an override
                    </span>
                  )}
                </td>
                <td>{d.indicator === 'leading' ? 'Leading' : 'Lagging'}</td>
                <td className="numeric">{d.weight}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => onEdit(d)} aria-label={`Edit ${d.label}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => onMove(d, -1)}
                    disabled={i === 0}
                    aria-label={`Move ${d.label} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => onMove(d, 1)}
                    disabled={i === dimensions.length - 1}
                    aria-label={`Move ${d.label} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => onRemove(d)}
                    aria-label={`Remove ${d.label}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {note && (
        <p className="warn" role="note">
          {note}
        </p>
      )}
    </>
  )
}
