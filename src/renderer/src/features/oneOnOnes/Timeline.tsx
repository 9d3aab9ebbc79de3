import { Link } from 'react-router-dom'
import type { ActionItem, OneOnOne, Rep } from '@shared/domain'
import { inDateOrder } from '@shared/oneOnOnes'
import { meetingStatus, ownerWords, showDate } from './format'
import { screens } from '../../ui/routes'

const STATUS = { open: 'open', done: 'done', dropped: 'dropped' }

/** Every 1:1 with one rep, newest first, with its notes and the commitments made in it. */
export function Timeline({
  rep,
  meetings,
  actionItems
}: {
  rep: Rep
  meetings: OneOnOne[]
  actionItems: ActionItem[]
}) {
  const ordered = inDateOrder(meetings).reverse()
  if (ordered.length === 0) return <p className="subtle">No 1:1 with {rep.name} yet.</p>
  return (
    <ol className="timeline" aria-label={`1:1s with ${rep.name}`}>
      {ordered.map((m) => {
        const made = actionItems.filter((a) => a.oneOnOneId === m.id)
        return (
          <li key={m.id} className={`timeline-entry status-${m.status}`}>
            <h3>
              <Link to={screens.meeting(m.id)}>{showDate(m.heldOn ?? m.scheduledFor)}</Link>{' '}
              <span className="cell-note">{meetingStatus(m)}</span>
            </h3>
            {m.sharedNotes && <p>{m.sharedNotes}</p>}
            {m.privateNotes && (
              <p className="private-note">
                <strong>Private:</strong> {m.privateNotes}
              </p>
            )}
            {made.length > 0 && (
              <ul className="plain">
                {made.map((a) => (
                  <li key={a.id}>
                    Commitment: {a.text}{' '}
                    <span className="cell-note">
                      {ownerWords(a.owner, rep.name)}, due {showDate(a.dueDate)} —{' '}
                      {STATUS[a.status]}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        )
      })}
    </ol>
  )
}
