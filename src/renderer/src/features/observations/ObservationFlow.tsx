import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Observation } from '@shared/domain'
import {
  allStepProblems,
  KIND_LABELS,
  STEP_TITLES,
  stepProblems,
  type FieldProblem,
  type ObservationStep
} from '@shared/observations'
import { repositories } from '../../db'
import { ChecklistStep } from './ChecklistStep'
import { TranscriptChecklist } from './TranscriptChecklist'
import { FeedbackStep, NotesStep, OutcomeStep, PlanStep, SelfAssessmentStep } from './FlowSteps'
import { PracticeStep } from './PracticeStep'
import { SetupStep } from './SetupStep'
import { stepsOf, storable, withChecklist, type Draft } from './draftState'
import { useObservationData, type ObservationData } from '../../db/useObservationData'
import { errorText } from '@shared/text/errorText'
import { ProblemList } from './FieldProblem'
import { screens } from '../../ui/routes'

/** How long typing may pause before the draft is written (short: the window may close). */
const AUTOSAVE_MS = 300

export function ObservationFlow({ initial }: { initial: Draft }) {
  const data = useObservationData()
  if (!data) return <p className="loading">Loading…</p>
  return <Flow initial={initial} data={data} />
}

function Flow({ initial, data }: { initial: Draft; data: ObservationData }) {
  const navigate = useNavigate()
  const [draft, setDraftState] = useState<Draft>(() =>
    withChecklist(initial, data.templates, data.observations)
  )
  const [savedAt, setSavedAt] = useState<string>()
  const [problems, setProblems] = useState<string[]>([])
  // Shown at the fields once the manager tries to leave the step; they clear as fields are fixed.
  const [tried, setTried] = useState(false)
  const steps = stepsOf(draft.kind)
  const step: ObservationStep = steps.includes(draft.draftStep as ObservationStep)
    ? (draft.draftStep as ObservationStep)
    : 'setup'
  const index = steps.indexOf(step)
  const template = data.templates.find((t) => t.id === draft.templateId)
  const stepRef = useRef<HTMLFormElement>(null)

  const setDraft = (change: (d: Draft) => Draft) =>
    setDraftState((d) => withChecklist(change(d), data.templates, data.observations))

  // The draft's revision as this flow loaded or last saved it (none before the first save): a
  // change made in another window meanwhile is refused, not overwritten. Writes run in turn.
  const revision = useRef((initial as Partial<Observation>).updatedAt)
  const writing = useRef<Promise<unknown>>(Promise.resolve())
  const inTurn = <T,>(write: () => Promise<T>): Promise<T> => {
    const next = writing.current.then(write, write)
    writing.current = next.catch(() => undefined)
    return next
  }

  // Autosave: every change reaches IndexedDB a moment after the manager stops typing.
  useEffect(() => {
    if (!storable(draft)) return
    const timer = window.setTimeout(() => {
      inTurn(() => repositories.observations.saveDraft(draft, revision.current)).then(
        (saved) => {
          revision.current = saved.updatedAt
          setSavedAt(new Date().toLocaleTimeString())
        },
        (e: unknown) => setProblems([errorText(e)])
      )
    }, AUTOSAVE_MS)
    return () => window.clearTimeout(timer)
  }, [draft])

  // Each step starts with the cursor in its first field, so the keyboard never has to hunt.
  useEffect(() => {
    const first = stepRef.current?.querySelector<HTMLElement>(
      'input:not([type=hidden]):not(:disabled), select, textarea, button.start'
    )
    first?.focus()
  }, [step])

  const fieldProblems: FieldProblem[] = tried ? stepProblems(step, draft, template) : []

  const goTo = (next: ObservationStep) => {
    setProblems([])
    setTried(false)
    setDraft((d) => ({ ...d, draftStep: next }))
  }

  /** Moves focus to the first field with a problem, so the keyboard lands where the fix is. */
  const focusField = (field: string) =>
    requestAnimationFrame(() => {
      const el = document.getElementById(field)
      const target =
        el?.querySelector<HTMLElement>('input, select, textarea') ??
        stepRef.current?.querySelector<HTMLElement>(`[aria-describedby~="problem-${field}"]`) ??
        el
      target?.focus()
    })

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    const here = stepProblems(step, draft, template)
    if (here.length > 0) {
      setTried(true)
      setProblems([])
      return focusField(here[0]!.field)
    }
    if (index < steps.length - 1) return goTo(steps[index + 1]!)
    if (!template) return
    // Anything left on an earlier step (a draft resumed from an older version): go there.
    const earlier = allStepProblems(draft, template)[0]
    if (earlier) {
      setDraft((d) => ({ ...d, draftStep: earlier.step }))
      setTried(true)
      return focusField(earlier.field)
    }
    try {
      const saved: Observation = await inTurn(() =>
        repositories.observations.finish(draft, revision.current)
      )
      navigate(screens.observation(saved.id))
    } catch (e) {
      setProblems([errorText(e)])
    }
  }

  // Enter moves on from any field; in a multi-line box it still makes a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement
    if (event.key !== 'Enter' || event.shiftKey || event.defaultPrevented) return
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return
    event.preventDefault()
    void submit()
  }

  const discard = async () => {
    await repositories.observations.discardDraft(draft.id)
    navigate(screens.observations)
  }

  const stepProps = { draft, setDraft, data, template, problems: fieldProblems }
  return (
    <section aria-labelledby="screen-title" className="observation-flow">
      <h1 id="screen-title">New {KIND_LABELS[draft.kind].toLowerCase()}</h1>
      <ol className="steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i < index ? (
              <button type="button" className="link" onClick={() => goTo(s)}>
                {STEP_TITLES[s]}
              </button>
            ) : (
              STEP_TITLES[s]
            )}
          </li>
        ))}
      </ol>
      <form ref={stepRef} className="panel step" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <h2>
          Step {index + 1} of {steps.length}: {STEP_TITLES[step]}
        </h2>
        {step === 'setup' && <SetupStep {...stepProps} />}
        {step === 'plan' && <PlanStep {...stepProps} />}
        {step === 'notes' && <NotesStep {...stepProps} />}
        {step === 'practice' && <PracticeStep {...stepProps} />}
        {step === 'checklist' &&
          template &&
          (draft.transcript ? (
            <TranscriptChecklist {...stepProps} template={template} />
          ) : (
            <ChecklistStep {...stepProps} template={template} />
          ))}
        {step === 'outcome' && <OutcomeStep {...stepProps} />}
        {step === 'selfAssessment' && <SelfAssessmentStep {...stepProps} />}
        {step === 'feedback' && <FeedbackStep {...stepProps} />}
        {fieldProblems.length > 0 && (
          <p role="alert" className="error problems">
            {fieldProblems.length === 1
              ? 'One field on this step needs you: see the message at the field.'
              : `${fieldProblems.length} fields on this step need you: see the messages at the fields.`}
          </p>
        )}
        <ProblemList problems={problems} />
        <div className="actions">
          {index > 0 && (
            <button type="button" onClick={() => goTo(steps[index - 1]!)}>
              Back
            </button>
          )}{' '}
          <button type="submit" className="primary">
            {index === steps.length - 1 ? 'Save observation' : 'Next'}
          </button>{' '}
          {storable(draft) && (
            <button type="button" onClick={() => void discard()}>
              Discard draft
            </button>
          )}
        </div>
        <p className="subtle" role="status">
          {storable(draft)
            ? savedAt
              ? `Draft saved at ${savedAt}. Enter moves to the next step.`
              : 'Saving the draft as you type. Enter moves to the next step.'
            : 'The draft is saved as soon as the rep and the stage are chosen.'}
        </p>
      </form>
    </section>
  )
}
