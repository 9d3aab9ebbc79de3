import { format, parseISO } from 'date-fns'
import { useImportState } from './importStore'

const shown = (d: string): string => format(parseISO(d), 'd MMM yyyy')

/**
 * The day the export reflects, proposed from the latest date in the file and confirmed here:
 * history snapshots carry it, and an older export's open deals are judged as of that day.
 */
export function AsOfDate() {
  const { analysis, decisions, changeDecisions } = useImportState(
    'analysis',
    'decisions',
    'changeDecisions'
  )
  if (!analysis || !decisions) return null
  return (
    <div className="form-row as-of">
      <label>
        Exported on
        <input
          type="date"
          value={decisions.asOf}
          required
          onChange={(e) => e.target.value && void changeDecisions({ asOf: e.target.value })}
        />
      </label>
      <p className="cell-note">
        {analysis.latestDate
          ? `Proposed from the latest date in the file (${shown(analysis.latestDate)}). `
          : 'The file has no dates: today is proposed. '}
        History is dated with this day, and open deals are judged as of it, not as of today.
      </p>
    </div>
  )
}
