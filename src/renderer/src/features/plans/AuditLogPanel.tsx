import type { PlanAuditEntry } from '@shared/domain'
import { changeSentence } from '@shared/documents/auditWords'
import { currentLocale, showDay } from '../../ui/words'
import { TableHead } from '../../ui/formParts'

/** The plan's record: who did what when, in sentences. Nothing here is editable. */
export function AuditLogPanel({ entries }: { entries: PlanAuditEntry[] }) {
  return (
    <section className="panel audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title">Record of changes</h2>
      <p className="subtle">
        Append-only: every change, check-in, note and export, with who and when. Each entry carries
        the SHA-256 of the one before it, so a change made outside Fieldbook shows.
      </p>
      <table className="data-table compact">
        <TableHead columns={['#', 'When (UTC)', 'Who', 'What happened']} />
        <tbody>
          {entries.map((e, i) => (
            <tr key={e.id}>
              <td>{i + 1}</td>
              <td className="nowrap">
                {showDay(e.at)}, {e.at.slice(11, 16)}
              </td>
              <td>{e.by || 'The manager'}</td>
              <td>{changeSentence(e, currentLocale())}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
