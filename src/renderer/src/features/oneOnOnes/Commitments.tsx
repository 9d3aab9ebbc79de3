import { useRef, useState, type FormEvent } from 'react'
import type { ActionItem, Rep } from '@shared/domain'
import { repositories } from '../../db'
import { ownerWords, showDate } from './format'
import { errorText } from '@shared/text/errorText'
import { TableHead } from '../../ui/formParts'

interface Props {
  rep: Rep
  meetingId: string
  /** Made in this 1:1. */
  made: ActionItem[]
  /** Still open from earlier 1:1s. */
  earlier: ActionItem[]
  onError(message: string): void
}

function CommitmentRow({
  item,
  rep,
  onError
}: {
  item: ActionItem
  rep: Rep
  onError(m: string): void
}) {
  // The box shows what the manager asked for at once, not the stored status: the stored one
  // arrives a moment later through the live query, and a box that flips back meanwhile invites
  // a second click that undoes the first. Writes run one after another, so the last click wins.
  const [wanted, setWanted] = useState<ActionItem['status'] | null>(null)
  const writes = useRef<Promise<unknown>>(Promise.resolve())
  // When the stored status catches up with the click, the stored one shows again.
  const [seen, setSeen] = useState(item.status)
  if (seen !== item.status) {
    setSeen(item.status)
    if (wanted === item.status) setWanted(null)
  }
  const setStatus = (status: ActionItem['status']) => {
    setWanted(status)
    writes.current = writes.current
      .then(() =>
        repositories.actionItems.update(item.id, {
          status,
          completedAt: status === 'done' ? new Date().toISOString() : undefined
        })
      )
      .catch((e: unknown) => {
        setWanted(null)
        onError(`The commitment “${item.text}” was not saved: ${errorText(e)}`)
      })
  }
  const status = wanted ?? item.status
  return (
    <tr>
      <th scope="row">{item.text}</th>
      <td>{ownerWords(item.owner, rep.name)}</td>
      <td>{showDate(item.dueDate)}</td>
      <td>
        <label>
          <input
            type="checkbox"
            checked={status === 'done'}
            onChange={(e) => setStatus(e.target.checked ? 'done' : 'open')}
          />{' '}
          Done<span className="visually-hidden">: {item.text}</span>
        </label>
        {status === 'dropped' && <span className="cell-note">dropped</span>}
        {wanted !== null && <span className="cell-note">Saving…</span>}
      </td>
    </tr>
  )
}

function CommitmentTable({
  items,
  rep,
  caption,
  onError
}: {
  items: ActionItem[]
  rep: Rep
  caption: string
  onError(m: string): void
}) {
  return (
    <table className="data-table compact">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead columns={['Commitment', 'Owner', 'Due', 'Status']} />
      <tbody>
        {items.map((a) => (
          <CommitmentRow key={a.id} item={a} rep={rep} onError={onError} />
        ))}
      </tbody>
    </table>
  )
}

/** Commitments agreed in this 1:1 (owner and due date), and the open ones from before. */
export function Commitments({ rep, meetingId, made, earlier, onError }: Props) {
  const [text, setText] = useState('')
  const [owner, setOwner] = useState<ActionItem['owner']>('rep')
  const [dueDate, setDueDate] = useState('')
  const [problem, setProblem] = useState('')
  const adding = useRef(false)
  const add = async (e: FormEvent) => {
    e.preventDefault()
    const wording = text.trim()
    if (!wording) return setProblem('Write the commitment first.')
    // A second Enter or click while the first is saving would add it twice.
    if (adding.current) return
    adding.current = true
    setProblem('')
    setText('')
    setDueDate('')
    try {
      await repositories.actionItems.add({
        repId: rep.id,
        oneOnOneId: meetingId,
        text: wording,
        owner,
        dueDate: dueDate || undefined,
        status: 'open'
      })
    } catch (err) {
      // Give the words back so nothing typed is lost.
      setText(wording)
      setDueDate(dueDate)
      onError(errorText(err))
    } finally {
      adding.current = false
    }
  }
  return (
    <section aria-labelledby="commitments-made-title" className="panel">
      <h2 id="commitments-made-title">Commitments</h2>
      {made.length === 0 ? (
        <p className="subtle">No commitment agreed in this 1:1 yet.</p>
      ) : (
        <CommitmentTable items={made} rep={rep} caption="Agreed in this 1:1" onError={onError} />
      )}
      <form className="form-row" onSubmit={(e) => void add(e)}>
        <label>
          Commitment
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            size={36}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'commitment-problem' : undefined}
          />
          {problem && (
            <span id="commitment-problem" className="error cell-note">
              {problem}
            </span>
          )}
        </label>
        <label>
          Owner
          <select
            value={owner}
            onChange={(e) => setOwner(e.target.value === 'manager' ? 'manager' : 'rep')}
          >
            <option value="rep">{rep.name}</option>
            <option value="manager">You (manager)</option>
          </select>
        </label>
        <label>
          Due date
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
        <button type="submit">Add commitment</button>
      </form>
      {earlier.length > 0 && (
        <>
          <h3>Still open from earlier 1:1s</h3>
          <CommitmentTable
            items={earlier}
            rep={rep}
            caption="Open from earlier 1:1s"
            onError={onError}
          />
        </>
      )}
    </section>
  )
}
