import { Link } from 'react-router-dom'
import type { PlanStatus } from '@shared/domain'
import { showDay } from '../../ui/words'
import { kindLabel, STATUS_LABELS } from './format'
import { usePlanList, type PlanListRow } from '../../db/usePlans'
import { TableHead } from '../../ui/formParts'
import './plans.css'
import { screens } from '../../ui/routes'

const ORDER: PlanStatus[] = ['active', 'hrReview', 'draft', 'closed']

const OUTCOME = { successful: 'successful', extended: 'extended', unsuccessful: 'unsuccessful' }

function PlanTable({ rows, status }: { rows: PlanListRow[]; status: PlanStatus }) {
  return (
    <table className="data-table compact">
      <TableHead
        columns={[
          'Rep',
          'Plan',
          'Dates',
          status === 'closed' ? 'Outcome' : 'Next check-in',
          'Check-ins recorded'
        ]}
        numeric={['Check-ins recorded']}
      />
      <tbody>
        {rows.map(({ plan, repName, nextCheckIn, checkInsHeld, checkInsTotal }) => (
          <tr key={plan.id}>
            <th scope="row">{repName}</th>
            <td>
              <Link to={screens.plan(plan.id)}>
                {kindLabel(plan)}: {plan.title}
              </Link>
            </td>
            <td>
              {showDay(plan.startDate)} to {showDay(plan.endDate)}
            </td>
            <td>
              {status === 'closed'
                ? plan.outcome
                  ? OUTCOME[plan.outcome.result]
                  : '—'
                : nextCheckIn
                  ? showDay(nextCheckIn)
                  : status === 'active'
                    ? 'none scheduled'
                    : 'scheduled when active'}
            </td>
            <td className="numeric">
              {checkInsHeld} of {checkInsTotal}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Coaching plans and PIPs by status: what is running, what waits for HR, drafts, history. */
export function PlansScreen() {
  const rows = usePlanList()
  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">Plans</h1>
      <p className="subtle">
        Coach before you correct: an informal coaching plan first, a performance improvement plan
        (PIP) when coaching has not worked. Once a plan is active its record is append-only.
      </p>
      <p className="form-row">
        <Link className="button-link" to={screens.newPlan({ kind: 'coaching' })}>
          New coaching plan
        </Link>
        <Link className="button-link" to={screens.newPlan({ kind: 'pip' })}>
          New PIP
        </Link>
        <Link to={screens.verifyDocument}>Verify a document</Link>
      </p>
      {rows === undefined ? (
        <p className="loading">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">No plans yet. Start a coaching plan from a rep’s finding.</p>
      ) : (
        ORDER.map((status) => {
          const mine = rows.filter((r) => r.plan.status === status)
          return (
            <section key={status} aria-labelledby={`plans-${status}`} className="plans-group">
              <h2 id={`plans-${status}`}>
                {STATUS_LABELS[status]} ({mine.length})
              </h2>
              {mine.length === 0 ? (
                <p className="subtle">None.</p>
              ) : (
                <PlanTable rows={mine} status={status} />
              )}
            </section>
          )
        })
      )}
    </section>
  )
}
