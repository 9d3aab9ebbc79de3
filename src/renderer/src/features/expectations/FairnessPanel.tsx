import type { FairnessEntry } from '@shared/expectations'
import { showDay } from '../../ui/words'

const KIND_LABEL: Record<FairnessEntry['kind'], string> = {
  override: 'Override',
  ramp: 'Ramp',
  rampLength: 'Ramp length',
  staleOverride: 'Left over'
}

/**
 * The fairness check: every rep held to a different standard than the role, with the written
 * reason. One standard for everyone is the rule; this list is every exception to it.
 */
export function FairnessPanel({
  entries,
  onRemoveOverride
}: {
  entries: readonly FairnessEntry[]
  onRemoveOverride(entry: FairnessEntry): void
}) {
  return (
    <section className="panel" aria-labelledby="fairness-title">
      <h2 id="fairness-title">Fairness check</h2>
      <p className="cell-note">
        Everyone in the role is held to the same standard, except the reps listed here. Each
        exception says why.
      </p>
      {entries.length === 0 ? (
        <p className="success">Every rep in this role is held to the role’s standard.</p>
      ) : (
        <ul className="fairness-list" aria-label="Reps held to a different standard">
          {entries.map((e) => (
            <li key={`${e.kind}-${e.repId}-${e.dimensionKey ?? ''}`}>
              <span className="badge">{KIND_LABEL[e.kind]}</span> <strong>{e.summary}</strong>
              <span className="cell-note">
                {e.kind === 'override' || e.kind === 'staleOverride' ? 'Reason: ' : 'Rule: '}
                {e.reason}
                {e.since ? ` · since ${showDay(e.since.slice(0, 10))}` : ''}
              </span>
              {(e.kind === 'override' || e.kind === 'staleOverride') && e.dimensionKey && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRemoveOverride(e)}
                  aria-label={`Remove the override for ${e.repName} on ${e.dimensionLabel ?? e.dimensionKey}`}
                >
                  Remove override
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
