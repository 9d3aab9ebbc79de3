import { Link, useParams } from 'react-router-dom'
import { workspaceMoney } from '@shared/money'
import { goalValueText } from '@shared/plans/goals'
import { SALES_DAY_LABELS } from '@shared/plans/salesDay'
import { showDay } from '../../ui/words'
import { AcknowledgementPanel } from './AcknowledgementPanel'
import { AuditLogPanel } from './AuditLogPanel'
import { ChangesPanel } from './ChangesPanel'
import { CheckInsPanel } from './CheckInsPanel'
import { ExportsPanel } from './ExportsPanel'
import { kindLabel, STATUS_LABELS } from './format'
import { LifecyclePanel } from './LifecyclePanel'
import { RecordCheck } from './RecordCheck'
import { usePlanDetail, type PlanDetail } from '../../db/usePlans'
import { TableHead } from '../../ui/formParts'
import './plans.css'
import { screens } from '../../ui/routes'

export function PlanDetailScreen() {
  const { planId } = useParams()
  const detail = usePlanDetail(planId)
  if (detail === undefined) return <p className="loading">Loading…</p>
  if (detail === null)
    return (
      <section>
        <h1>Plan not found</h1>
        <p>
          <Link to={screens.plans}>Back to plans</Link>
        </p>
      </section>
    )
  const { plan, rep } = detail
  return (
    <article className="plan-detail" aria-labelledby="plan-title">
      <p className="breadcrumb">
        <Link to={screens.plans}>Plans</Link> / {rep?.name ?? 'Unknown rep'}
      </p>
      <h1 id="plan-title">
        {kindLabel(plan)}: {plan.title}
      </h1>
      <p className="subtle">
        {rep ? <Link to={screens.rep(rep.id)}>{rep.name}</Link> : 'Unknown rep'} ·{' '}
        {plan.roleName || 'No role'} · {showDay(plan.startDate)} to {showDay(plan.endDate)} ·{' '}
        <span className="status-pill">{STATUS_LABELS[plan.status]}</span>
      </p>
      {plan.kind === 'coaching' && plan.status !== 'draft' && rep && (
        <p>
          <Link
            className="button-link"
            to={screens.newPlan({ kind: 'pip', repId: rep.id, fromPlan: plan.id })}
          >
            Start a PIP from this coaching plan
          </Link>
        </p>
      )}
      <RecordCheck entries={detail.auditLog} />
      <LifecyclePanel detail={detail} />
      <PlanSummary detail={detail} />
      <AcknowledgementPanel plan={plan} />
      <CheckInsPanel detail={detail} />
      <ChangesPanel detail={detail} />
      <ExportsPanel detail={detail} />
      <AuditLogPanel entries={detail.auditLog} />
    </article>
  )
}

function PlanSummary({ detail }: { detail: PlanDetail }) {
  const { plan } = detail
  const money = workspaceMoney(detail.settings)
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">The plan</h2>
      <dl className="facts">
        <dt>Manager</dt>
        <dd>{plan.managerName || '—'}</dd>
        <dt>HR contact</dt>
        <dd>{plan.hrContact || '—'}</dd>
        <dt>Check-ins</dt>
        <dd>{plan.checkInSchedule || '—'}</dd>
        <dt>Rep’s commitment</dt>
        <dd className="long-text">{plan.repCommitment || '—'}</dd>
        {detail.coachingPlan && (
          <>
            <dt>Follows</dt>
            <dd>
              <Link to={screens.plan(detail.coachingPlan.id)}>
                Coaching plan “{detail.coachingPlan.title}”
              </Link>
            </dd>
          </>
        )}
      </dl>
      <h3>Concerns</h3>
      {plan.concerns.length === 0 ? (
        <p className="subtle">None recorded.</p>
      ) : (
        <ul>
          {plan.concerns.map((c, i) => (
            <li key={i} className="long-text">
              <strong>{c.title}</strong>
              {c.examples.length > 0 && `: ${c.examples.join('; ')}`}
              <span className="cell-note">
                {c.coachingGiven.length} dated coaching record
                {c.coachingGiven.length === 1 ? '' : 's'} cited
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Goals</h3>
      <table className="data-table compact">
        <TableHead
          columns={['Goal', 'Standard', 'Baseline', 'Target', 'How measured']}
          numeric={['Baseline', 'Target']}
        />
        <tbody>
          {plan.goals.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.description}</th>
              <td>{g.standard}</td>
              <td className="numeric">{goalValueText(g, g.baseline, money)}</td>
              <td className="numeric">{goalValueText(g, g.target, money)}</td>
              <td>{g.howMeasured || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.salesDay.length > 0 && (
        <>
          <h3>Sales-day outline</h3>
          <ul>
            {plan.salesDay.map((b, i) => (
              <li key={i}>
                {b.start}–{b.end} {SALES_DAY_LABELS[b.activity]}: {b.what}
                {b.aim && ` (aim: ${b.aim})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Support</h3>
      <ul>
        {plan.support.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      {plan.consequences && (
        <>
          <h3>Consequences</h3>
          <p className="long-text">{plan.consequences}</p>
        </>
      )}
    </section>
  )
}
