import { useState, type FormEvent } from 'react'
import type { PlanMilestone } from '@shared/domain'
import { workspaceMoney } from '@shared/money'
import { goalChange, goalValueText, isMoneyGoal } from '@shared/plans/goals'
import { repositories } from '../../db'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { showDay } from '../../ui/words'
import { errorText } from '@shared/text/errorText'
import type { PlanDetail } from '../../db/usePlans'
import { StatusMessage } from '../../ui/StatusMessage'
import { NoteField } from './NoteField'
import { DateField, SelectField, TextField } from '../../ui/formParts'

/**
 * Changes to an active plan: each one is a dated entry with a reason, never a silent edit.
 * Milestones are marked met or missed here too.
 */
export function ChangesPanel({ detail }: { detail: PlanDetail }) {
  const { plan } = detail
  const [endDate, setEndDate] = useState(plan.endDate)
  const [goalKey, setGoalKey] = useState(plan.goals[0]?.key ?? '')
  const [target, setTarget] = useState('')
  const [moneyTarget, setMoneyTarget] = useState<number>()
  const money = workspaceMoney(detail.settings)
  const chosen = plan.goals.find((g) => g.key === goalKey)
  const [reason, setReason] = useState('')
  const [goalReason, setGoalReason] = useState('')
  const [note, setNote] = useState('')
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const active = plan.status === 'active'
  const run = async (e: FormEvent | undefined, step: () => Promise<unknown>, done: string) => {
    e?.preventDefault()
    try {
      await step()
      setStatus({ error: false, text: done })
      setReason('')
      setGoalReason('')
      setNote('')
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }
  const changeGoal = () => {
    const goal = chosen
    const n = goal && isMoneyGoal(goal) ? moneyTarget : Number(target)
    if (!goal || n === undefined || !Number.isFinite(n) || (!isMoneyGoal(goal) && !target.trim()))
      throw new Error('Choose a goal and a new target.')
    if (!goalReason.trim()) throw new Error('Give the reason for the goal change.')
    const { goals, summary } = goalChange(plan.goals, goal.key, n, goalReason, money)
    return repositories.plans.recordChange(plan.id, 'goals', goals, summary)
  }
  return (
    <section className="panel" aria-labelledby="changes-title">
      <h2 id="changes-title">Milestones and changes</h2>
      <Milestones
        milestones={detail.milestones}
        active={active}
        onError={(text) => setStatus({ error: true, text })}
      />
      {active && (
        <>
          <form
            className="form-row"
            aria-label="Change the end date"
            onSubmit={(e) =>
              void run(
                e,
                async () => {
                  if (!reason.trim()) throw new Error('Give the reason for the change.')
                  return repositories.plans.recordChange(
                    plan.id,
                    'endDate',
                    endDate,
                    `End date changed from ${plan.endDate} to ${endDate}: ${reason.trim()}`
                  )
                },
                'End date change recorded.'
              )
            }
          >
            <DateField label="New end date" value={endDate} onChange={setEndDate} />
            <TextField
              label="Reason for the change"
              className="wide"
              value={reason}
              onChange={setReason}
            />
            <button type="submit">Record end date change</button>
          </form>
          <form
            className="form-row"
            aria-label="Change a goal"
            onSubmit={(e) => void run(e, async () => changeGoal(), 'Goal change recorded.')}
          >
            <SelectField label="Goal to change" value={goalKey} onChange={setGoalKey}>
              {plan.goals.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.description} (target {goalValueText(g, g.target, money)})
                </option>
              ))}
            </SelectField>
            {chosen && isMoneyGoal(chosen) ? (
              <MoneyInput
                label="New target"
                value={moneyTarget}
                {...(chosen.currency ? { currency: chosen.currency } : {})}
                onChange={(minor) => setMoneyTarget(minor)}
              />
            ) : (
              <label>
                New target
                <input
                  inputMode="decimal"
                  size={8}
                  value={target}
                  onChange={(e) => setTarget(e.target.value)}
                />
              </label>
            )}
            <TextField
              label="Reason for the goal change"
              className="wide"
              value={goalReason}
              onChange={setGoalReason}
            />
            <button type="submit">Record goal change</button>
          </form>
        </>
      )}
      {plan.status !== 'closed' && (
        <form
          className="form-row"
          aria-label="Add a note"
          onSubmit={(e) =>
            void run(
              e,
              () => repositories.plans.addNote(plan.id, note),
              'Note added to the record.'
            )
          }
        >
          <NoteField label="Note for the record" value={note} onChange={setNote} />
          <button type="submit">Add note</button>
        </form>
      )}
      {status && <StatusMessage status={status} />}
    </section>
  )
}

function Milestones({
  milestones,
  active,
  onError
}: {
  milestones: PlanMilestone[]
  active: boolean
  onError(text: string): void
}) {
  if (milestones.length === 0) return <p className="subtle">No milestones.</p>
  const mark = (id: string, status: PlanMilestone['status']) =>
    repositories.plans.setMilestoneStatus(id, status).catch((e: unknown) => onError(errorText(e)))
  return (
    <ul>
      {milestones.map((m) => (
        <li key={m.id}>
          {showDay(m.dueDate)}: {m.title} — <strong>{m.status}</strong>{' '}
          {active && m.status === 'pending' && (
            <>
              <button type="button" onClick={() => void mark(m.id, 'met')}>
                Mark “{m.title}” met
              </button>{' '}
              <button type="button" onClick={() => void mark(m.id, 'missed')}>
                Mark “{m.title}” missed
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
