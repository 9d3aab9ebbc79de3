import { useState } from 'react'
import type { OneOnOne, Rep } from '@shared/domain'
import type { DocumentFormat } from '@shared/documents/model'
import { oneOnOneSummary, oneOnOneSummaryName } from '@shared/documents/oneOnOneSummary'
import { today } from '../../app/today'
import { db } from '../../db'
import { platform } from '../../platform'
import { managerNameAndTitle } from '@shared/team'

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'markdown', label: 'Export summary as Markdown' },
  { format: 'pdf', label: 'Export summary as PDF' }
]

/**
 * Exports the 1:1 summary: shared notes and commitments only (private notes never leave the
 * app). Reads the stored record after saving what is pending, so the file has the last word typed.
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
  const run = async (format: DocumentFormat) => {
    setBusy(true)
    setError(null)
    setMessage('')
    try {
      await beforeExport()
      const [stored, items, settings] = await Promise.all([
        db.oneOnOnes.get(meeting.id),
        db.actionItems.where('repId').equals(rep.id).toArray(),
        db.settings.get('workspace')
      ])
      if (!stored) throw new Error('This 1:1 is no longer in the workspace.')
      const day = stored.heldOn ?? stored.scheduledFor
      const document = oneOnOneSummary({
        meeting: stored,
        rep,
        managerName: managerNameAndTitle(settings),
        commitments: items.filter((a) => a.oneOnOneId === stored.id),
        // Agreed before this 1:1 (by the day they were made) and still open.
        carriedOver: items.filter(
          (a) =>
            a.oneOnOneId !== stored.id && a.status === 'open' && a.createdAt.slice(0, 10) <= day
        ),
        createdOn: today()
      })
      const saved = await platform.exportDocument({
        format,
        suggestedName: oneOnOneSummaryName(rep.name, day),
        title: 'Save the 1:1 summary',
        document
      })
      setMessage(saved.canceled ? 'Export cancelled.' : `Saved ${saved.name}.`)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="export-summary">
      {FORMATS.map((f) => (
        <button key={f.format} type="button" disabled={busy} onClick={() => void run(f.format)}>
          {f.label}
        </button>
      ))}
      <span className="cell-note">Shared notes and commitments only; private notes stay here.</span>
      <p role="status">{message}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  )
}
