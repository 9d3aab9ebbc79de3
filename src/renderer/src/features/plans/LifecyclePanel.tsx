import { useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import { PlanOutcome } from '@shared/domain'
import { goalDeviations } from '@shared/plans/goals'
import { hrReviewSentence } from '@shared/plans/rules'
import { workspaceMoney } from '@shared/money'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { DIFFERS, STATUS_LABELS } from './format'
import { countOf, pluralWord, regular } from '@shared/words/plural'
import { HrReviewForm } from './HrReviewForm'
import { NoteField } from './NoteField'
import { DateField, Radio } from '../../ui/formParts'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { useActionError } from '../../ui/useActionError'
import type { PlanDetail } from '../../db/usePlans'
import { screens } from '../../ui/routes'

const STEPS = ['draft', 'hrReview', 'active', 'closed'] as const

/** Where the plan is in draft → HR review → active → closed, and the next step from here. */
export function LifecyclePanel({ detail }: { detail: PlanDetail }) {
  const { plan } = detail
  const { error, setError, run } = useActionError()
  const flags = goalDeviations(
    plan.goals,
    detail.expectationSet?.dimensions ?? [],
    workspaceMoney(detail.settings)
  )
  const unexplained = flags.filter((f) => !f.explained)
  return (
    <section className="panel" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">Lifecycle</h2>
      <ol className="lifecycle-steps" aria-label="Lifecycle steps">
        {STEPS.map((s) => (
          <li
            key={s}
            aria-current={plan.status === s ? 'step' : undefined}
            className={plan.status === s ? 'status-pill' : undefined}
          >
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ol>
      {flags.length > 0 && (
        <div className="flag" role="note">
          <p>
            <strong>Fairness check:</strong> {countOf(flags.length, regular('goal'))}{' '}
            {pluralWord(flags.length, DIFFERS)} from the role’s standard.
          </p>
          <ul>
            {flags.map((f) => (
              <li key={f.goalKey}>
                {f.rule} {f.explained ? 'Reason given.' : 'No reason yet.'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.status === 'draft' && (
        <div className="form-row">
          <Link className="button-link" to={screens.editPlan(plan.id)}>
            Edit draft
          </Link>
          <button
            type="button"
            className="primary"
            disabled={unexplained.length > 0}
            onClick={() =>
              void run(() =>
                repositories.plans.changeStatus(plan.id, 'hrReview', 'Sent to HR for review')
              )
            }
          >
            Send to HR review
          </button>
          {unexplained.length > 0 && (
            <p className="warn">Give a reason for each goal that differs first.</p>
          )}
        </div>
      )}
      {plan.status === 'hrReview' && <HrReviewForm plan={plan} />}
      {plan.hrReview && plan.status !== 'hrReview' && (
        <p>
          <strong>HR review:</strong> {hrReviewSentence(plan.hrReview)}
          {plan.hrReview.note ? ` HR’s note: ${plan.hrReview.note}` : ''}
        </p>
      )}
      {plan.status === 'active' && (
        <OutcomeForm planId={plan.id} endDate={plan.endDate} onError={setError} />
      )}
      {plan.status === 'closed' && plan.outcome && (
        <p>
          Closed on {plan.outcome.decidedOn}: <strong>{plan.outcome.result}</strong>. The record can
          no longer change.
        </p>
      )}
      <ErrorMessage text={error} />
    </section>
  )
}

function OutcomeForm({
  planId,
  endDate,
  onError
}: {
  planId: string
  endDate: string
  onError(e?: string): void
}) {
  const [result, setResult] = useState<PlanOutcome['result']>()
  const [problem, setProblem] = useState<string>()
  const [decidedOn, setDecidedOn] = useState(today())
  const [extendedTo, setExtendedTo] = useState('')
  const [note, setNote] = useState('')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    onError(undefined)
    if (!result) return setProblem('Choose the outcome: successful, extended or unsuccessful.')
    setProblem(undefined)
    try {
      await repositories.plans.close(
        planId,
        PlanOutcome.parse({
          result,
          decidedOn,
          note,
          ...(result === 'extended' ? { extendedTo } : {})
        })
      )
    } catch (err) {
      onError(errorText(err))
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Outcome">
      <fieldset className="option-group" aria-describedby={problem ? 'outcome-problem' : undefined}>
        <legend>Outcome, chosen at closing (ends the plan, or extends it to a new date)</legend>
        {(['successful', 'extended', 'unsuccessful'] as const).map((r) => (
          <Radio
            key={r}
            name="outcome"
            checked={result === r}
            onChange={() => {
              setResult(r)
              setProblem(undefined)
            }}
          >
            {r === 'successful'
              ? 'Successful'
              : r === 'extended'
                ? `Extended to a new date (now ends ${endDate})`
                : 'Unsuccessful'}
          </Radio>
        ))}
        {problem && (
          <p id="outcome-problem" className="field-error">
            {problem}
          </p>
        )}
        <div className="form-row">
          <DateField label="Decided on" value={decidedOn} max={today()} onChange={setDecidedOn} />
          {result === 'extended' && (
            <DateField label="Extended to" value={extendedTo} onChange={setExtendedTo} />
          )}
          <NoteField label="Outcome note" value={note} onChange={setNote} />
        </div>
        <button type="submit">
          {result === 'extended' ? 'Record the extension' : 'Close the plan'}
        </button>
      </fieldset>
    </form>
  )
}
