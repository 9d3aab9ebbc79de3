import { useState } from 'react'
import { Link } from 'react-router-dom'
import { chainStatusLine } from '@shared/plans/auditChain'
import { errorText } from '@shared/text/errorText'
import { repositories } from '../../db'
import type { ExportMatch } from '../../db/exportedFiles'
import { platform } from '../../platform'
import { screens } from '../../ui/routes'
import { StatusMessage, type Status } from '../../ui/StatusMessage'
import { showDay } from '../../ui/words'
import './plans.css'

/** Larger than any packet Fieldbook makes; Electron's main also caps what it reads. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024

const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

async function sha256Of(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

type Result = { fileName: string; sha256: string; matches: ExportMatch[] }

/** "This is the PIP packet for Jamal Carter’s plan …, exported as PDF on … by …". */
function matchSentence(m: ExportMatch): string {
  const who = m.rep?.name ?? 'an unknown rep'
  const when = `${showDay(m.export.at)} at ${m.export.at.slice(11, 16)} UTC`
  return `This is the ${m.export.document} for ${who}’s plan “${m.plan.title}”, ${showDay(m.plan.startDate)} to ${showDay(m.plan.endDate)}, exported as ${m.export.format.toUpperCase()} on ${when} by ${m.export.by || 'the manager'}.`
}

/**
 * "Verify a document" (issue 17): HR or the manager picks a PDF or DOCX, Fieldbook hashes its
 * bytes and says which plan and export it is, or that no file with these bytes was exported
 * from this workspace.
 */
export function VerifyDocumentScreen() {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  const [result, setResult] = useState<Result>()

  const pick = async () => {
    setStatus(undefined)
    setResult(undefined)
    setBusy(true)
    try {
      const file = await platform.openFile({
        title: 'Verify a document',
        filters: [{ name: 'PDF or Word document', extensions: ['pdf', 'docx'] }],
        as: 'bytes'
      })
      if (file.canceled || !file.bytes) return
      if (file.size > MAX_DOCUMENT_BYTES)
        return setStatus({
          error: true,
          text: `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; Fieldbook's documents are far smaller, so it cannot be one of them.`
        })
      if (!isPdf(file.bytes) && !isZip(file.bytes))
        return setStatus({
          error: true,
          text: `“${file.name}” is not a PDF or DOCX file (it does not start like one). Pick the PDF or DOCX file you received.`
        })
      const sha256 = await sha256Of(file.bytes)
      setResult({
        fileName: file.name,
        sha256,
        matches: await repositories.plans.findExport(sha256)
      })
    } catch (e) {
      setStatus({ error: true, text: `The file could not be checked: ${errorText(e)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="verify-title" className="verify-document">
      <p className="breadcrumb">
        <Link to={screens.plans}>Plans</Link> / Verify a document
      </p>
      <h1 id="verify-title">Verify a document</h1>
      <p className="subtle">
        Every PIP packet or plan document Fieldbook exports is logged with the SHA-256 of its file.
        Pick a PDF or DOCX to find out whether it is exactly a file exported from this workspace.
        Nothing is stored.
      </p>
      <p>
        <button type="button" disabled={busy} onClick={() => void pick()}>
          Choose a PDF or DOCX…
        </button>
      </p>
      {status && <StatusMessage status={status} />}
      {result && <VerifyResult result={result} />}
    </section>
  )
}

function VerifyResult({ result }: { result: Result }) {
  return (
    <section role="status" aria-label="Result" className="panel">
      <p>
        File “{result.fileName}”, SHA-256 <code className="hash">{result.sha256}</code>
      </p>
      {result.matches.length === 0 ? (
        <p className="error">
          This file matches no document exported from this workspace. It may have been changed after
          export, or exported from another workspace.
        </p>
      ) : (
        <ul>
          {result.matches.map((m) => (
            <li key={m.export.entryId}>
              <p className="success">{matchSentence(m)}</p>
              <p>
                Saved then as “{m.export.fileName}”. {chainStatusLine(m.record)}{' '}
                <Link to={screens.plan(m.plan.id)}>Open the plan</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
