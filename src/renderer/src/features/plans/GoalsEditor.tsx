import { useState } from 'react'
import type { ExpectationDimension, PlanGoal } from '@shared/domain'
import { goalDeviations, goalFromDimension, isMoneyGoal } from '@shared/plans/goals'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { Options, SelectField } from '../../ui/formParts'

interface Props {
  goals: PlanGoal[]
  dimensions: ExpectationDimension[]
  onChange(goals: PlanGoal[]): void
  withBaseline(goal: PlanGoal): PlanGoal
}

const numberOrUndefined = (raw: string): number | undefined => {
  if (raw.trim() === '') return undefined
  const n = Number(raw.replace(',', '.'))
  return Number.isFinite(n) ? n : undefined
}

/**
 * Measurable goals: baseline, target and how measured, linked to the role's expectation where
 * possible. A target that differs from the role's standard is flagged and needs a reason.
 */
export function GoalsEditor({ goals, dimensions, onChange, withBaseline }: Props) {
  const [pick, setPick] = useState('')
  const money = useWorkspaceMoney()
  const flags = goalDeviations(goals, dimensions, money)
  const set = (i: number, patch: Partial<PlanGoal>) =>
    onChange(goals.map((g, j) => (j === i ? { ...g, ...patch } : g)))
  const unused = dimensions.filter((d) => !goals.some((g) => g.dimensionKey === d.key))
  return (
    <fieldset>
      <legend>Measurable goals</legend>
      {goals.length === 0 && (
        <p className="subtle">No goals yet: add one from the role’s expectations.</p>
      )}
      {goals.map((g, i) => {
        const flag = flags.find((f) => f.goalKey === g.key)
        const name = g.description || `Goal ${i + 1}`
        return (
          <div className="item" key={g.key} role="group" aria-label={`Goal: ${name}`}>
            <div className="form-row">
              <label>
                Goal
                <input
                  value={g.description}
                  onChange={(e) => set(i, { description: e.target.value })}
                  required
                  size={30}
                />
              </label>
              <label className="wide">
                Standard to reach for {name}
                <input
                  value={g.standard}
                  onChange={(e) => set(i, { standard: e.target.value })}
                  required
                />
              </label>
              <GoalNumber
                label={`Baseline for ${name}`}
                goal={g}
                value={g.baseline}
                onChange={(baseline) => set(i, { baseline })}
              />
              <GoalNumber
                label={`Target for ${name}`}
                goal={g}
                value={g.target}
                onChange={(target) => set(i, { target })}
              />
              <label className="wide">
                How {name} is measured
                <input
                  value={g.howMeasured}
                  onChange={(e) => set(i, { howMeasured: e.target.value })}
                />
              </label>
            </div>
            <p className="cell-note">
              {g.dimensionKey
                ? `Linked to the role's expectation “${dimensions.find((d) => d.key === g.dimensionKey)?.label ?? g.dimensionKey}”: progress is computed at check-ins where the app can count it.`
                : 'Not linked to a role expectation: the manager enters its value at check-ins.'}
            </p>
            {flag && (
              <div className="flag" role="note">
                <p>
                  <strong>Differs from the role’s standard.</strong> {flag.rule}
                </p>
                <label className="wide stacked">
                  Reason {name} differs from the role’s standard
                  <textarea
                    rows={2}
                    value={g.deviationReason}
                    onChange={(e) => set(i, { deviationReason: e.target.value })}
                  />
                </label>
                {!flag.explained && (
                  <p className="warn">A written reason is needed before HR review.</p>
                )}
              </div>
            )}
            <button type="button" onClick={() => onChange(goals.filter((_, j) => j !== i))}>
              Remove goal {name}
            </button>
          </div>
        )
      })}
      <div className="form-row">
        <SelectField label="Role expectation to add as a goal" value={pick} onChange={setPick}>
          <option value="">Choose…</option>
          <Options items={unused} value={(d) => d.key} label={(d) => d.label} />
        </SelectField>
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            const d = dimensions.find((x) => x.key === pick)
            if (d) onChange([...goals, withBaseline(goalFromDimension(d, money))])
            setPick('')
          }}
        >
          Add goal from the role
        </button>
        <button
          type="button"
          onClick={() =>
            onChange([
              ...goals,
              {
                key: `goal-${goals.length + 1}-${Date.now().toString(36)}`,
                description: '',
                standard: '',
                howMeasured: '',
                deviationReason: ''
              }
            ])
          }
        >
          Add a custom goal
        </button>
      </div>
    </fieldset>
  )
}

/** A goal's baseline or target: a money field for money goals, a number field otherwise. */
function GoalNumber({
  label,
  goal,
  value,
  onChange
}: {
  label: string
  goal: PlanGoal
  value: number | undefined
  onChange(value: number | undefined): void
}) {
  if (isMoneyGoal(goal))
    return (
      <MoneyInput
        label={label}
        value={value}
        {...(goal.currency ? { currency: goal.currency } : {})}
        onChange={(minor) => onChange(minor)}
      />
    )
  return (
    <label>
      {label}
      <input
        inputMode="decimal"
        size={8}
        value={value ?? ''}
        onChange={(e) => onChange(numberOrUndefined(e.target.value))}
      />
    </label>
  )
}
