import { useState, type FormEvent } from 'react'
import type { ActionItem } from '@shared/domain'
import { repositories } from '../../db'
import { showDate } from './format'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { TextField } from '../../ui/formParts'

/**
 * "What is getting in your way?" (issue 14): barriers the rep names, in the prep and the
 * meeting. Open ones carry from 1:1 to 1:1, like commitments, until marked resolved.
 */
export function BarriersSection({
  repId,
  repName,
  barriers,
  meetingId
}: {
  repId: string
  repName: string
  /** The rep's open barriers. */
  barriers: readonly ActionItem[]
  /** The 1:1 a new barrier is raised in, when in a meeting. */
  meetingId?: string
}) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const add = async (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return setError(`Write down what is getting in ${repName}’s way.`)
    try {
      await repositories.actionItems.add({
        repId,
        text: text.trim(),
        owner: 'manager',
        kind: 'barrier',
        status: 'open',
        ...(meetingId ? { oneOnOneId: meetingId } : {})
      })
      setText('')
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    }
  }
  const resolve = (item: ActionItem) =>
    repositories.actionItems
      .update(item.id, { status: 'done', completedAt: new Date().toISOString() })
      .catch((err: unknown) => setError(errorText(err)))
  return (
    <section
      className="panel"
      aria-labelledby="barriers-title"
      id="evidence-barriers"
      tabIndex={-1}
    >
      <h2 id="barriers-title">What is getting in the way?</h2>
      {barriers.length === 0 ? (
        <p className="subtle">No open barrier.</p>
      ) : (
        <ul className="plain" aria-label={`Open barriers of ${repName}`}>
          {barriers.map((b) => (
            <li key={b.id}>
              <label className="radio">
                <input type="checkbox" onChange={() => void resolve(b)} />
                Resolved: {b.text}
              </label>
              <span className="cell-note">raised {showDate(b.createdAt.slice(0, 10))}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="form-row" onSubmit={(e) => void add(e)}>
        <TextField label="What is getting in your way?" value={text} onChange={setText} />
        <button type="submit">Add the barrier</button>
      </form>
      <ErrorMessage text={error} />
    </section>
  )
}
