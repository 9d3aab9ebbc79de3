import type { PlanAuditEntry } from '@shared/domain'
import { describeValue as show } from '@shared/documents/auditWords'

/** The plan's record: who did what when, and what changed from what. Nothing here is editable. */
export function AuditLogPanel({ entries }: { entries: PlanAuditEntry[] }) {
  return (
    <section className="panel audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title">Record of changes</h2>
      <p className="subtle">
        Append-only: every change, check-in, note and export, with who and when.
      </p>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
              <td>{e.by || '—'}</td>
              <td>{e.summary}</td>
              <td>{show(e.before)}</td>
              <td>{show(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
