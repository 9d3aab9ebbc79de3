import { useRef, useState, type KeyboardEvent } from 'react'
import type { ChecklistCriterion, ChecklistTemplate } from '@shared/domain'
import {
  addLineNote,
  attachEvidence,
  cueClock,
  detachEvidence,
  evidenceFor,
  removeLineNote
} from '@shared/observations'
import { ChecklistStep } from './ChecklistStep'
import { RecordingPlayer } from './RecordingPlayer'
import { TranscriptLines } from './TranscriptLines'
import type { StepProps } from './stepProps'

/**
 * Review on the transcript: the transcript (and the recording, when picked) beside the stage
 * checklist. Select a line, then "Attach to <criterion>" keeps its quote and time as evidence.
 */
export function TranscriptChecklist(props: StepProps & { template: ChecklistTemplate }) {
  const { draft, setDraft, template } = props
  const t = draft.transcript
  const [selected, setSelected] = useState<number>()
  const [note, setNote] = useState('')
  const [playing, setPlaying] = useState(false)
  const player = useRef<HTMLVideoElement>(null)
  if (!t) return <ChecklistStep {...props} />
  const cue = t.cues.find((c) => c.index === selected)

  const change = (edit: (tr: NonNullable<typeof t>) => NonNullable<typeof t>) =>
    setDraft((d) => (d.transcript ? { ...d, transcript: edit(d.transcript) } : d))
  const seek = (seconds: number) => {
    const video = player.current
    if (!video) return
    video.currentTime = seconds
    void video.play().catch(() => undefined)
  }
  const addNote = () => {
    if (selected === undefined || !note.trim()) return
    change((tr) => addLineNote(tr, selected, note))
    setNote('')
  }
  const onNoteKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    addNote()
  }

  const evidence = (c: ChecklistCriterion) => (
    <div className="criterion-evidence">
      {evidenceFor(t, c.key).map((e) => (
        <p key={e.cueIndex} className="evidence-line">
          {e.atSeconds !== undefined && <span className="line-time">{cueClock(e.atSeconds)}</span>}{' '}
          <q>{e.quote}</q> <span className="evidence-speaker">{e.speaker}</span>{' '}
          <button
            type="button"
            className="link"
            aria-label={`Remove the evidence “${e.quote}” from ${c.label}`}
            onClick={() => change((tr) => detachEvidence(tr, c.key, e.cueIndex))}
          >
            Remove
          </button>
        </p>
      ))}
      <button
        type="button"
        disabled={selected === undefined}
        onClick={() =>
          selected !== undefined && change((tr) => attachEvidence(tr, c.key, selected))
        }
      >
        Attach to {c.label}
      </button>
    </div>
  )

  return (
    <div className="transcript-review">
      <section aria-labelledby="transcript-title" className="transcript-pane">
        <h3 id="transcript-title">{t.title}</h3>
        <RecordingPlayer
          playerRef={player}
          fileName={t.mediaFileName}
          onPicked={(name) => {
            setPlaying(true)
            change((tr) => ({ ...tr, mediaFileName: name }))
          }}
        />
        <p className="cell-note">
          Select a line, then attach it to a criterion as evidence or write a note at it.
        </p>
        <TranscriptLines
          transcript={t}
          template={template}
          selected={selected}
          onSelect={(i) => setSelected((s) => (s === i ? undefined : i))}
          onSeek={playing && t.timed ? seek : undefined}
          onRemoveNote={(position) => change((tr) => removeLineNote(tr, position))}
        />
        <div className="selected-line" role="status">
          {cue ? (
            <>
              Selected: {cueClock(cue.startSeconds)} <strong>{cue.speaker || 'Unnamed'}</strong>{' '}
              <q>{cue.text}</q>
            </>
          ) : (
            'No line selected.'
          )}
        </div>
        <div className="form-row">
          <label className="wide">
            Note at the selected line
            <input
              type="text"
              value={note}
              disabled={selected === undefined}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={onNoteKey}
            />
          </label>
          <button type="button" disabled={selected === undefined || !note.trim()} onClick={addNote}>
            Add note
          </button>
        </div>
      </section>
      <section aria-label="Checklist" className="checklist-pane">
        <ChecklistStep {...props} extra={evidence} />
      </section>
    </div>
  )
}
