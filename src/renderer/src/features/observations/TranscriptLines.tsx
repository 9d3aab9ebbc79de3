import type { CallTranscript, ChecklistTemplate } from '@shared/domain'
import { cueClock } from '@shared/observations'

/**
 * The transcript, one line a row: the line itself is a button that selects it (for evidence
 * or a note); its time plays the recording from there when one is loaded.
 */
export function TranscriptLines({
  transcript: t,
  template,
  selected,
  onSelect,
  onSeek,
  onRemoveNote
}: {
  transcript: CallTranscript
  template: ChecklistTemplate
  selected: number | undefined
  onSelect: (cueIndex: number) => void
  /** Present while a recording is loaded. */
  onSeek?: (seconds: number) => void
  onRemoveNote: (position: number) => void
}) {
  const labelOf = (key: string) => template.criteria.find((c) => c.key === key)?.label ?? key
  return (
    <ol className="transcript-lines" aria-label="Transcript">
      {t.cues.map((cue) => {
        const clock = cueClock(cue.startSeconds)
        const rep = t.repSpeakers.includes(cue.speaker)
        const evidence = t.evidence.filter((e) => e.cueIndex === cue.index)
        const notes = t.lineNotes
          .map((n, position) => ({ ...n, position }))
          .filter((n) => n.cueIndex === cue.index)
        return (
          <li key={cue.index} className={rep ? 'rep-line' : 'customer-line'}>
            <span className="line-time">
              {clock && onSeek && cue.startSeconds !== undefined ? (
                <button
                  type="button"
                  className="link"
                  aria-label={`Play from ${clock}`}
                  onClick={() => onSeek(cue.startSeconds!)}
                >
                  {clock}
                </button>
              ) : (
                clock
              )}
            </span>
            <button
              type="button"
              className="line-text"
              aria-pressed={selected === cue.index}
              onClick={() => onSelect(cue.index)}
            >
              <strong>{cue.speaker || 'Unnamed'}:</strong> {cue.text}
            </button>
            {evidence.map((e) => (
              <span key={e.criterionKey} className="badge evidence-badge">
                Evidence: {labelOf(e.criterionKey)}
              </span>
            ))}
            {notes.map((n) => (
              <p key={n.position} className="line-note">
                Note: {n.text}{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove the note “${n.text}”`}
                  onClick={() => onRemoveNote(n.position)}
                >
                  Remove
                </button>
              </p>
            ))}
          </li>
        )
      })}
    </ol>
  )
}
