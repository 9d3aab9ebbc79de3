import type { PlanAuditEntry } from '@shared/domain'
import { chainBreakSentence, chainStatusLine, verifyChain } from '@shared/plans/auditChain'
import { currentLocale } from '../../ui/words'

/**
 * The record of changes checked each time the plan is shown (issue 17): a short line when
 * its hash chain is unbroken, a warning with every break when not. Fieldbook never repairs a
 * break; it stays visible, and the packet prints it.
 */
export function RecordCheck({ entries }: { entries: PlanAuditEntry[] }) {
  const check = verifyChain(entries)
  if (check.intact) return <p className="record-check">{chainStatusLine(check)}</p>
  return (
    <section className="record-broken" role="alert" aria-labelledby="record-broken-title">
      <h2 id="record-broken-title">The record of changes is broken</h2>
      <p>{chainStatusLine(check)}</p>
      <ul>
        {check.breaks.map((b) => (
          <li key={`${b.entryId}-${b.problem}`}>{chainBreakSentence(b, currentLocale())}</li>
        ))}
      </ul>
      <p className="subtle">
        Entries are numbered as in the record of changes below. A restored backup keeps its breaks:
        compare with the packets HR already holds.
      </p>
    </section>
  )
}
