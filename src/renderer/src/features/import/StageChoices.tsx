import type { StageChoice } from '@shared/import'
import { useImportState } from './importStore'
import { TableHead } from '../../ui/formParts'

const BASIS_NOTES = {
  saved: 'as you mapped it before',
  process: 'named in your sales process',
  guess: 'guessed from the name: check it',
  none: 'choose a stage'
} as const

/** CRM stage names → sales-process stages and open/won/lost, saved per CRM for next time. */
export function StageChoices() {
  const { analysis, decisions, context, changeDecisions } = useImportState(
    'analysis',
    'decisions',
    'context',
    'changeDecisions'
  )
  if (!analysis || !decisions || !context) return null
  const stages = [...context.process.stages].sort((a, b) => a.order - b.order)
  const encode = (c: StageChoice | undefined): string =>
    c === undefined ? '' : c.status === 'lost' ? 'lost' : `${c.status}:${c.stageKey ?? ''}`
  const decode = (value: string): StageChoice | undefined => {
    if (value === '') return undefined
    if (value === 'lost') return { status: 'lost' }
    const [status, stageKey] = value.split(':')
    return { status: status === 'won' ? 'won' : 'open', stageKey: stageKey || undefined }
  }
  const choose = (crmStage: string, value: string) => {
    const stageMap = { ...decisions.stageMap }
    const choice = decode(value)
    if (choice) stageMap[crmStage] = choice
    else delete stageMap[crmStage]
    void changeDecisions({ stageMap })
  }
  const lastStage = stages[stages.length - 1]
  return (
    <section className="panel" aria-labelledby="import-stages">
      <h2 id="import-stages">Stages</h2>
      <table className="data-table compact">
        <caption className="visually-hidden">
          CRM stages and the sales-process stage each maps to
        </caption>
        <TableHead
          columns={['Stage in the file', 'Rows', 'Sales-process stage', 'Why']}
          numeric={['Rows']}
        />
        <tbody>
          {analysis.stages.map((s) => {
            const choice = decisions.stageMap[s.crmStage]
            return (
              <tr key={s.crmStage} className={choice ? undefined : 'needs-answer'}>
                <th scope="row">{s.crmStage}</th>
                <td className="numeric">{s.rows.toLocaleString()}</td>
                <td>
                  <select
                    aria-label={`Stage for ${s.crmStage}`}
                    value={encode(choice)}
                    onChange={(e) => choose(s.crmStage, e.target.value)}
                  >
                    <option value="">— choose —</option>
                    {stages.map((st) => (
                      <option key={st.key} value={`open:${st.key}`}>
                        {st.name} (open)
                      </option>
                    ))}
                    {lastStage && <option value={`won:${lastStage.key}`}>Closed won</option>}
                    <option value="lost">Closed lost</option>
                  </select>
                </td>
                <td>
                  <span className="cell-note">
                    {choice ? BASIS_NOTES[s.basis] : BASIS_NOTES.none}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
