import type { Rep } from '@shared/domain'
import { useRepWins } from '../../db/reads'
import { WinForm } from '../../ui/WinForm'
import { displayDate } from './format'

const FROM_WORDS = { rep: 'rep page', oneOnOne: '1:1', observation: 'observation' }

/** Rep page: the rep's wins, newest first (their recognition timeline), and a form to log one. */
export function WinsPanel({ rep }: { rep: Rep }) {
  const data = useRepWins(rep.id, rep.roleId)
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
