import { useState, type FormEvent } from 'react'
import { GoalStatus, type CheckIn, type GoalCheck } from '@shared/domain'
import { workspaceMoney } from '@shared/money'
import { goalValueText, isMoneyGoal } from '@shared/plans/goals'
import { GOAL_STATUS_LABELS, measureGoal } from '@shared/plans/measure'
import { checkInDateProblem } from '@shared/plans/rules'
import { today } from '../../ui/today'
import { repositories } from '../../db'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { showDay } from '../../ui/words'
import { errorText } from '@shared/text/errorText'
import type { PlanDetail } from '../../db/usePlans'
import { Options } from '../../ui/formParts'
import { ErrorMessage } from '../../ui/StatusMessage'
import { NoteField } from './NoteField'

/**
 * One check-in, recorded once: held (on its day or later; earlier only with a reason, never
 * in the future) with a status and measured value per goal, or missed.
 */
export function RecordCheckIn({
  detail,
  checkIn,
  onDone
}: {
  detail: PlanDetail
  checkIn: CheckIn
  onDone(): void
}) {
  const { plan } = detail
  const money = workspaceMoney(detail.settings)
  const day = today()
  const on = checkIn.scheduledFor < day ? checkIn.scheduledFor : day
  const measured = Object.fromEntries(
    plan.goals.map((g) => [
      g.key,
      measureGoal(g, {
        activities: detail.activities,
        opportunities: detail.opportunities,
        planStart: plan.startDate,
        on,
        currency: money.currency,
        ...(money.locale ? { locale: money.locale } : {})
      })
    ])
  )
  const [held, setHeld] = useState(true)
  const [heldOn, setHeldOn] = useState(on)
  const [earlyReason, setEarlyReason] = useState('')
  const [dateProblem, setDateProblem] = useState<string>()
  const early = held && heldOn !== '' && heldOn < checkIn.scheduledFor
  const [checks, setChecks] = useState<GoalCheck[]>(
    plan.goals.map((g) => {
      const m = measured[g.key]
      return {
        goalKey: g.key,
        status: m?.suggested?.status ?? 'onTrack',
        ...(m ? { measured: m.value } : {}),
        measuredNote: m?.note ?? ''
      }
    })
  )
  const [notes, setNotes] = useState('')
  const [nextSteps, setNextSteps] = useState('')
  const [error, setError] = useState<string>()
  const setCheck = (i: number, patch: Partial<GoalCheck>) =>
    setChecks((cur) => cur.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(undefined)
    const problem = held
      ? checkInDateProblem({ scheduledFor: checkIn.scheduledFor, heldOn, today: day, earlyReason })
      : undefined
    setDateProblem(problem)
    if (problem) return
    try {
      await repositories.plans.recordCheckIn(checkIn.id, {
        status: held ? 'held' : 'missed',
        ...(held ? { heldOn } : {}),
        ...(early ? { earlyReason } : {}),
        goalChecks: held ? checks : [],
        notes,
        nextSteps
      })
      onDone()
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <form
      className="check-in-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Check-in of ${checkIn.scheduledFor}`}
    >
      <h3>Check-in of {showDay(checkIn.scheduledFor)}</h3>
      <div className="form-row">
        <label className="radio">
          <input type="radio" name="held" checked={held} onChange={() => setHeld(true)} />
          Held
        </label>
        <label className="radio">
          <input type="radio" name="held" checked={!held} onChange={() => setHeld(false)} />
          Missed
        </label>
        {held && (
          <label>
            Held on
            <input
              type="date"
              required
              max={day}
              value={heldOn}
              aria-invalid={dateProblem ? true : undefined}
              aria-describedby={dateProblem ? `${checkIn.id}-date-problem` : undefined}
              onChange={(e) => {
                setHeldOn(e.target.value)
                setDateProblem(undefined)
              }}
            />
            {dateProblem && (
              <span id={`${checkIn.id}-date-problem`} className="field-error" role="alert">
                {dateProblem}
              </span>
            )}
          </label>
        )}
        {early && (
          <label className="wide">
            Why it was held before {showDay(checkIn.scheduledFor)}
            <input
              value={earlyReason}
              onChange={(e) => {
                setEarlyReason(e.target.value)
                setDateProblem(undefined)
              }}
            />
          </label>
        )}
      </div>
      {held &&
        plan.goals.map((g, i) => {
          const m = measured[g.key]
          const c = checks[i]!
          return (
            <div className="form-row" key={g.key} role="group" aria-label={`Goal ${g.description}`}>
              <label>
                Status of {g.description}
                <select
                  value={c.status}
                  onChange={(e) => setCheck(i, { status: GoalStatus.parse(e.target.value) })}
                >
                  <Options
                    items={GoalStatus.options}
                    value={(s) => s}
                    label={(s) => GOAL_STATUS_LABELS[s]}
                  />
                </select>
              </label>
              {isMoneyGoal(g) ? (
                <MoneyInput
                  label={`Measured value of ${g.description}`}
                  value={c.measured}
                  {...(g.currency ? { currency: g.currency } : {})}
                  onChange={(measured) => setCheck(i, { measured })}
                />
              ) : (
                <label>
                  Measured value of {g.description}
                  <input
                    inputMode="decimal"
                    size={10}
                    value={c.measured ?? ''}
                    onChange={(e) => {
                      const n = Number(e.target.value)
                      setCheck(
                        i,
                        e.target.value.trim() === '' || !Number.isFinite(n)
                          ? { measured: undefined }
                          : { measured: n }
                      )
                    }}
                  />
                </label>
              )}
              <p className="cell-note">
                {m
                  ? `${m.note}; target ${goalValueText(g, g.target, money)}.${m.suggested ? ` Suggested: ${GOAL_STATUS_LABELS[m.suggested.status]} — ${m.suggested.rule}.` : ''}`
                  : 'Not computed by the app: enter the value you measured.'}
              </p>
            </div>
          )
        })}
      <div className="form-row">
        <NoteField label="Check-in notes" value={notes} onChange={setNotes} />
        <NoteField label="Next steps" value={nextSteps} onChange={setNextSteps} />
      </div>
      <button type="submit" className="primary">
        Save check-in
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      <ErrorMessage text={error} />
    </form>
  )
}
