import { useState, type FormEvent } from 'react'
import type { ExpectationDimension, PlanGoal, Rep } from '@shared/domain'
import type { EvidenceChoice } from '@shared/plans/evidence'
import { goalDeviations } from '@shared/plans/goals'
import { NO_COACHING_WARNING } from '@shared/plans/rules'
import { endDateAfter } from '@shared/plans/schedule'
import { ConcernsEditor } from './ConcernsEditor'
import type { PlanDraft } from './draftState'
import { errorText } from '@shared/text/errorText'
import { GoalsEditor } from './GoalsEditor'
import { DIFFERS } from './format'
import { countOf, pluralWord, regular } from '@shared/words/plural'
import { CheckInScheduleEditor, MilestonesEditor, SalesDayEditor } from './ScheduleEditor'
import { NoteField } from './NoteField'
import { DateField, Options, Radio } from '../../ui/formParts'
import { ErrorMessage } from '../../ui/StatusMessage'

interface Props {
  initial: PlanDraft
  reps: Rep[]
  dimensions: ExpectationDimension[]
  evidence: EvidenceChoice[]
  withBaseline(goal: PlanGoal, startDate: string): PlanGoal
  /** Changing the rep reloads the form with that rep's records. */
  onRepChange?(repId: string): void
  onSave(draft: PlanDraft): Promise<void>
  saveLabel: string
}

/** The whole plan in one form: drafts are edited freely until they go to HR review. */
export function PlanForm({
  initial,
  reps,
  dimensions,
  evidence,
  withBaseline,
  onRepChange,
  onSave,
  saveLabel
}: Props) {
  const [d, setD] = useState(initial)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<PlanDraft>) => setD((cur) => ({ ...cur, ...patch }))
  const setStart = (startDate: string) =>
    set(
      d.length === 'custom' || !startDate
        ? { startDate }
        : { startDate, endDate: endDateAfter(startDate, Number(d.length)) }
    )
  const setLength = (length: PlanDraft['length']) =>
    set(
      length === 'custom'
        ? { length }
        : { length, endDate: endDateAfter(d.startDate, Number(length)) }
    )
  const unexplained = goalDeviations(d.goals, dimensions).filter((f) => !f.explained).length
  const noCoaching = d.kind === 'pip' && !evidence.some((e) => e.documentsCoaching)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (d.endDate <= d.startDate) return setError('The end date must be after the start date.')
    if (d.goals.some((g) => !g.description.trim() || !g.standard.trim()))
      return setError('Every goal needs a name and a standard to reach.')
    setBusy(true)
    setError(undefined)
    try {
      await onSave(d)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="plan-form" onSubmit={(e) => void submit(e)} aria-label="Plan">
      <fieldset>
        <legend>Who and when</legend>
        <fieldset className="option-group">
          <legend>Kind of plan</legend>
          <Radio
            name="kind"
            checked={d.kind === 'coaching'}
            onChange={() => set({ kind: 'coaching' })}
          >
            Coaching plan (informal)
          </Radio>
          <Radio name="kind" checked={d.kind === 'pip'} onChange={() => set({ kind: 'pip' })}>
            Performance improvement plan (PIP)
          </Radio>
        </fieldset>
        <div className="form-row">
          <label>
            Employee
            <select
              value={d.repId}
              required
              disabled={!onRepChange}
              onChange={(e) => onRepChange?.(e.target.value)}
            >
              <option value="">Choose a rep…</option>
              <Options items={reps} value={(r) => r.id} label={(r) => r.name} />
            </select>
          </label>
          <label className="wide">
            Plan title
            <input value={d.title} required onChange={(e) => set({ title: e.target.value })} />
          </label>
          <label>
            Role
            <input value={d.roleName} onChange={(e) => set({ roleName: e.target.value })} />
          </label>
          <label>
            Manager
            <input value={d.managerName} onChange={(e) => set({ managerName: e.target.value })} />
          </label>
          <label>
            HR contact
            <input value={d.hrContact} onChange={(e) => set({ hrContact: e.target.value })} />
          </label>
        </div>
        <div className="form-row">
          <DateField label="Start date" value={d.startDate} onChange={setStart} />
          <label>
            Length
            <select
              value={d.length}
              onChange={(e) => setLength(e.target.value as PlanDraft['length'])}
            >
              <option value="30">30 days</option>
              <option value="60">60 days</option>
              <option value="90">90 days</option>
              <option value="custom">Custom end date</option>
            </select>
          </label>
          <label>
            End date
            <input
              type="date"
              required
              value={d.endDate}
              readOnly={d.length !== 'custom'}
              onChange={(e) => set({ endDate: e.target.value })}
            />
          </label>
        </div>
      </fieldset>

      <section className="panel" aria-labelledby="role-expectations">
        <h2 id="role-expectations">The role’s expectations</h2>
        {d.expectations.length === 0 ? (
          <p className="subtle">This rep’s role has no expectation set.</p>
        ) : (
          <ul>
            {d.expectations.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      {noCoaching && (
        <div className="flag" role="note" aria-label="No coaching on record">
          <p>
            <strong>Coach first, then hold accountable.</strong> {NO_COACHING_WARNING} The packet
            records this warning.
          </p>
          <NoteField
            label="Why a PIP now, without coaching first (printed in the packet)"
            className="wide stacked"
            value={d.coachingExplanation}
            onChange={(coachingExplanation) => set({ coachingExplanation })}
          />
        </div>
      )}
      <ConcernsEditor
        concerns={d.concerns}
        evidence={evidence}
        onChange={(concerns) => set({ concerns })}
      />
      <GoalsEditor
        goals={d.goals}
        dimensions={dimensions}
        onChange={(goals) => set({ goals })}
        withBaseline={(g) => withBaseline(g, d.startDate)}
      />
      <fieldset>
        <legend>Support and commitment</legend>
        <div className="form-row">
          <NoteField
            label="Actions, support and training the company provides (one per line)"
            rows={4}
            value={d.support}
            onChange={(support) => set({ support })}
          />
          <NoteField
            label="The rep’s commitment"
            value={d.repCommitment}
            onChange={(repCommitment) => set({ repCommitment })}
          />
        </div>
      </fieldset>
      <CheckInScheduleEditor
        phases={d.checkInPhases}
        startDate={d.startDate}
        endDate={d.endDate}
        onChange={(checkInPhases) => set({ checkInPhases })}
      />
      <MilestonesEditor
        milestones={d.milestones}
        goals={d.goals}
        onChange={(milestones) => set({ milestones })}
      />
      <SalesDayEditor blocks={d.salesDay} onChange={(salesDay) => set({ salesDay })} />
      <fieldset>
        <legend>Consequences</legend>
        <NoteField
          label="Consequences if the standards are not met"
          className="wide stacked"
          value={d.consequences}
          onChange={(consequences) => set({ consequences })}
        />
      </fieldset>
      {unexplained > 0 && (
        <p className="warn" role="note">
          {countOf(unexplained, regular('goal'))} {pluralWord(unexplained, DIFFERS)} from the role’s
          standard without a written reason: you can save the draft, but it cannot go to HR review
          until each has one.
        </p>
      )}
      <ErrorMessage text={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy || !d.repId}>
          {saveLabel}
        </button>
      </p>
    </form>
  )
}
