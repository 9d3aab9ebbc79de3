import type { EvidenceChoice } from '@shared/plans/evidence'
import type { ConcernDraft } from './draftState'

interface Props {
  concerns: ConcernDraft[]
  evidence: EvidenceChoice[]
  onChange(concerns: ConcernDraft[]): void
}

/**
 * Specific concerns, each with examples, business impact and the coaching already given,
 * picked from the app's own dated records instead of being retyped.
 */
export function ConcernsEditor({ concerns, evidence, onChange }: Props) {
  const set = (i: number, patch: Partial<ConcernDraft>) =>
    onChange(concerns.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const toggle = (i: number, choice: EvidenceChoice, on: boolean) => {
    const given = concerns[i]?.coachingGiven ?? []
    const next = on
      ? [...given, { date: choice.date, summary: choice.summary, ref: choice.ref }]
      : given.filter((g) => g.ref !== choice.ref)
    set(i, { coachingGiven: next.sort((a, b) => a.date.localeCompare(b.date)) })
  }
  return (
    <fieldset>
      <legend>Specific concerns</legend>
      {concerns.length === 0 && <p className="subtle">No concerns yet.</p>}
      {concerns.map((c, i) => {
        const n = i + 1
        return (
          <div className="item" key={i} role="group" aria-label={`Concern ${n}`}>
            <div className="form-row">
              <label className="wide">
                Concern {n} title
                <input
                  value={c.title}
                  onChange={(e) => set(i, { title: e.target.value })}
                  required
                />
              </label>
              <label className="wide">
                Concern {n} examples (one per line, with dates and numbers)
                <textarea
                  rows={3}
                  value={c.examples}
                  onChange={(e) => set(i, { examples: e.target.value })}
                />
              </label>
              <label className="wide">
                Concern {n} business impact
                <textarea
                  rows={2}
                  value={c.businessImpact}
                  onChange={(e) => set(i, { businessImpact: e.target.value })}
                />
              </label>
            </div>
            <p className="subtle">
              Coaching already given for concern {n}: pick from your dated records (
              {c.coachingGiven.length} picked).
            </p>
            {evidence.length === 0 ? (
              <p className="subtle">
                No 1:1s, commitments or observations recorded for this rep yet.
              </p>
            ) : (
              <div
                className="evidence-list"
                role="group"
                aria-label={`Coaching already given for concern ${n}`}
              >
                {evidence.map((e) => (
                  <label key={`${e.source}-${e.ref}`}>
                    <input
                      type="checkbox"
                      checked={c.coachingGiven.some((g) => g.ref === e.ref)}
                      onChange={(ev) => toggle(i, e, ev.target.checked)}
                    />
                    <span className="long-text">
                      {e.date} · {e.summary}
                    </span>
                  </label>
                ))}
              </div>
            )}
            <button type="button" onClick={() => onChange(concerns.filter((_, j) => j !== i))}>
              Remove concern {n}
            </button>
          </div>
        )
      })}
      <p>
        <button
          type="button"
          onClick={() =>
            onChange([
              ...concerns,
              { title: '', examples: '', businessImpact: '', coachingGiven: [] }
            ])
          }
        >
          Add a concern
        </button>
      </p>
    </fieldset>
  )
}
