import { useState } from 'react'
import {
  activitiesCsv,
  commitmentsCsv,
  observationsCsv,
  opportunitiesCsv,
  repsCsv,
  type CsvOptions
} from '@shared/export'
import type { WorkspaceData } from '@shared/domain'
import { readWholeWorkspace } from '../../db/workspaceFiles'
import { platform } from '../../platform'
import { StatusMessage } from '../../ui/StatusMessage'
import { errorText } from '@shared/text/errorText'

const EXPORTS: {
  label: string
  file: string
  csv: (data: WorkspaceData, options: CsvOptions) => string
}[] = [
  { label: 'Reps', file: 'reps', csv: repsCsv },
  { label: 'Opportunities', file: 'opportunities', csv: opportunitiesCsv },
  { label: 'Activities', file: 'activities', csv: activitiesCsv },
  { label: 'Observations', file: 'observations', csv: observationsCsv },
  { label: '1:1 commitments', file: 'commitments', csv: commitmentsCsv }
]

/** CSV files for a spreadsheet or another tool; cells that could run as formulas are defused. */
export function CsvExportsPanel() {
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const exportCsv = async (item: (typeof EXPORTS)[number]) => {
    try {
      const data = await readWholeWorkspace()
      // A byte-order mark so Excel reads accents and emoji correctly.
      const text = item.csv(data, { bom: true })
      const saved = await platform.saveFile({
        title: `Export ${item.label.toLowerCase()} as CSV`,
        suggestedName: `fieldbook-${item.file}-${new Date().toISOString().slice(0, 10)}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        bytes: new TextEncoder().encode(text)
      })
      if (!saved.canceled) setStatus({ error: false, text: `Saved “${saved.name}”.` })
    } catch (error) {
      setStatus({ error: true, text: `The export failed: ${errorText(error)}` })
    }
  }
  return (
    <section className="panel" aria-labelledby="csv-title">
      <h2 id="csv-title">Export as CSV</h2>
      <p>For a spreadsheet or another tool. Opens in Excel with accents intact.</p>
      <div className="form-row" role="group" aria-label="CSV exports">
        {EXPORTS.map((item) => (
          <button key={item.file} type="button" onClick={() => void exportCsv(item)}>
            {item.label}
          </button>
        ))}
      </div>
      {status && <StatusMessage status={status} />}
    </section>
  )
}
