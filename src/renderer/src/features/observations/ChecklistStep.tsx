import type { ReactNode } from 'react'
import type { ChecklistCriterion, ChecklistTemplate } from '@shared/domain'
import { answerOf, scoreObservation } from '@shared/observations'
import type { FieldProblem } from '@shared/observations'
import { criterionField } from '@shared/observations'
import type { StepProps } from './stepProps'
import { problemProps, ProblemText } from './FieldProblem'
import { percent } from '../../db/useObservationData'

const CHOICES: Record<'yesNo' | 'scale4', [string, string][]> = {
  yesNo: [
    ['yes', 'Yes'],
    ['no', 'No'],
    ['na', 'Not applicable']
  ],
  scale4: [
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
    ['4', '4'],
    ['na', 'Not applicable']
  ]
}

/**
 * The checklist, one radio group per criterion: Tab moves between criteria, the arrow keys
 * choose within one (the browser's own radio-group behaviour), Enter moves to the next step.
 */
export function ChecklistStep({
  draft,
  setDraft,
  template,
  problems,
  extra
}: StepProps & {
  template: ChecklistTemplate
  /** Shown under each criterion: on a transcript, its evidence lines and "Attach to …". */
  extra?: (criterion: ChecklistCriterion) => ReactNode
}) {
  const setAnswer = (key: string, value: string) =>
    setDraft((d) => ({
      ...d,
      scores: [...d.scores.filter((s) => s.criterionKey !== key), { criterionKey: key, value }]
    }))
  const result = scoreObservation(draft, template)
  return (
    <>
      <p className="subtle">
        {template.name}, version {template.version}. 1 = not at all, 4 = exactly what good looks
        like. “Not applicable” leaves a criterion out of the score.
      </p>
      {template.criteria.map((c) => (
        <div key={c.key} className="criterion-block">
          <Criterion
            criterion={c}
            value={answerOf(draft, c.key)}
            onChange={(v) => setAnswer(c.key, v)}
            problems={problems}
          />
          {extra?.(c)}
        </div>
      ))}
      <p role="status" className="score-summary">
        Score so far: <strong>{percent(result.score)}</strong> ({result.scored} scored,{' '}
        {result.notApplicable} not applicable, {result.unanswered} to answer).{' '}
        {result.failedMusts.length === 0
          ? 'Every must criterion is met.'
          : `Must criteria not met yet: ${result.failedMusts.map((m) => m.criterion.label).join('; ')}.`}
      </p>
    </>
  )
}

function Criterion({
  criterion: c,
  value,
  onChange,
  problems
}: {
  criterion: ChecklistCriterion
  value: string | undefined
  onChange: (value: string) => void
  problems: readonly FieldProblem[]
}) {
  const hintId = `hint-${c.key}`
  const field = criterionField(c.key)
  const invalid = problemProps(problems, field)
  const described =
    [c.guidance ? hintId : undefined, invalid['aria-describedby']].filter(Boolean).join(' ') ||
    undefined
  if (c.type === 'text')
    return (
      <div className="form-row">
        <label className="wide">
          {c.label}
          <input
            type="text"
            value={value ?? ''}
            aria-describedby={c.guidance ? hintId : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {c.guidance && (
            <span id={hintId} className="cell-note">
              {c.guidance}
            </span>
          )}
        </label>
      </div>
    )
  return (
    <fieldset
      id={field}
      className={invalid['aria-invalid'] ? 'criterion invalid' : 'criterion'}
      role="radiogroup"
      aria-labelledby={`legend-${c.key}`}
      aria-describedby={described}
      aria-invalid={invalid['aria-invalid']}
    >
      <legend id={`legend-${c.key}`}>
        {c.label}
        {c.must && <span className="badge">Must</span>}
        <span className="cell-note inline-note">weight {c.weight}</span>
      </legend>
      {c.guidance && (
        <p id={hintId} className="cell-note">
          {c.guidance}
        </p>
      )}
      {CHOICES[c.type].map(([v, label]) => (
        <label key={v} className="radio inline">
          <input
            type="radio"
            name={`criterion-${c.key}`}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
      <ProblemText problems={problems} field={field} />
    </fieldset>
  )
}
