import { useLiveQuery } from 'dexie-react-hooks'
import type { OwnerChoice } from '@shared/import'
import { db } from '../../db'
import { useImportStore } from './importStore'

const encode = (c: OwnerChoice): string =>
  c.action === 'rep' ? `rep:${c.repId}` : c.action === 'create' ? 'create' : 'skip'

/** Owners nobody on the team is known by: create a rep, map to a rep, or skip their rows. */
export function OwnerChoices() {
  const { analysis, decisions, changeDecisions } = useImportStore()
  const reps = useLiveQuery(() => db.reps.orderBy('id').toArray(), []) ?? []
  if (!analysis || !decisions) return null
  const known = analysis.owners.filter((o) => o.basis === 'alias')
  const unknown = analysis.owners.filter((o) => o.basis === 'new')
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
      {unknown.length > 0 && (
        <>
          <p>
            {unknown.length} not known yet. Choose for each; mapping one to a rep remembers it for
            the next import.
          </p>
          <table className="data-table compact">
            <caption className="visually-hidden">{noun} not matched to a rep</caption>
            <thead>
              <tr>
                <th scope="col">{decisions.kind === 'reps' ? 'Person' : 'Owner in the file'}</th>
                <th scope="col" className="numeric">
                  Rows
                </th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {unknown.map((o) => {
                const choice = decisions.owners[o.key] ?? o.choice
                const name = choice.action === 'create' ? choice.name : o.owner
                return (
                  <tr key={o.key}>
                    <th scope="row">
                      {o.owner}
                      {o.looksLikeId && (
                        <span className="cell-note">
                          a CRM user id: import your users export first to put a name to it
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
        </>
      )}
    </section>
  )
}
