import type { CheckInPhase, PlanGoal, SalesDayBlock } from '@shared/domain'
import { SalesDayActivity } from '@shared/domain'
import { SALES_DAY_LABELS } from '@shared/plans/salesDay'
import { checkInDates, describeCheckInPhases } from '@shared/plans/schedule'
import { showDay } from '../../ui/words'
import { DateField, LabelOptions, Options, TableHead } from '../../ui/formParts'
import type { NewMilestone } from '@shared/plans/checkInSteps'

const EVERY: Record<CheckInPhase['every'], string> = {
  workday: 'Every workday',
  week: 'Weekly',
  twoWeeks: 'Every two weeks'
}

interface ScheduleProps {
  phases: CheckInPhase[]
  startDate: string
  endDate: string
  onChange(phases: CheckInPhase[]): void
}

/** "Daily for two weeks, then weekly", with the dated check-ins it produces. */
export function CheckInScheduleEditor({ phases, startDate, endDate, onChange }: ScheduleProps) {
  const first = phases[0] ?? { every: 'week' as const }
  const then = phases[1]?.every ?? 'none'
  const build = (f: CheckInPhase, t: string): CheckInPhase[] =>
    t === 'none' ? [f] : [f, { every: t as CheckInPhase['every'] }]
  const dates = startDate && endDate ? checkInDates(phases, startDate, endDate) : []
  return (
    <fieldset>
      <legend>Check-in schedule</legend>
      <div className="form-row">
        <label>
          First check-ins
          <select
            value={first.every}
            onChange={(e) =>
              onChange(build({ ...first, every: e.target.value as CheckInPhase['every'] }, then))
            }
          >
            <LabelOptions labels={EVERY} />
          </select>
        </label>
        <label>
          How many (blank: to the end date)
          <input
            type="number"
            min={1}
            max={200}
            value={first.count ?? ''}
            onChange={(e) => {
              const n = Number(e.target.value)
              const next: CheckInPhase =
                e.target.value && n > 0
                  ? { every: first.every, count: Math.floor(n) }
                  : { every: first.every }
              onChange(build(next, then))
            }}
          />
        </label>
        <label>
          Then
          <select value={then} onChange={(e) => onChange(build(first, e.target.value))}>
            <option value="week">Weekly to the end date</option>
            <option value="twoWeeks">Every two weeks to the end date</option>
            <option value="none">No more check-ins</option>
          </select>
        </label>
      </div>
      <p role="status">
        {describeCheckInPhases(phases)}: {dates.length} check-ins
        {dates.length > 0 && `, ${showDay(dates[0])} to ${showDay(dates.at(-1))}`}. They are written
        to the plan when it becomes active.
      </p>
    </fieldset>
  )
}

interface MilestoneProps {
  milestones: NewMilestone[]
  goals: PlanGoal[]
  onChange(milestones: NewMilestone[]): void
}

export function MilestonesEditor({ milestones, goals, onChange }: MilestoneProps) {
  const set = (i: number, patch: Partial<NewMilestone>) =>
    onChange(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  return (
    <fieldset>
      <legend>Milestones</legend>
      {milestones.map((m, i) => (
        <div className="form-row" key={i} role="group" aria-label={`Milestone ${i + 1}`}>
          <label className="wide">
            Milestone {i + 1} title
            <input value={m.title} required onChange={(e) => set(i, { title: e.target.value })} />
          </label>
          <DateField
            label={`Milestone ${i + 1} due`}
            value={m.dueDate}
            onChange={(dueDate) => set(i, { dueDate })}
          />
          <label>
            Milestone {i + 1} goal
            <select
              value={m.goalKey ?? ''}
              onChange={(e) => {
                const next: NewMilestone = { title: m.title, dueDate: m.dueDate }
                if (e.target.value) next.goalKey = e.target.value
                onChange(milestones.map((x, j) => (j === i ? next : x)))
              }}
            >
              <option value="">All goals / none</option>
              <Options items={goals} value={(g) => g.key} label={(g) => g.description || g.key} />
            </select>
          </label>
          <button type="button" onClick={() => onChange(milestones.filter((_, j) => j !== i))}>
            Remove milestone {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...milestones, { title: '', dueDate: '' }])}>
        Add a milestone
      </button>
    </fieldset>
  )
}

interface SalesDayProps {
  blocks: SalesDayBlock[]
  onChange(blocks: SalesDayBlock[]): void
}

/** The rep's structured day: time blocks tied to the role's activity standard. */
export function SalesDayEditor({ blocks, onChange }: SalesDayProps) {
  const set = (i: number, patch: Partial<SalesDayBlock>) =>
    onChange(blocks.map((b, j) => (j === i ? { ...b, ...patch } : b)))
  /** One block's typed field in its table cell, named "Block 2 aim" and so on. */
  const cell = (
    b: SalesDayBlock,
    i: number,
    field: 'start' | 'end' | 'what' | 'aim',
    name: string,
    type?: 'time'
  ) => (
    <td>
      <input
        type={type}
        aria-label={`Block ${i + 1} ${name}`}
        value={b[field]}
        onChange={(e) => set(i, { [field]: e.target.value })}
      />
    </td>
  )
  return (
    <fieldset>
      <legend>Sales-day outline</legend>
      <p className="cell-note">
        Time blocks for prospecting, follow-up, CRM and meetings; exported for the rep.
      </p>
      <table className="data-table compact">
        <TableHead
          columns={[
            'From',
            'To',
            'Block',
            'What to do',
            'Aim',
            <span className="visually-hidden">Remove</span>
          ]}
        />
        <tbody>
          {blocks.map((b, i) => (
            <tr key={i}>
              {cell(b, i, 'start', 'from', 'time')}
              {cell(b, i, 'end', 'to', 'time')}
              <td>
                <select
                  aria-label={`Block ${i + 1} kind`}
                  value={b.activity}
                  onChange={(e) => set(i, { activity: SalesDayActivity.parse(e.target.value) })}
                >
                  <LabelOptions labels={SALES_DAY_LABELS} />
                </select>
              </td>
              {cell(b, i, 'what', 'what to do')}
              {cell(b, i, 'aim', 'aim')}
              <td>
                <button type="button" onClick={() => onChange(blocks.filter((_, j) => j !== i))}>
                  Remove block {i + 1}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          onChange([
            ...blocks,
            { start: '09:00', end: '10:00', activity: 'prospecting', what: '', aim: '' }
          ])
        }
      >
        Add a time block
      </button>
    </fieldset>
  )
}
