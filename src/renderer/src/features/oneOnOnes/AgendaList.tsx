import { useState, type FormEvent } from 'react'
import type { OneOnOne } from '@shared/domain'
import { moveAgendaItem } from '@shared/oneOnOnes'
import { GrowingTextArea } from '../../ui/GrowingTextArea'
import { EvidenceLink } from './EvidenceLink'

type AgendaItem = OneOnOne['agenda'][number]

const SOURCE_WORDS: Record<AgendaItem['source'], string> = {
  results: 'Results',
  pipeline: 'Pipeline',
  hygiene: 'CRM hygiene',
  actionItem: 'Commitment',
  plan: 'Plan',
  observation: 'Observation',
  development: 'Development',
  recognition: 'Recognition',
  manager: 'Added by you'
}

interface Props {
  items: AgendaItem[]
  repId: string
  /** In the meeting: tick items off and take notes on each. */
  meeting: boolean
  onChange(items: AgendaItem[], removedKey?: string): void
  newKey(): string
}

/** The agenda, editable by keyboard: move up/down buttons, remove, add; in a 1:1 also tick and notes. */
export function AgendaList({ items, repId, meeting, onChange, newKey }: Props) {
  const [title, setTitle] = useState('')
  const [announcement, setAnnouncement] = useState('')
  // Notes open on demand: an item shows a box once it has notes or the manager asks for one.
  const [noting, setNoting] = useState<ReadonlySet<string>>(new Set())
  const openNotes = (key: string) => {
    setNoting((keys) => new Set(keys).add(key))
    requestAnimationFrame(() => document.getElementById(`agenda-${key}-notes`)?.focus())
  }
  const move = (index: number, step: -1 | 1) => {
    const item = items[index]
    if (!item) return
    onChange(moveAgendaItem(items, index, step))
    setAnnouncement(`Moved “${item.title}” to position ${index + step + 1} of ${items.length}.`)
    // Keep focus on the same button of the moved item so repeated presses keep moving it.
    requestAnimationFrame(() =>
      document.getElementById(`agenda-${item.key}-${step === -1 ? 'up' : 'down'}`)?.focus()
    )
  }
  const patch = (index: number, changes: Partial<AgendaItem>) =>
    onChange(items.map((it, i) => (i === index ? { ...it, ...changes } : it)))
  const add = (e: FormEvent) => {
    e.preventDefault()
    const text = title.trim()
    if (!text) return
    onChange([...items, { key: newKey(), title: text, source: 'manager', done: false, notes: '' }])
    setTitle('')
    setAnnouncement(`Added “${text}” to the agenda.`)
  }
  return (
    <div className="agenda">
      {items.length === 0 ? (
        <p className="subtle">The agenda is empty. Add what you want to talk about.</p>
      ) : (
        <ol className="agenda-list">
          {items.map((item, index) => (
            <li key={item.key} className={item.done ? 'agenda-item done' : 'agenda-item'}>
              <div className="agenda-head">
                {meeting ? (
                  <label className="agenda-title">
                    <input
                      type="checkbox"
                      checked={item.done}
                      onChange={(e) => patch(index, { done: e.target.checked })}
                    />
                    <span>{item.title}</span>
                  </label>
                ) : (
                  <span className="agenda-title">{item.title}</span>
                )}
                <span className="cell-note">
                  {SOURCE_WORDS[item.source]}
                  {item.done ? ' · done' : ''}
                </span>
              </div>
              <div className="agenda-tools">
                {meeting && item.notes === '' && !noting.has(item.key) && (
                  <button
                    type="button"
                    aria-label={`Add notes on “${item.title}”`}
                    onClick={() => openNotes(item.key)}
                  >
                    Add notes
                  </button>
                )}
                <EvidenceLink evidenceRef={item.evidenceRef} repId={repId} about={item.title} />
                <button
                  type="button"
                  id={`agenda-${item.key}-up`}
                  aria-label={`Move “${item.title}” up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  id={`agenda-${item.key}-down`}
                  aria-label={`Move “${item.title}” down`}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓ Down
                </button>
                <button
                  type="button"
                  aria-label={`Remove “${item.title}”`}
                  onClick={() => {
                    onChange(
                      items.filter((_, i) => i !== index),
                      item.key
                    )
                    setAnnouncement(`Removed “${item.title}”.`)
                  }}
                >
                  Remove
                </button>
              </div>
              {meeting && (item.notes !== '' || noting.has(item.key)) && (
                <label className="agenda-notes">
                  <span className="visually-hidden">Notes on “{item.title}”</span>
                  <GrowingTextArea
                    id={`agenda-${item.key}-notes`}
                    placeholder="Notes on this item (shared with the rep)"
                    value={item.notes}
                    onChange={(e) => patch(index, { notes: e.target.value })}
                  />
                </label>
              )}
            </li>
          ))}
        </ol>
      )}
      <form className="form-row" onSubmit={add}>
        <label>
          New agenda item
          <input value={title} onChange={(e) => setTitle(e.target.value)} size={40} />
        </label>
        <button type="submit">Add to the agenda</button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
