import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import type { ActionItem, OneOnOne, Rep } from '@shared/domain'
import { today as todayOf } from '../../ui/today'
import { repositories } from '../../db'
import { useMeeting } from '../../db/reads'
import { AgendaList } from './AgendaList'
import { BarriersSection } from './BarriersSection'
import { WinForm } from '../../ui/WinForm'
import { Commitments } from './Commitments'
import { ExportSummary } from './ExportSummary'
import { meetingStatus, showDate } from './format'
import { useMeetingDraft, type SaveState } from './useMeetingDraft'
import './oneOnOnes.css'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { screens } from '../../ui/routes'

const SAVE_WORDS: Record<SaveState, string> = {
  saved: 'All changes saved',
  unsaved: 'Saving soon…',
  saving: 'Saving…',
  failed: 'Not saved'
}

export function MeetingScreen() {
  const { id } = useParams()
  const data = useMeeting(id)
  if (data === undefined) return <p className="loading">Opening the 1:1…</p>
  if (data === null)
    return (
      <section>
        <h1>One-on-one not found</h1>
        <p>
          <Link to={screens.oneOnOnes()}>Back to one-on-ones</Link>
        </p>
      </section>
    )
  return <MeetingEditor key={data.meeting.id} {...data} />
}

function MeetingEditor({
  meeting,
  rep,
  items
}: {
  meeting: OneOnOne
  rep: Rep
  items: ActionItem[]
}) {
  const { draft, edit, flush, state, error: saveError } = useMeetingDraft(meeting)
  const [error, setError] = useState<string | null>(null)
  const barriers = items.filter((a) => a.kind === 'barrier')
  const made = items.filter((a) => a.oneOnOneId === meeting.id && a.kind !== 'barrier')
  const earlier = items
    .filter((a) => a.oneOnOneId !== meeting.id && a.status === 'open' && a.kind !== 'barrier')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
  const held = meeting.status === 'held'
  const finish = async () => {
    setError(null)
    try {
      await flush()
      await repositories.oneOnOnes.finish(meeting.id, todayOf())
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <article aria-labelledby="meeting-title" className="meeting">
      <p className="breadcrumb">
        <Link to={screens.oneOnOnes()}>One-on-ones</Link> /{' '}
        <Link to={screens.oneOnOnes({ rep: rep.id })}>{rep.name}</Link> /{' '}
        {showDate(meeting.heldOn ?? meeting.scheduledFor)}
      </p>
      <h1 id="meeting-title">1:1 with {rep.name}</h1>
      <p className="subtle">
        {meetingStatus(meeting)} · <Link to={screens.prep(rep.id)}>Prep and evidence</Link>
      </p>
      <p className="save-state no-print" aria-live="polite">
        {SAVE_WORDS[state]}
        {saveError && `: ${saveError}`}
      </p>
      <ErrorMessage text={error} />
      <div className="meeting-actions">
        {meeting.status === 'planned' && (
          <div className="form-row no-print">
            <button type="button" className="primary" onClick={() => void finish()}>
              Finish the 1:1
            </button>
          </div>
        )}
        {held && (
          <p className="no-print">
            <Link to={screens.prep(rep.id)}>Prepare the next 1:1</Link>
          </p>
        )}
        <ExportSummary meeting={meeting} rep={rep} beforeExport={flush} />
      </div>
      <section aria-labelledby="meeting-agenda-title" className="panel">
        <h2 id="meeting-agenda-title">Agenda</h2>
        <AgendaList
          items={draft.agenda}
          repId={rep.id}
          meeting
          newKey={() => `manual-${crypto.randomUUID()}`}
          onChange={(agenda) => edit((d) => ({ ...d, agenda }))}
        />
      </section>
      <section aria-labelledby="notes-title" className="panel notes-panel">
        <h2 id="notes-title">Notes</h2>
        <NotesBox
          className="note-field"
          label="Shared notes"
          hint="Go into the summary the rep gets."
          rows={5}
          value={draft.sharedNotes}
          onChange={(sharedNotes) => edit((d) => ({ ...d, sharedNotes }))}
        />
        <NotesBox
          className="note-field private"
          label="Private notes"
          hint="Only you see these: never exported or shared."
          rows={4}
          value={draft.privateNotes}
          onChange={(privateNotes) => edit((d) => ({ ...d, privateNotes }))}
        />
      </section>
      <Commitments
        rep={rep}
        meetingId={meeting.id}
        made={made}
        earlier={earlier}
        onError={setError}
      />
      <BarriersSection
        repId={rep.id}
        repName={rep.name}
        barriers={barriers.filter((b) => b.status === 'open')}
        meetingId={meeting.id}
      />
      <section aria-labelledby="meeting-win-title" className="panel">
        <h2 id="meeting-win-title">Recognise a win</h2>
        <WinForm
          repId={rep.id}
          repName={rep.name}
          loggedFrom={{ kind: 'oneOnOne', id: meeting.id }}
          defaultDate={meeting.heldOn ?? meeting.scheduledFor}
        />
      </section>
    </article>
  )
}

/** One of the meeting's note boxes: its label, a hint of who reads it, and the text. */
function NotesBox({
  className,
  label,
  hint,
  rows,
  value,
  onChange
}: {
  className: string
  label: string
  hint: string
  rows: number
  value: string
  onChange(value: string): void
}) {
  return (
    <label className={className}>
      {label}
      <span className="cell-note">{hint}</span>
      <textarea rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  )
}
