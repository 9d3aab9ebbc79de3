import { IMPORT_FIELDS } from '@shared/import'
import { useImportState } from './importStore'
import { TableHead } from '../../ui/formParts'

/** Every field with the column that feeds it and sample values; each can be changed. */
export function ColumnMappingSection() {
  const { table, analysis, decisions, changeDecisions } = useImportState(
    'table',
    'analysis',
    'decisions',
    'changeDecisions'
  )
  if (!table || !analysis || !decisions) return null
  const fields = IMPORT_FIELDS[decisions.kind]
  const setColumn = (field: string, value: string) => {
    const columns = { ...decisions.columns }
    if (value === '') delete columns[field]
    else columns[field] = Number(value)
    void changeDecisions({ columns }, true)
  }
  return (
    <section className="panel" aria-labelledby="import-columns">
      <h2 id="import-columns">Columns</h2>
      <p className="cell-note">
        {analysis.savedMapping
          ? 'Using the mapping you confirmed for files with these columns.'
          : 'Matched by column name. Change any that are wrong; the mapping is remembered for files with the same columns.'}
      </p>
      {analysis.missing.length > 0 && (
        <p role="alert" className="error">
          Choose a column for: {analysis.missing.join(', ')}.
        </p>
      )}
      <table className="data-table compact">
        <caption className="visually-hidden">Column mapping with sample values</caption>
        <TableHead columns={['Fieldbook field', 'Column in the file', 'Sample values']} />
        <tbody>
          {fields.map((field) => {
            const index = decisions.columns[field.key]
            const samples = index === undefined ? [] : (table.columnSamples[index] ?? [])
            return (
              <tr key={field.key}>
                <th scope="row">
                  {field.label}
                  {field.required && <span className="cell-note">required</span>}
                </th>
                <td>
                  <select
                    aria-label={`Column for ${field.label}`}
                    value={index ?? ''}
                    onChange={(e) => setColumn(field.key, e.target.value)}
                  >
                    <option value="">— not in this file —</option>
                    {table.headers.map((h, i) => (
                      <option key={`${i}-${h}`} value={i}>
                        {h || `(column ${i + 1})`}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="samples">{samples.join(' · ')}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
