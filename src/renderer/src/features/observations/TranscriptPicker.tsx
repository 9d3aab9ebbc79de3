import { useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import type { Transcript } from '@shared/transcripts'
import { repositories, repositoryContext } from '../../db'
import { platform } from '../../platform'
import { ErrorMessage } from '../../ui/StatusMessage'
import { screens } from '../../ui/routes'
import { errorText } from '@shared/text/errorText'
import { storable, type Draft } from './draftState'
import type { StepProps } from './stepProps'
import { withConversation } from './transcriptDraft'

type Picked = { fileName: string; conversations: Transcript[] }

/**
 * "From a transcript": the manager picks a transcript file; a file with many conversations
 * asks which ones. The first chosen fills this draft; each other one becomes a draft of its own.
 */
export function TranscriptPicker({ draft, setDraft, data }: StepProps) {
  const [reading, setReading] = useState<{ read: number; total: number } | null>(null)
  const [problem, setProblem] = useState('')
  const [picked, setPicked] = useState<Picked | null>(null)
  const [chosen, setChosen] = useState<number[]>([])
  const [others, setOthers] = useState<{ id: string; title: string }[]>([])
  const abort = useRef<AbortController | null>(null)
  const rep = data.reps.find((r) => r.id === draft.repId)
  const ready = storable(draft)
  const attached =
    (draft.transcript?.evidence.length ?? 0) + (draft.transcript?.lineNotes.length ?? 0)

  const choose = async () => {
    setProblem('')
    setOthers([])
    const controller = new AbortController()
    abort.current = controller
    setReading({ read: 0, total: 0 })
    try {
      const result = await platform.readTranscriptFile({
        signal: controller.signal,
        onProgress: (p) => setReading({ read: p.bytesRead, total: p.totalBytes })
      })
      if ('canceled' in result) return
      if (!result.ok) return setProblem(result.message)
      if (result.conversations.length === 1)
        return setDraft((d) =>
          withConversation(d, result.conversations[0]!, result.fileName, rep, false)
        )
      setPicked(result)
      setChosen([])
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setReading(null)
      abort.current = null
    }
  }

  const reviewChosen = async () => {
    if (!picked) return
    const [first, ...rest] = chosen.map((i) => picked.conversations[i]!)
    if (!first) return setProblem('Tick at least one conversation to review.')
    try {
      const made: { id: string; title: string }[] = []
      for (const conversation of rest) {
        const id = repositoryContext.newId()
        const other: Draft = { ...draft, id, notes: [], scores: [], draftStep: 'setup' }
        await repositories.observations.saveDraft(
          withConversation(other, conversation, picked.fileName, rep, true)
        )
        made.push({ id, title: conversation.title })
      }
      setDraft((d) => withConversation(d, first, picked.fileName, rep, true))
      setOthers(made)
      setPicked(null)
    } catch (e) {
      setProblem(errorText(e))
    }
  }

  const toggle = (i: number) =>
    setChosen((c) => (c.includes(i) ? c.filter((x) => x !== i) : [...c, i].sort((a, b) => a - b)))

  return (
    <section aria-labelledby="from-transcript" className="transcript-picker">
      <h3 id="from-transcript">From a transcript</h3>
      <p className="subtle">
        A WebVTT, SRT, text, Word (.docx) or CSV/Excel transcript from Zoom, Teams or Meet. It is
        read on this computer; nothing leaves it.
      </p>
      {reading ? (
        <p role="status">
          Reading the transcript
          {reading.total > 0
            ? ` (${Math.round((reading.read / reading.total) * 100)} %)`
            : ''}…{' '}
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => void choose()} disabled={!ready}>
            {draft.transcript ? 'Choose another transcript…' : 'Choose a transcript file…'}
          </button>{' '}
          {!ready && <span className="cell-note">Choose the rep and the stage first.</span>}
          {attached > 0 && (
            <span className="cell-note">
              Another transcript replaces this one with its {attached} attached lines and notes.
            </span>
          )}
        </p>
      )}
      <ErrorMessage text={problem} />
      {picked && (
        <fieldset>
          <legend>
            {picked.fileName} holds {picked.conversations.length} conversations. Tick the ones to
            review: each becomes a call review draft.
          </legend>
          {picked.conversations.map((c, i) => (
            <label key={i} className="radio">
              <input type="checkbox" checked={chosen.includes(i)} onChange={() => toggle(i)} />
              {c.title} ({c.cues.length} lines, {c.speakers.length} speakers)
            </label>
          ))}
          <button type="button" className="primary" onClick={() => void reviewChosen()}>
            Review the ticked conversations
          </button>{' '}
          <button type="button" onClick={() => setPicked(null)}>
            Cancel
          </button>
        </fieldset>
      )}
      {others.length > 0 && (
        <div role="status">
          <p>Also saved as call review drafts, to review next:</p>
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <Link to={screens.observation(o.id)}>{o.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
