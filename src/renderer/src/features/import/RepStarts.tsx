import type { RepStart } from '@shared/import'
import { useImportState } from './importStore'
import { TableHead } from '../../ui/formParts'

/**
 * The reps this import creates (or whose placeholder start moves back), with the start date
 * taken from their earliest record and the role's default ramp; both can be changed here.
 */
export function RepStarts() {
  const { preview, decisions, changeDecisions } = useImportState(
    'preview',
    'decisions',
    'changeDecisions'
  )
  if (!preview || !decisions || preview.starts.length === 0) return null
  const set = (start: RepStart, change: Partial<Pick<RepStart, 'startDate' | 'rampMonths'>>) =>
    void changeDecisions({
      starts: {
        ...decisions.starts,
        [start.key]: {
          startDate: change.startDate ?? start.startDate,
          rampMonths: change.rampMonths ?? start.rampMonths
        }
      }
    })
  return (
    <section className="panel" aria-labelledby="import-starts">
      <h2 id="import-starts">Start dates and ramps</h2>
      <p>
        Each rep starts at their earliest deal or activity in the file, so their history counts.
        Change a start date or ramp if you know better; targets are prorated during the ramp.
      </p>
      <table className="data-table compact">
        <caption className="visually-hidden">Reps, their start dates and ramps</caption>
        <TableHead
          columns={['Rep', 'Earliest record in the file', 'Start date', 'Ramp (months)']}
        />
        <tbody>
          {preview.starts.map((s) => (
            <tr key={s.key}>
              <th scope="row">
                {s.name}
                {s.before && <span className="cell-note">was {s.before}</span>}
              </th>
              <td>
                {s.firstRecord ?? 'none yet: moves back to their first deal when you import deals'}
              </td>
              <td>
                <input
                  type="date"
                  aria-label={`Start date of ${s.name}`}
                  value={s.startDate}
                  required
                  onChange={(e) => e.target.value && set(s, { startDate: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={24}
                  aria-label={`Ramp months of ${s.name}`}
                  value={s.rampMonths}
                  onChange={(e) => {
                    const months = Number(e.target.value)
                    if (Number.isInteger(months) && months >= 0 && months <= 24) {
                      set(s, { rampMonths: months })
                    }
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
