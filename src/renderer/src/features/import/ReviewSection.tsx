import { useImportState, type ImportState } from './importStore'
import { KIND_NOUNS } from './labels'
import { loneUnknownId } from './OwnerChoices'
import { AsOfDate } from './AsOfDate'
import { TableHead } from '../../ui/formParts'
import { CommitProgress } from './CommitProgress'
import { ErrorMessage } from '../../ui/StatusMessage'

/** Counts before committing, every rejected row, and the commit button. */
export function ReviewSection() {
  const state = useImportState(
    'analysis',
    'decisions',
    'dateOrderAnswered',
    'preview',
    'previewing',
    'step',
    'commit',
    'close',
    'cancelCommit',
    'commitError'
  )
  const { analysis, decisions, preview, previewing, step, commit, close, cancelCommit } = state
  const { commitError } = state
  if (!analysis || !decisions) return null
  const questions = openQuestions(state)
  const counts = preview?.counts
  const writes = counts ? counts.created + counts.updated : 0
  const noun = KIND_NOUNS[decisions.kind] ?? 'records'
  return (
    <section className="panel" aria-labelledby="import-review">
      <h2 id="import-review">Review</h2>
      <AsOfDate />
      {counts && (
        <dl className="stats" aria-label="What this import will do">
          {(
            [
              ['New', counts.created],
              ['Updated', counts.updated],
              ['Unchanged', counts.unchanged],
              ['Skipped', counts.skipped],
              ['Rejected', counts.rejected]
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value.toLocaleString()}</dd>
            </div>
          ))}
        </dl>
      )}
      {preview && preview.notes.length > 0 && (
        <ul className="notes" aria-label="Notes">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {preview && preview.skippedCount > 0 && (
        <details>
          <summary>Skipped rows ({preview.skippedCount.toLocaleString()})</summary>
          <ul>
            {preview.skipped.map((s) => (
              <li key={`${s.rowNumber}-${s.reason}`}>
                Row {s.rowNumber}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview && preview.rejectedCount > 0 && (
        <table className="data-table compact">
          <caption>
            Rejected rows: {counts?.rejected.toLocaleString()} (they are not imported; fix them in
            the CRM or the file and import again)
          </caption>
          <TableHead columns={['Row', 'Column', 'Value', 'Reason']} numeric={['Row']} />
          <tbody>
            {preview.rejected.map((p, i) => (
              <tr key={`${p.rowNumber}-${p.column}-${i}`}>
                <td className="numeric">{p.rowNumber}</td>
                <td>{p.column}</td>
                <td>{p.value}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && preview.rejectedCount > preview.rejected.length && (
        <p className="cell-note">
          The first {preview.rejected.length} problems are shown, of{' '}
          {preview.rejectedCount.toLocaleString()}.
        </p>
      )}
      {questions.length > 0 && (
        <p role="alert" className="warn">
          Before importing: {questions.join('; ')}.
        </p>
      )}
      <p className="actions">
        <button
          type="button"
          className="primary"
          disabled={questions.length > 0 || previewing || step === 'committing' || writes === 0}
          onClick={() => void commit()}
        >
          {step === 'committing'
            ? 'Importing…'
            : `Import ${writes.toLocaleString()} ${writes === 1 ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun}`}
        </button>{' '}
        {step === 'committing' ? (
          <button type="button" onClick={cancelCommit}>
            Cancel the import
          </button>
        ) : (
          <button type="button" onClick={close}>
            Cancel
          </button>
        )}
      </p>
      {step === 'committing' && <CommitProgress />}
      <ErrorMessage text={commitError} />
    </section>
  )
}

function openQuestions(
  state: Pick<ImportState, 'analysis' | 'decisions' | 'dateOrderAnswered'>
): string[] {
  const { analysis, decisions, dateOrderAnswered } = state
  if (!analysis || !decisions) return []
  const questions: string[] = []
  if (analysis.missing.length > 0)
    questions.push(`choose columns for ${analysis.missing.join(', ')}`)
  if (analysis.dates.ambiguous && analysis.dates.order !== 'ymd' && !dateOrderAnswered) {
    questions.push('say whether dates are month first or day first')
  }
  if (
    analysis.ownerColumnMissing &&
    !decisions.everyRowOwner &&
    decisions.columns['owner'] === undefined
  ) {
    questions.push('say whose records these are (one rep for all, or the owner column)')
  }
  const loneId = loneUnknownId(analysis.owners)
  if (loneId && (decisions.owners[loneId.key] ?? loneId.choice).action === 'skip') {
    questions.push(`say who the CRM user ${loneId.owner} is`)
  }
  const unmapped = analysis.stages.filter((s) => !decisions.stageMap[s.crmStage])
  if (decisions.kind === 'opportunities' && unmapped.length > 0) {
    questions.push(
      `map the stage${unmapped.length === 1 ? '' : 's'} ${unmapped.map((s) => `“${s.crmStage}”`).join(', ')}`
    )
  }
  return questions
}
