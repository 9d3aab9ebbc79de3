import { useState } from 'react'
import type { DocumentFormat, DocumentModel } from '@shared/documents'
import { platform } from '../platform'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from './StatusMessage'

/**
 * Builds a document when clicked (so it reflects what is on screen now), renders it through the
 * platform (main process in Electron, a Web Worker in a browser) and says what was saved.
 */
export function ExportButton({
  label,
  suggestedName,
  build,
  format = 'pdf'
}: {
  label: string
  suggestedName: string
  build(): DocumentModel
  format?: DocumentFormat
}) {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const run = async () => {
    setBusy(true)
    setStatus(undefined)
    try {
      const saved = await platform.exportDocument({ format, suggestedName, document: build() })
      if (!saved.canceled) setStatus({ error: false, text: `Saved “${saved.name}”.` })
    } catch (error) {
      setStatus({
        error: true,
        text: `The export failed: ${errorText(error)}`
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <span className="export-button">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Exporting…' : label}
      </button>
      {status && <StatusMessage status={status} inline />}
    </span>
  )
}
