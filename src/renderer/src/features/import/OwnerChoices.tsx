import type { Rep } from '@shared/domain'
import {
  nameFromOwner,
  ownerKey,
  type ImportDecisions,
  type OwnerChoice,
  type OwnerSuggestion
} from '@shared/import'
import { useImportReps } from '../../db/useImportData'
import { useImportState } from './importStore'
import { TableHead } from '../../ui/formParts'

const encode = (c: OwnerChoice): string =>
  c.action === 'rep' ? `rep:${c.repId}` : c.action === 'create' ? 'create' : 'skip'

/** Owners nobody on the team is known by: create a rep, map to a rep, or skip their rows. */
export function OwnerChoices() {
  const { analysis, decisions, preview, changeDecisions } = useImportState(
    'analysis',
    'decisions',
    'preview',
    'changeDecisions'
  )
  const reps = useImportReps() ?? []
  if (!analysis || !decisions) return null
  const known = analysis.owners.filter((o) => o.basis === 'alias')
  // People of other managers' teams (a people file's "whose team") are not asked about.
  const leftOut = new Set((preview?.team?.others ?? []).map((o) => ownerKey(o.name)))
  const unknown = analysis.owners.filter(
    (o) => o.basis === 'new' && o.otherTeam === undefined && !leftOut.has(o.key)
  )
  const otherTeams = analysis.owners.filter((o) => o.otherTeam !== undefined)
  const otherRows = otherTeams.reduce((a, o) => a + o.rows, 0)
  const loneId = loneUnknownId(analysis.owners)
  const noun = decisions.kind === 'reps' ? 'People' : 'Owners'
  const choose = (key: string, name: string, value: string) => {
    const choice: OwnerChoice =
      value === 'create'
        ? { action: 'create', name }
        : value === 'skip'
          ? { action: 'skip' }
          : { action: 'rep', repId: value.slice(4) }
    void changeDecisions({ owners: { ...decisions.owners, [key]: choice } })
  }
  return (
    <section className="panel" aria-labelledby="import-owners">
      <h2 id="import-owners">{noun} → reps</h2>
      <p>
        {known.length} matched to reps by name, email or CRM id
        {known.length > 0 ? ` (${known.map((o) => o.owner).join(', ')})` : ''}.
      </p>
      {loneId && (
        <p className="warn">
          Every row of this file belongs to one CRM user, {loneId.owner}, whom Fieldbook does not
          know. Choose who that is below (“Same person as …”): they are remembered for the next
          import.
        </p>
      )}
      {otherTeams.length > 0 && (
        <details className="other-teams">
          <summary>
            {otherTeams.length} owner{otherTeams.length === 1 ? ' is' : 's are'} on other managers’
            teams: their {otherRows.toLocaleString()} row{otherRows === 1 ? '' : 's'} are skipped.
            Open to map one to a rep.
          </summary>
          <OwnerTable
            owners={otherTeams}
            caption="Owners on other teams"
            noun={noun}
            kind={decisions.kind}
            decisions={decisions}
            reps={reps}
            choose={choose}
          />
        </details>
      )}
      {unknown.length > 0 && (
        <>
          <p>
            {unknown.length} not known yet. Choose for each; mapping one to a rep remembers it for
            the next import.
          </p>
          <OwnerTable
            owners={unknown}
            caption={`${noun} not matched to a rep`}
            noun={noun}
            kind={decisions.kind}
            decisions={decisions}
            reps={reps}
            choose={choose}
          />
        </>
      )}
    </section>
  )
}

/** A file whose only owner is an unknown CRM user id: the review asks who that is. */
export function loneUnknownId(owners: readonly OwnerSuggestion[]): OwnerSuggestion | undefined {
  const only = owners.length === 1 ? owners[0] : undefined
  return only && only.basis === 'new' && only.looksLikeId && !only.otherTeam ? only : undefined
}

function OwnerTable({
  owners,
  caption,
  kind,
  decisions,
  reps,
  choose
}: {
  owners: OwnerSuggestion[]
  caption: string
  noun: string
  kind: ImportDecisions['kind']
  decisions: ImportDecisions
  reps: Rep[]
  choose(key: string, name: string, value: string): void
}) {
  return (
    <table className="data-table compact">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead
        columns={[kind === 'reps' ? 'Person' : 'Owner in the file', 'Rows', 'What to do']}
        numeric={['Rows']}
      />
      <tbody>
        {owners.map((o) => {
          const choice = decisions.owners[o.key] ?? o.choice
          const name = choice.action === 'create' ? choice.name : nameFromOwner(o.owner)
          return (
            <tr key={o.key}>
              <th scope="row">
                {o.owner}
                {o.otherTeam !== undefined && (
                  <span className="cell-note">on {o.otherTeam}’s team</span>
                )}
                {o.looksLikeId && (
                  <span className="cell-note">
                    a CRM user id: map it to a rep, or import your users export to name it
                  </span>
                )}
              </th>
              <td className="numeric">{o.rows.toLocaleString()}</td>
              <td>
                <select
                  aria-label={`What to do with ${o.owner}`}
                  value={encode(choice)}
                  onChange={(e) => choose(o.key, name, e.target.value)}
                >
                  <option value="create">Create a rep “{name}”</option>
                  <option value="skip">Skip their rows</option>
                  {reps.map((r) => (
                    <option key={r.id} value={`rep:${r.id}`}>
                      Same person as {r.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
