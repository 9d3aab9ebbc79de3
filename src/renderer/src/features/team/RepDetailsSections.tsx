import { displayDate } from './format'
import { formatMoney } from '@shared/format'
import type { RepDetails } from '../../db/useRepDetails'
import { TableHead } from '../../ui/formParts'

const planStatus = { draft: 'Draft', hrReview: 'In HR review', active: 'Active', closed: 'Closed' }
const meetingStatus = { planned: 'Planned', held: 'Held', moved: 'Moved', skipped: 'Skipped' }

export function RepDetailsSections({ details: d, today }: { details: RepDetails; today: string }) {
  return (
    <div className="rep-sections">
      <section aria-labelledby="opps-title" className="panel wide">
        <h2 id="opps-title">Largest open opportunities</h2>
        {d.openOpportunities.length === 0 ? (
          <p className="subtle">No open opportunities.</p>
        ) : (
          <table className="data-table compact">
            <TableHead
              columns={['Opportunity', 'Stage', 'Amount', 'Close date', 'Next step']}
              numeric={['Amount']}
            />
            <tbody>
              {d.openOpportunities.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    {o.name}
                    {o.account && <span className="cell-note">{o.account}</span>}
                  </th>
                  <td>{d.stageName(o.stageKey, o.crmStage)}</td>
                  <td className="numeric">
                    {o.amount ? formatMoney(o.amount.minor, o.amount.currency) : '—'}
                  </td>
                  <td className={o.closeDate && o.closeDate < today ? 'warn' : undefined}>
                    {displayDate(o.closeDate)}
                    {o.closeDate && o.closeDate < today && (
                      <span className="cell-note">in the past</span>
                    )}
                  </td>
                  <td>{o.nextStep || <span className="warn">none</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="activity-title" className="panel">
        <h2 id="activity-title">Activities, last 4 weeks</h2>
        <ul className="counts">
          <li>Calls: {d.activityCounts.call}</li>
          <li>Emails: {d.activityCounts.email}</li>
          <li>Meetings: {d.activityCounts.meeting}</li>
          <li>Tasks: {d.activityCounts.task}</li>
        </ul>
      </section>
      <section aria-labelledby="meetings-title" className="panel">
        <h2 id="meetings-title">Recent one-on-ones</h2>
        {d.recentOneOnOnes.length === 0 ? (
          <p className="subtle">No one-on-ones yet.</p>
        ) : (
          <ul>
            {d.recentOneOnOnes.map((m) => (
              <li key={m.id}>
                {displayDate(m.heldOn ?? m.scheduledFor)} — {meetingStatus[m.status]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="items-title" className="panel">
        <h2 id="items-title">Open action items</h2>
        {d.openActionItems.length === 0 ? (
          <p className="subtle">Nothing open.</p>
        ) : (
          <ul>
            {d.openActionItems.map((a) => (
              <li key={a.id}>
                {a.text}{' '}
                <span className="cell-note">
                  ({a.owner === 'rep' ? 'rep' : 'you'}, due {displayDate(a.dueDate)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="plans-title" className="panel">
        <h2 id="plans-title">Plans</h2>
        {d.plans.length === 0 ? (
          <p className="subtle">No open coaching plan or PIP.</p>
        ) : (
          <ul>
            {d.plans.map((p) => (
              <li key={p.id}>
                {p.kind === 'pip' ? 'PIP' : 'Coaching plan'}: {p.title} — {planStatus[p.status]} (
                {displayDate(p.startDate)} to {displayDate(p.endDate)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
