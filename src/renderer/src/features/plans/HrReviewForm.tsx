import { useId, useState, type FormEvent } from 'react'
import { HrReview, HrReviewMethod, type Plan } from '@shared/domain'
import { HR_METHOD_LABELS, hrReviewSentence } from '@shared/plans/rules'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { errorText } from '@shared/text/errorText'
import { Options, Radio } from '../../ui/formParts'
import { ErrorMessage } from '../../ui/StatusMessage'
import { NoteField } from './NoteField'

type Field = 'reviewer' | 'reviewedOn' | 'method' | 'decision'

/**
 * HR's decision, as HR gave it: who at HR reviewed the plan, when, how, and what they
 * decided. The manager records it here; without a reviewer's name nothing is approved.
 */
export function HrReviewForm({ plan }: { plan: Plan }) {
  const id = useId()
  const day = today()
  const [reviewer, setReviewer] = useState(plan.hrContact.split(',')[0]?.trim() ?? '')
  const [reviewedOn, setReviewedOn] = useState(day)
  const [method, setMethod] = useState<HrReview['method'] | ''>('')
  const [decision, setDecision] = useState<HrReview['decision'] | ''>('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [failure, setFailure] = useState<string>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setFailure(undefined)
    const found: Partial<Record<Field, string>> = {}
    if (!reviewer.trim()) found.reviewer = 'Name the person at HR who reviewed the plan.'
    if (!reviewedOn) found.reviewedOn = 'Enter the day HR reviewed it.'
    else if (reviewedOn > day) found.reviewedOn = `The review cannot be after today (${day}).`
    if (!method) found.method = 'Say how HR reviewed it.'
    if (!decision) found.decision = 'Choose HR’s decision.'
    setErrors(found)
    if (Object.keys(found).length > 0 || !method || !decision) return
    try {
      await repositories.plans.recordHrReview(
        plan.id,
        HrReview.parse({ reviewer, reviewedOn, method, decision, note })
      )
    } catch (err) {
      setFailure(errorText(err))
    }
  }
  const invalid = (field: Field) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}` } : {}
  const message = (field: Field) =>
    errors[field] && (
      <span id={`${id}-${field}`} className="field-error">
        {errors[field]}
      </span>
    )
  return (
    <form className="hr-review" onSubmit={(e) => void submit(e)} aria-label="HR review" noValidate>
      <p className="subtle">
        Record HR’s answer as HR gave it. The packet prints who reviewed the plan, when, how and
        their decision.
      </p>
      {plan.hrReview && <p className="flag">Last review: {hrReviewSentence(plan.hrReview)}</p>}
      <div className="form-row">
        <label>
          Reviewed by (at HR)
          <input
            value={reviewer}
            size={26}
            onChange={(e) => setReviewer(e.target.value)}
            {...invalid('reviewer')}
          />
          {message('reviewer')}
        </label>
        <label>
          Reviewed on
          <input
            type="date"
            value={reviewedOn}
            max={day}
            onChange={(e) => setReviewedOn(e.target.value)}
            {...invalid('reviewedOn')}
          />
          {message('reviewedOn')}
        </label>
        <label>
          How HR reviewed it
          <select
            value={method}
            onChange={(e) => setMethod(HrReviewMethod.safeParse(e.target.value).data ?? '')}
            {...invalid('method')}
          >
            <option value="">Choose…</option>
            <Options
              items={HrReviewMethod.options}
              value={(m) => m}
              label={(m) => HR_METHOD_LABELS[m]}
            />
          </select>
          {message('method')}
        </label>
      </div>
      <fieldset className="option-group" {...invalid('decision')}>
        <legend>HR’s decision</legend>
        <Radio
          name={`${id}-decision`}
          checked={decision === 'approved'}
          onChange={() => setDecision('approved')}
        >
          Approved: the plan becomes active
        </Radio>
        <Radio
          name={`${id}-decision`}
          checked={decision === 'changesRequested'}
          onChange={() => setDecision('changesRequested')}
        >
          Changes requested: back to draft
        </Radio>
        {message('decision')}
      </fieldset>
      <NoteField
        label="HR’s note (optional)"
        className="wide stacked"
        value={note}
        onChange={setNote}
      />
      <p className="actions">
        <button type="submit" className="primary">
          Record HR’s decision
        </button>
      </p>
      <ErrorMessage text={failure} />
    </form>
  )
}
