import { KIND_LABELS } from '@shared/import'
import type { ImportKind } from '@shared/domain'
import { ColumnMappingSection } from './ColumnMappingSection'
import { DatesAndAmounts } from './DatesAndAmounts'
import { OwnerChoices } from './OwnerChoices'
import { RepStarts } from './RepStarts'
import { ReviewSection } from './ReviewSection'
import { WhoseRecords } from './WhoseRecords'
import { WhoseTeam } from './WhoseTeam'
import { StageChoices } from './StageChoices'
import { useImportState } from './importStore'
import { SOURCE_LABELS } from './labels'
import { LabelOptions } from '../../ui/formParts'
import { useRevealInTurn } from '../../ui/revealInTurn'

/** The mapping preview: what the file is, how it maps, what the manager must answer. */
export function ImportPreview() {
  const { table, analysis, decisions, changeDecisions, chooseFile } = useImportState(
    'table',
    'analysis',
    'decisions',
    'changeDecisions',
    'chooseFile'
  )
  // The file's description, who, columns, dates, owners, stages, starts, then the review.
  const shown = useRevealInTurn(8)
  if (!table || !analysis || !decisions) return null
  return (
    <div className="import-preview">
      <section className="panel" aria-labelledby="import-file">
        <h2 id="import-file">What this file is</h2>
        {table.notes.length > 0 && (
          <ul className="notes">
            {table.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <div className="form-row">
          <label>
            Records in this file
            <select
              value={decisions.kind}
              onChange={(e) => void changeDecisions({ kind: e.target.value as ImportKind }, true)}
            >
              <LabelOptions labels={KIND_LABELS} />
            </select>
          </label>
          <label>
            Exported from
            <select
              value={decisions.source}
              onChange={(e) =>
                void changeDecisions({ source: e.target.value as typeof decisions.source })
              }
            >
              <LabelOptions labels={SOURCE_LABELS} />
            </select>
          </label>
          {table.sheetNames.length > 1 && (
            <label>
              Sheet
              <select value={table.sheet} onChange={(e) => void chooseFile(e.target.value)}>
                {table.sheetNames.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          )}
        </div>
        <p className="cell-note">
          Recognised as {KIND_LABELS[decisions.kind].toLowerCase()}: {analysis.kindEvidence}.{' '}
          {analysis.sourceEvidence}.
        </p>
      </section>
      {shown > 1 && <WhoseTeam />}
      {shown > 1 && <WhoseRecords />}
      {shown > 2 && <ColumnMappingSection />}
      {shown > 3 && <DatesAndAmounts />}
      {shown > 4 && <OwnerChoices />}
      {shown > 5 && decisions.kind === 'opportunities' && <StageChoices />}
      {shown > 6 && <RepStarts />}
      {shown > 7 && <ReviewSection />}
    </div>
  )
}
