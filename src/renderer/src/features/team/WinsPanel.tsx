import { useLiveQuery } from 'dexie-react-hooks'
import type { Rep } from '@shared/domain'
import { db } from '../../db'
import { WinForm } from '../../ui/WinForm'
import { displayDate } from './format'

const FROM_WORDS = { rep: 'rep page', oneOnOne: '1:1', observation: 'observation' }

/** Rep page: the rep's wins, newest first (their recognition timeline), and a form to log one. */
export function WinsPanel({ rep }: { rep: Rep }) {
  const data = useLiveQuery(async () => {
    const [wins, role] = await Promise.all([
      db.recognitions.where('[repId+date]').between([rep.id, ''], [rep.id, '\uffff']).toArray(),
      db.roles.get(rep.roleId)
    ])
    const set =
      role &&
      ((role.expectationSetId && (await db.expectationSets.get(role.expectationSetId))) ||
        (await db.expectationSets.where('roleId').equals(role.id).first()))
    const labels = new Map((set?.dimensions ?? []).map((d) => [d.key, d.label]))
    return { wins: wins.reverse(), labels }
  }, [rep.id, rep.roleId])
  return (
    <section className="panel" aria-labelledby="wins-title">
      <h2 id="wins-title">Wins and recognition</h2>
      {rep.active && <WinForm repId={rep.id} repName={rep.name} loggedFrom={{ kind: 'rep' }} />}
      {data && data.wins.length === 0 && <p className="subtle">No win logged yet.</p>}
      {data && data.wins.length > 0 && (
        <ol className="change-history" aria-label={`Wins of ${rep.name}`}>
          {data.wins.map((w) => (
            <li key={w.id}>
              {displayDate(w.date)}: {w.text}{' '}
              <span className="cell-note">
                {w.visibility === 'public' ? 'in public' : 'in private'}
                {w.dimensionKey ? ` · ${data.labels.get(w.dimensionKey) ?? w.dimensionKey}` : ''}
                {w.loggedFrom ? ` · logged from the ${FROM_WORDS[w.loggedFrom.kind]}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
