import { useState, type FormEvent } from 'react'
import { GoalStatus, type CheckIn, type GoalCheck } from '@shared/domain'
import { goalValueText, isMoneyGoal } from '@shared/plans/goals'
import { GOAL_STATUS_LABELS, measureGoal } from '@shared/plans/measure'
import { workspaceMoney } from '@shared/money'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { today } from '../../app/today'
import { repositories } from '../../db'
import { displayDate } from '../team/format'
import { errorText } from './format'
import type { PlanDetail } from './usePlans'

const STATUS = { scheduled: 'Scheduled', held: 'Held', missed: 'Missed' }

/** The dated check-ins: each recorded once with a status per goal, notes and next steps. */
export function CheckInsPanel({ detail }: { detail: PlanDetail }) {
  const { plan, checkIns } = detail
  const [open, setOpen] = useState<string>()
  const [extra, setExtra] = useState('')
  const [error, setError] = useState<string>()
  const goalName = (key: string) => plan.goals.find((g) => g.key === key)?.description ?? key
  const money = workspaceMoney(detail.settings)
  const measuredText = (key: string, value: number) => {
    const goal = plan.goals.find((g) => g.key === key)
    return goal ? goalValueText(goal, value, money) : String(value)
  }
  const nextDue =
    plan.status === 'active' ? checkIns.find((c) => c.status === 'scheduled') : undefined
  return (
    <section className="panel" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      <p className="subtle">
        {plan.checkInSchedule || 'No schedule'} ·{' '}
        {checkIns.filter((c) => c.status !== 'scheduled').length} of {checkIns.length} recorded
        {nextDue ? ` · next ${displayDate(nextDue.scheduledFor)}` : ''}
      </p>
      {checkIns.length === 0 ? (
        <p>
          {plan.status === 'active'
            ? 'No check-ins scheduled.'
            : 'The check-ins are written when the plan becomes active.'}
        </p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Goals</th>
              <th scope="col">Notes and next steps</th>
              <th scope="col">
                <span className="visually-hidden">Record</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {checkIns.map((c) => (
              <tr key={c.id}>
                <th scope="row">{displayDate(c.scheduledFor)}</th>
                <td>
                  {c.status === 'scheduled' && plan.status === 'closed'
                    ? 'Not held (plan closed)'
                    : STATUS[c.status]}
                  {c.heldOn && c.heldOn !== c.scheduledFor && (
                    <span className="cell-note">held {displayDate(c.heldOn)}</span>
                  )}
                </td>
                <td>
                  {c.goalChecks.map((g) => (
                    <span key={g.goalKey} className="cell-note">
                      {goalName(g.goalKey)}: <strong>{GOAL_STATUS_LABELS[g.status]}</strong>
                      {g.measured !== undefined && ` (${measuredText(g.goalKey, g.measured)})`}
                    </span>
                  ))}
                </td>
                <td className="long-text">
                  {c.notes}
                  {c.nextSteps && <span className="cell-note">Next: {c.nextSteps}</span>}
                </td>
                <td>
                  {c.status === 'scheduled' && plan.status === 'active' && (
                    <button
                      type="button"
                      onClick={() => setOpen(open === c.id ? undefined : c.id)}
                      aria-expanded={open === c.id}
                    >
                      Record check-in of {displayDate(c.scheduledFor)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <RecordCheckIn
          key={open}
          detail={detail}
          checkIn={checkIns.find((c) => c.id === open)!}
          onDone={() => setOpen(undefined)}
        />
      )}
      {plan.status === 'active' && (
        <form
          className="form-row"
          aria-label="Add a check-in"
          onSubmit={(e) => {
            e.preventDefault()
            setError(undefined)
            repositories.plans.addCheckIn(plan.id, extra).then(
              () => setExtra(''),
              (err: unknown) => setError(errorText(err))
            )
          }}
        >
          <label>
            Extra check-in on
            <input type="date" required value={extra} onChange={(e) => setExtra(e.target.value)} />
          </label>
          <button type="submit">Add check-in</button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  )
}

function RecordCheckIn({
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
        currency: money.currency
      })
    ])
  )
  const [held, setHeld] = useState(true)
  const [heldOn, setHeldOn] = useState(on)
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
    try {
      await repositories.plans.recordCheckIn(checkIn.id, {
        status: held ? 'held' : 'missed',
        ...(held ? { heldOn } : {}),
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
      <h3>Check-in of {displayDate(checkIn.scheduledFor)}</h3>
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
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
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
                  {GoalStatus.options.map((s) => (
                    <option key={s} value={s}>
                      {GOAL_STATUS_LABELS[s]}
                    </option>
                  ))}
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
        <label className="wide">
          Check-in notes
          <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </label>
        <label className="wide">
          Next steps
          <textarea rows={2} value={nextSteps} onChange={(e) => setNextSteps(e.target.value)} />
        </label>
      </div>
      <button type="submit" className="primary">
        Save check-in
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  )
}
