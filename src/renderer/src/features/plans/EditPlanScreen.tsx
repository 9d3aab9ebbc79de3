import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router-dom'
import { repositories } from '../../db'
import { isAppendOnly } from '@shared/plans/lifecycle'
import type { EvidenceChoice } from '@shared/plans/evidence'
import { draftFromPlan, planInput, withBaseline } from './draftState'
import { PlanForm } from './PlanForm'
import { today } from '../../ui/today'
import { useNewPlanContext, usePlanDetail } from '../../db/usePlans'
import './plans.css'
import { screens } from '../../ui/routes'

/** A draft (or a plan HR sent back) edited in the same form it was written in. */
export function EditPlanScreen() {
  const { planId } = useParams()
  const detail = usePlanDetail(planId)
  const ctx = useNewPlanContext(detail?.plan.repId ?? '', undefined, today())
  if (detail === undefined || (detail && !ctx)) return <p className="loading">Loading…</p>
  if (detail === null)
    return (
      <p>
        No such plan. <Link to={screens.plans}>Back to plans</Link>
      </p>
    )
  const { plan } = detail
  if (isAppendOnly(plan))
    return (
      <p>
        This plan is {plan.status}: its record is append-only.{' '}
        <Link to={screens.plan(plan.id)}>Record a dated change</Link>
      </p>
    )
  return <EditDraft detail={detail} evidence={ctx?.evidence ?? []} />
}

type Detail = NonNullable<ReturnType<typeof usePlanDetail>>

/**
 * The form, holding the plan's revision as it was loaded: the live plan above may change (in
 * another window), and saving over such a change is refused by the repository.
 */
function EditDraft({ detail, evidence }: { detail: Detail; evidence: EvidenceChoice[] }) {
  const navigate = useNavigate()
  const { plan } = detail
  const [loadedAt] = useState(plan.updatedAt)
  return (
    <article aria-labelledby="edit-plan-title">
      <p className="breadcrumb">
        <Link to={screens.plans}>Plans</Link> / <Link to={screens.plan(plan.id)}>{plan.title}</Link>{' '}
        / Edit
      </p>
      <h1 id="edit-plan-title">Edit draft: {plan.title}</h1>
      <PlanForm
        initial={draftFromPlan(plan, detail.milestones)}
        reps={detail.rep ? [detail.rep] : []}
        dimensions={detail.expectationSet?.dimensions ?? []}
        evidence={evidence}
        withBaseline={(g, start) => withBaseline(g, detail, start)}
        saveLabel="Save draft"
        onSave={async (d) => {
          const changes: Partial<ReturnType<typeof planInput>> = planInput(d, evidence, today())
          delete changes.status
          await repositories.plans.saveDraft(plan.id, changes, d.milestones, loadedAt)
          void navigate(screens.plan(plan.id))
        }}
      />
    </article>
  )
}
