import { useState } from 'react'
import type { OneOnOne, Rep } from '@shared/domain'
import type { DocumentFormat, DocumentModel } from '@shared/documents/model'
import { oneOnOneSummary, oneOnOneSummaryName } from '@shared/documents/oneOnOneSummary'
import { today } from '../../ui/today'
import { readMeetingSummary } from '../../db/reads'
import { platform } from '../../platform'
import { DocumentPreview } from '../../ui/DocumentPreview'
import { currentLocale } from '../../ui/words'
import { managerNameAndTitle } from '@shared/team'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'markdown', label: 'Export summary as Markdown' },
  { format: 'pdf', label: 'Export summary as PDF' }
]

/**
 * The rep's copy of a 1:1, from the stored record (after saving what is pending, so it has the
 * last word typed): shared notes and commitments only, never the private notes.
 */
async function repCopy(meetingId: string, rep: Rep): Promise<{ day: string; doc: DocumentModel }> {
  const { meeting: stored, items, settings } = await readMeetingSummary(meetingId, rep.id)
  if (!stored) throw new Error('This 1:1 is no longer in the workspace.')
  const day = stored.heldOn ?? stored.scheduledFor
  const doc = oneOnOneSummary({
    meeting: stored,
    rep,
    managerName: managerNameAndTitle(settings),
    commitments: items.filter((a) => a.oneOnOneId === stored.id),
    // Agreed before this 1:1 (by the day they were made) and still open.
    carriedOver: items.filter(
      (a) => a.oneOnOneId !== stored.id && a.status === 'open' && a.createdAt.slice(0, 10) <= day
    ),
    createdOn: today(),
    locale: currentLocale()
  })
  return { day, doc }
}

/**
 * The top of the meeting page: preview the rep's copy, and once the 1:1 is held, export it.
 */
export function ExportSummary({
  meeting,
  rep,
  beforeExport
}: {
  meeting: OneOnOne
  rep: Rep
  beforeExport(): Promise<void>
}) {
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<DocumentModel | null>(null)
  const held = meeting.status === 'held'
  const run = async (format: DocumentFormat) => {
    setBusy(true)
    setError(null)
    setMessage('')
    try {
      await beforeExport()
      const { day, doc } = await repCopy(meeting.id, rep)
      const saved = await platform.exportDocument({
        format,
        suggestedName: oneOnOneSummaryName(rep.name, day),
        title: 'Save the 1:1 summary',
        document: doc
      })
      setMessage(saved.canceled ? 'Export cancelled.' : `Saved ${saved.name}.`)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  const togglePreview = async () => {
    if (preview) return setPreview(null)
    setError(null)
    try {
      await beforeExport()
      setPreview((await repCopy(meeting.id, rep)).doc)
    } catch (e) {
      setError(errorText(e))
    }
  }
  // Prints the preview alone (print stylesheet: body.print-rep-copy), never the private notes.
  const printRepCopy = async () => {
    setError(null)
    try {
      await beforeExport()
      setPreview((await repCopy(meeting.id, rep)).doc)
      requestAnimationFrame(() => {
        document.body.classList.add('print-rep-copy')
        window.print()
        document.body.classList.remove('print-rep-copy')
      })
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <div className="export-summary">
      <div className="form-row">
        <button type="button" aria-expanded={preview !== null} onClick={() => void togglePreview()}>
          {preview ? 'Close the rep’s copy' : 'Preview the rep’s copy'}
        </button>
        {held &&
          FORMATS.map((f) => (
            <button key={f.format} type="button" disabled={busy} onClick={() => void run(f.format)}>
              {f.label}
            </button>
          ))}
        <button type="button" onClick={() => void printRepCopy()}>
          Print the rep’s copy
        </button>
      </div>
      <span className="cell-note no-print">
        The rep’s copy has the agenda, shared notes and commitments; private notes and your
        development labels stay here.
      </span>
      <p role="status">{message}</p>
      <ErrorMessage text={error} />
      {preview && <DocumentPreview document={preview} label="The rep’s copy" />}
    </div>
  )
}
