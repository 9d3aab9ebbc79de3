import { useImportState } from './importStore'

const people = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`

/**
 * A people file with a Manager column holds several teams: the manager ticks their own (or
 * several, for a second-line manager) and only those people join. Nothing ticked: everyone.
 */
export function WhoseTeam() {
  const { analysis, decisions, changeDecisions } = useImportState(
    'analysis',
    'decisions',
    'changeDecisions'
  )
  if (!analysis || !decisions || decisions.kind !== 'reps' || analysis.managers.length === 0) {
    return null
  }
  const chosen = decisions.managers ?? []
  const total = analysis.managers.reduce((a, g) => a + g.people, 0)
  const joining = analysis.managers
    .filter((g) => chosen.includes(g.key))
    .reduce((a, g) => a + g.people, 0)
  const toggle = (key: string, on: boolean) =>
    void changeDecisions({
      managers: on ? [...chosen, key] : chosen.filter((k) => k !== key)
    })
  return (
    <section
      className={`panel whose-team${chosen.length === 0 ? ' needs-answer' : ''}`}
      aria-labelledby="import-whose-team"
    >
      <h2 id="import-whose-team">Whose team?</h2>
      <p>
        This file lists {people(total)} under {analysis.managers.length} managers. Tick your own
        team (or several, if you manage managers): only their people join, and the other teams’
        deals and activities are left out of later imports.
      </p>
      <fieldset>
        <legend>Managers in the file</legend>
        {analysis.managers.map((g) => (
          <label key={g.key} className="radio">
            <input
              type="checkbox"
              checked={chosen.includes(g.key)}
              onChange={(e) => toggle(g.key, e.target.checked)}
            />
            {g.name} ({people(g.people)})
          </label>
        ))}
      </fieldset>
      <p role="status" className={chosen.length === 0 ? 'warn' : undefined}>
        {chosen.length === 0
          ? `No manager ticked: all ${people(total)} of ${analysis.managers.length} managers will join your team.`
          : `${people(joining)} will join your team; ${people(total - joining)} of other managers will not.`}
      </p>
    </section>
  )
}
