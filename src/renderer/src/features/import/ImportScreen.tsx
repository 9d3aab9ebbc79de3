import { useDeferredValue } from 'react'
import { describeTable } from '@shared/import/read/describe'
import { ImportHistory } from './ImportHistory'
import { ImportPreview } from './ImportPreview'
import { ManualMeasures } from './ManualMeasures'
import { useImportState } from './importStore'
import { StatusMessage } from '../../ui/StatusMessage'
import { useRevealInTurn } from '../../ui/revealInTurn'

/** Import: bring CRM exports in, see what they will change, commit, and undo. */
export function ImportScreen() {
  const { step, error, result, progress, chooseFile, cancelReading, table } = useImportState(
    'step',
    'error',
    'result',
    'progress',
    'chooseFile',
    'cancelReading',
    'table'
  )
  // The review of a big file is a large page: React builds it in slices between other work
  // (a deferred value renders interruptibly), so showing it is no long task on its own.
  const reviewing = useDeferredValue((step === 'preview' || step === 'committing') && !!table)
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Import</h1>
      {(step === 'idle' || step === 'done') && (
        <>
          <p className="lead">
            Drop in an export from Salesforce, HubSpot, Pipedrive or any CSV/XLSX: opportunities,
            activities, users, or manual measures. You see exactly what changes before anything is
            saved, and the latest import can be undone.
          </p>
          <p>
            <button type="button" className="primary" onClick={() => void chooseFile()}>
              Import a file…
            </button>
          </p>
        </>
      )}
      {error && <StatusMessage status={{ error: true, text: error }} />}
      {step === 'done' && result && (
        <p role="status" className="success">
          Imported “{result.fileName}”: {result.counts.created.toLocaleString()} new,{' '}
          {result.counts.updated.toLocaleString()} updated,{' '}
          {result.counts.unchanged.toLocaleString()} unchanged,{' '}
          {result.counts.skipped.toLocaleString()} skipped,{' '}
          {result.counts.rejected.toLocaleString()} rejected.
        </p>
      )}
      {step === 'reading' && (
        <div className="panel" role="group" aria-label="Reading the file">
          <h2>Reading the file…</h2>
          <progress
            aria-label="Rows read"
            max={progress?.totalBytes || undefined}
            value={progress?.bytesRead}
          />
          <p aria-live="polite">
            {progress ? `${progress.rowsRead.toLocaleString()} rows read` : 'Starting…'}
          </p>
          <button type="button" onClick={cancelReading}>
            Cancel
          </button>
        </div>
      )}
      {reviewing && table && (step === 'preview' || step === 'committing') && (
        <>
          <p className="subtle">
            “{table.fileName}”: {describeTable(table)}
          </p>
          <ImportPreview />
        </>
      )}
      {(step === 'idle' || step === 'done') && <HistoryAndMeasures />}
    </section>
  )
}

/**
 * The import history and the manual measures, shown a frame after the screen they join (and
 * one after the other): with a 100,000-deal review going away and 50 reps' measures coming, one
 * commit of it all was a 70 ms task right at "Imported".
 */
function HistoryAndMeasures() {
  const shown = useRevealInTurn(3)
  return (
    <>
      {shown > 1 && <ImportHistory />}
      {shown > 2 && <ManualMeasures />}
    </>
  )
}
