import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { PlanKind } from '@shared/domain'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { initialDraft, planInput, withBaseline } from './draftState'
import { PlanForm } from './PlanForm'
import { useNewPlanContext } from '../../db/usePlans'
import './plans.css'
import { screens } from '../../ui/routes'

/**
 * /plans/new?kind=coaching|pip&repId=…&concern=…&evidence=…&metric=…&fromPlan=… — every
 * parameter optional; findings link here with the concern and its evidence filled in.
 */
export function NewPlanScreen() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const day = today()
  const kind = PlanKind.safeParse(params.get('kind')).data ?? 'coaching'
  const fromPlan = params.get('fromPlan') ?? undefined
  const [repId, setRepId] = useState(params.get('repId') ?? '')
  const ctx = useNewPlanContext(repId, fromPlan, day)
  // While another rep's records load, the last rep's are still here: wait, or the form would
  // start from them (an empty role and no expectations).
  const stale = !!ctx && ctx.rep?.id !== repId && ctx.reps.some((r) => r.id === repId)
  if (!ctx || stale) return <p className="loading">Loading…</p>
  const draft = initialDraft(
    {
      kind,
      repId,
      ...(params.get('concern') ? { concern: params.get('concern') ?? '' } : {}),
      ...(params.get('evidence') ? { evidence: params.get('evidence') ?? '' } : {}),
      ...(params.get('metric') ? { metric: params.get('metric') ?? '' } : {}),
      ...(fromPlan ? { fromPlan } : {})
    },
    ctx,
    day
  )
  return (
    <article aria-labelledby="new-plan-title">
      <p className="breadcrumb">
        <Link to={screens.plans}>Plans</Link> / New
      </p>
      <h1 id="new-plan-title">
        {kind === 'pip' ? 'New performance improvement plan' : 'New coaching plan'}
      </h1>
      {ctx.fromPlan && (
        <p className="badge">
          Starts from the coaching plan “{ctx.fromPlan.title}”: it is cited as coaching already
          given.
        </p>
      )}
      <PlanForm
        key={`${repId}-${kind}`}
        initial={draft}
        reps={ctx.reps.filter((r) => r.active)}
        dimensions={ctx.expectationSet?.dimensions ?? []}
        evidence={ctx.evidence}
        withBaseline={(g, start) => withBaseline(g, ctx, start)}
        onRepChange={setRepId}
        saveLabel="Save draft"
        onSave={async (d) => {
          const plan = await repositories.plans.add(planInput(d, ctx.evidence, day), d.milestones)
          void navigate(screens.plan(plan.id))
        }}
      />
    </article>
  )
}
