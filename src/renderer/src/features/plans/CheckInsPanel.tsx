import { useState } from 'react'
import { goalValueText } from '@shared/plans/goals'
import { GOAL_STATUS_LABELS } from '@shared/plans/measure'
import { workspaceMoney } from '@shared/money'
import { repositories } from '../../db'
import { showDay } from '../../ui/words'
import { errorText } from '@shared/text/errorText'
import { RecordCheckIn } from './RecordCheckIn'
import { DateField, TableHead } from '../../ui/formParts'
import { ErrorMessage } from '../../ui/StatusMessage'
import type { PlanDetail } from '../../db/usePlans'

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
        {nextDue ? ` · next ${showDay(nextDue.scheduledFor)}` : ''}
      </p>
      {checkIns.length === 0 ? (
        <p>
          {plan.status === 'active'
            ? 'No check-ins scheduled.'
            : 'The check-ins are written when the plan becomes active.'}
        </p>
      ) : (
        <table className="data-table compact">
          <TableHead
            columns={[
              'Date',
              'Status',
              'Goals',
              'Notes and next steps',
              <span className="visually-hidden">Record</span>
            ]}
          />
          <tbody>
            {checkIns.map((c) => (
              <tr key={c.id}>
                <th scope="row">{showDay(c.scheduledFor)}</th>
                <td>
                  {c.status === 'scheduled' && plan.status === 'closed'
                    ? 'Not held (plan closed)'
                    : STATUS[c.status]}
                  {c.heldOn && c.heldOn !== c.scheduledFor && (
                    <span className="cell-note">held {showDay(c.heldOn)}</span>
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
                      Record check-in of {showDay(c.scheduledFor)}
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
          <DateField label="Extra check-in on" value={extra} onChange={setExtra} />
          <button type="submit">Add check-in</button>
        </form>
      )}
      <ErrorMessage text={error} />
    </section>
  )
}
