import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { nextOneOnOne, searchNotes, type NoteField } from '@shared/oneOnOnes'
import { today as todayOf } from '../../ui/today'
import { useTables } from '../../db/live'
import { CalendarExport } from './CalendarExport'
import { dueWords, showDate } from './format'
import { Timeline } from './Timeline'
import './oneOnOnes.css'
import { RepOptions, TableHead } from '../../ui/formParts'
import { screens } from '../../ui/routes'

const FIELD_WORDS: Record<NoteField, string> = {
  shared: 'Shared notes',
  private: 'Private notes',
  agenda: 'Agenda',
  commitment: 'Commitment'
}

/** Every rep's next 1:1, a search across all notes, and one rep's history as a timeline. */
export function OneOnOnesScreen() {
  const today = todayOf()
  const [params, setParams] = useSearchParams()
  const [query, setQuery] = useState('')
  const searchBox = useRef<HTMLInputElement>(null)
  // File › Search Notes… (desktop menu) opens this screen with ?find=<token>.
  const findToken = params.get('find')
  const deferredQuery = useDeferredValue(query)
  const tables = useTables('reps', 'oneOnOnes', 'actionItems')
  const data = useMemo(
    () =>
      tables && {
        reps: tables.reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name)),
        meetings: tables.oneOnOnes,
        actionItems: tables.actionItems
      },
    [tables]
  )
  const loaded = data !== undefined
  useEffect(() => {
    if (findToken && loaded) searchBox.current?.focus()
  }, [findToken, loaded])
  if (!data) return <p className="loading">Loading one-on-ones…</p>
  const { reps, meetings, actionItems } = data
  const repNames = new Map(reps.map((r) => [r.id, r.name]))
  const selected = reps.find((r) => r.id === params.get('rep')) ?? reps[0]
  const hits = searchNotes(meetings, actionItems, deferredQuery)
  const openCount = (repId: string) =>
    actionItems.filter((a) => a.repId === repId && a.status === 'open').length

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">One-on-ones</h1>
      {reps.length === 0 ? (
        <p className="empty-state">
          Add reps (or import them from your CRM) to plan one-on-ones.{' '}
          <Link to={screens.import}>Import</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="next-title" className="panel">
            <h2 id="next-title">Next 1:1s</h2>
            <table className="data-table compact">
              <TableHead
                columns={['Rep', 'Next 1:1', 'Last held', 'Open commitments', 'Prep']}
                numeric={['Open commitments']}
              />
              <tbody>
                {reps.map((r) => {
                  const n = nextOneOnOne(r, meetings, today)
                  return (
                    <tr key={r.id}>
                      <th scope="row">{r.name}</th>
                      <td className={n.state === 'overdue' ? 'warn' : undefined}>
                        {showDate(n.due)} <span className="cell-note">{dueWords(n)}</span>
                      </td>
                      <td>{showDate(n.lastHeldOn)}</td>
                      <td className="numeric">{openCount(r.id)}</td>
                      <td>
                        <Link to={screens.prep(r.id)}>Prepare the 1:1 with {r.name}</Link>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>

          <CalendarExport reps={reps} meetings={meetings} />

          <section aria-labelledby="search-title" className="panel">
            <h2 id="search-title">Search notes</h2>
            <div className="form-row">
              <label>
                Search 1:1 notes and commitments
                <input
                  ref={searchBox}
                  type="search"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  size={40}
                />
              </label>
            </div>
            {deferredQuery.trim() !== '' && (
              <>
                <p className="subtle" aria-live="polite">
                  {hits.length === 0
                    ? 'Nothing found.'
                    : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`}
                </p>
                <ul className="search-hits">
                  {hits.slice(0, 50).map((h) => (
                    <li key={`${h.meetingId}-${h.field}`}>
                      <Link to={screens.meeting(h.meetingId)}>
                        {repNames.get(h.repId) ?? 'Former rep'}, {showDate(h.day)}
                      </Link>{' '}
                      <span className="badge">{FIELD_WORDS[h.field]}</span>
                      <span className="cell-note">{h.snippet}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {selected && (
            <section aria-labelledby="history-title" className="panel">
              <h2 id="history-title">History</h2>
              <div className="form-row">
                <label>
                  Rep
                  <select
                    value={selected.id}
                    onChange={(e) => setParams({ rep: e.target.value }, { replace: true })}
                  >
                    <RepOptions reps={reps} />
                  </select>
                </label>
              </div>
              <Timeline
                rep={selected}
                meetings={meetings.filter((m) => m.repId === selected.id)}
                actionItems={actionItems.filter((a) => a.repId === selected.id)}
              />
            </section>
          )}
        </>
      )}
    </section>
  )
}
