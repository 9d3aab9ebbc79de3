import { useCallback, useEffect, useRef, useState } from 'react'
import type { OneOnOne } from '@shared/domain'
import { repositories } from '../../db'
import { errorText } from '@shared/text/errorText'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'

/** What the manager types in a 1:1; the rest of the record changes through the repository. */
export type MeetingDraft = Pick<OneOnOne, 'agenda' | 'sharedNotes' | 'privateNotes'>

const AUTOSAVE_DELAY_MS = 400

/**
 * The meeting's editable part, saved as the manager types: a short pause after the last
 * keystroke writes it; leaving the screen or finishing the 1:1 writes what is pending at once.
 */
export function useMeetingDraft(meeting: OneOnOne) {
  const [draft, setDraft] = useState<MeetingDraft>({
    agenda: meeting.agenda,
    sharedNotes: meeting.sharedNotes,
    privateNotes: meeting.privateNotes
  })
  const [state, setState] = useState<SaveState>('saved')
  const [error, setError] = useState<string | null>(null)
  const pending = useRef<MeetingDraft | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const id = meeting.id

  // The 1:1's revision as this screen loaded or last saved it: a change made in another window
  // meanwhile is refused, not overwritten. Saves run one after another so each carries the last.
  const revision = useRef(meeting.updatedAt)
  const saving = useRef<Promise<void>>(Promise.resolve())

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    const save = async (): Promise<void> => {
      const toSave = pending.current
      if (!toSave) return
      pending.current = null
      setState('saving')
      try {
        const saved = await repositories.oneOnOnes.update(id, toSave, revision.current)
        revision.current = saved.updatedAt
        setError(null)
        setState(pending.current ? 'unsaved' : 'saved')
      } catch (e) {
        // Keep the unsaved text so the next keystroke (or leaving) tries again.
        pending.current ??= toSave
        setError(errorText(e))
        setState('failed')
      }
    }
    saving.current = saving.current.then(save)
    return saving.current
  }, [id])

  const edit = useCallback(
    (change: (d: MeetingDraft) => MeetingDraft) => {
      setDraft((current) => {
        const next = change(current)
        pending.current = next
        return next
      })
      setState('unsaved')
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },
    [flush]
  )

  // Leaving the screen saves what is still pending.
  useEffect(() => () => void flush(), [flush])

  return { draft, edit, flush, state, error }
}
