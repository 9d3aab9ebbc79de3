import { useState, type KeyboardEvent } from 'react'
import { formatClock, parseClock, sortNotes } from '@shared/observations'
import { EMPTY_PLAN } from './draftState'
import type { StepProps } from './stepProps'
import { problemProps, ProblemText } from './FieldProblem'
import { ErrorMessage } from '../../ui/StatusMessage'

type PlanField = keyof typeof EMPTY_PLAN

const PLAN_FIELDS: { key: PlanField; label: string; hint: string }[] = [
  { key: 'whatToSay', label: 'What to say', hint: 'The message or story the rep will lead with.' },
  { key: 'whatToAskFor', label: 'What to ask for', hint: 'Information, access or a commitment.' },
  {
    key: 'desiredNextStep',
    label: 'Desired next step',
    hint: 'What counts as success: a dated meeting, a trial, a signature…'
  },
  { key: 'repObjective', label: "Rep's own objective", hint: 'In the rep’s words.' }
]

export function PlanStep({ draft, setDraft }: StepProps) {
  const plan = draft.plan ?? EMPTY_PLAN
  return (
    <>
      <p className="subtle">Write it with the rep before the meeting or call.</p>
      {PLAN_FIELDS.map((f) => (
        <div className="form-row" key={f.key}>
          <label className="wide">
            {f.label}
            <input
              type="text"
              value={plan[f.key]}
              aria-describedby={`plan-${f.key}-hint`}
              onChange={(e) =>
                setDraft((d) => ({
                  ...d,
                  plan: { ...EMPTY_PLAN, ...d.plan, [f.key]: e.target.value }
                }))
              }
            />
            <span id={`plan-${f.key}-hint`} className="cell-note">
              {f.hint}
            </span>
          </label>
        </div>
      ))}
    </>
  )
}

/** Call review: notes pinned to a time on the recording, kept in time order. */
export function NotesStep({ draft, setDraft }: StepProps) {
  const [at, setAt] = useState('')
  const [text, setText] = useState('')
  const [problem, setProblem] = useState('')
  const add = () => {
    const seconds = parseClock(at)
    if (seconds === undefined) return setProblem('Write the time as mm:ss, e.g. 04:30.')
    if (!text.trim()) return setProblem('Write the note.')
    setDraft((d) => ({
      ...d,
      notes: sortNotes([...d.notes, { at: formatClock(seconds), text: text.trim() }])
    }))
    setAt('')
    setText('')
    setProblem('')
    document.getElementById('note-time')?.focus()
  }
  // Enter in a filled-in note adds it; in an empty one it moves on to the next step.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && (at.trim() || text.trim())) {
      e.preventDefault()
      add()
    }
  }
  return (
    <>
      {draft.notes.length === 0 ? (
        <p className="subtle">No notes yet.</p>
      ) : (
        <table className="data-table compact">
          <caption>Notes on the call</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.notes.map((n, i) => (
              <tr key={`${n.at}-${i}`}>
                <td>{n.at}</td>
                <td>{n.text}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the note at ${n.at}`}
                    onClick={() =>
                      setDraft((d) => ({ ...d, notes: d.notes.filter((_, j) => j !== i) }))
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-row">
        <label>
          Time (mm:ss)
          <input
            id="note-time"
            type="text"
            inputMode="numeric"
            size={7}
            value={at}
            onChange={(e) => setAt(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <label className="wide">
          Note
          <input
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <button type="button" onClick={add}>
          Add note
        </button>
      </div>
      <ErrorMessage text={problem} />
    </>
  )
}

export function OutcomeStep(step: StepProps) {
  const { draft, setDraft, problems } = step
  const desired = draft.plan?.desiredNextStep.trim()
  const agreed = draft.nextStepAgreed
  return (
    <>
      <p>
        Desired next step in the plan: <strong>{desired || 'none was written'}</strong>
      </p>
      <fieldset
        id="nextStepAgreed"
        role="radiogroup"
        aria-labelledby="next-step-agreed-legend"
        {...problemProps(problems, 'nextStepAgreed')}
      >
        <legend id="next-step-agreed-legend">Was the desired next step agreed?</legend>
        {(
          [
            ['yes', 'Yes', true],
            ['no', 'No', false]
          ] as const
        ).map(([value, label, flag]) => (
          <label key={value} className="radio inline">
            <input
              type="radio"
              name="next-step-agreed"
              value={value}
              checked={agreed === flag}
              onChange={() => setDraft((d) => ({ ...d, nextStepAgreed: flag }))}
            />
            {label}
          </label>
        ))}
        <ProblemText problems={problems} field="nextStepAgreed" />
      </fieldset>
      <DraftLine label="What happened" field="outcome" {...step} />
    </>
  )
}

export function SelfAssessmentStep(step: StepProps) {
  return (
    <>
      <p className="subtle">
        Ask the rep first, before you say anything: how did it go, and what would they do
        differently?
      </p>
      <DraftLine label="Rep’s self-assessment" field="selfAssessment" {...step} />
    </>
  )
}

export function FeedbackStep(step: StepProps) {
  return (
    <>
      {step.draft.selfAssessment && (
        <p>
          The rep said: <q>{step.draft.selfAssessment}</q>
        </p>
      )}
      <DraftLine label="One strength" field="strength" {...step} />
      <DraftLine label="One focus" field="focus" {...step} />
    </>
  )
}

/** One line the manager writes into the observation, on a row of its own, with its problem. */
function DraftLine({
  label,
  field,
  draft,
  setDraft,
  problems
}: Pick<StepProps, 'draft' | 'setDraft' | 'problems'> & {
  label: string
  field: 'outcome' | 'selfAssessment' | 'strength' | 'focus'
}) {
  return (
    <div className="form-row">
      <label className="wide">
        {label}
        <input
          type="text"
          {...problemProps(problems, field)}
          value={draft[field]}
          onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
        />
        <ProblemText problems={problems} field={field} />
      </label>
    </div>
  )
}
