import { useState } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import type { ExpectationDimension } from '@shared/domain'
import { fairnessReview } from '@shared/expectations'
import { repositories } from '../../db'
import { today } from '../../ui/today'
import { DimensionForm } from './DimensionForm'
import { DimensionsTable } from './DimensionsTable'
import { TargetHistory } from './TargetHistory'
import { FairnessPanel } from './FairnessPanel'
import { OverrideForm } from './OverridesPanel'
import { PrioritiesEditor } from './PrioritiesEditor'
import { SheetExport } from './SheetExport'
import { setForRole, useExpectationsData } from '../../db/useExpectationsData'
import './expectations.css'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { Options } from '../../ui/formParts'
import { screens } from '../../ui/routes'

type Editing = { mode: 'add' } | { mode: 'edit'; dimension: ExpectationDimension } | undefined

/** The performance plan per role: dimensions, overrides with reasons, priorities, fairness. */
export function ExpectationsScreen() {
  const data = useExpectationsData()
  const [params, setParams] = useSearchParams()
  const [editing, setEditing] = useState<Editing>()
  const [removing, setRemoving] = useState<ExpectationDimension>()
  const [failure, setFailure] = useState<string>()
  if (!data) return <p className="loading">Loading expectations…</p>
  const { roles, sets, reps, currency } = data
  const role = roles.find((r) => r.id === params.get('role')) ?? roles[0]
  const set = setForRole(role, sets)
  const day = today()

  const run = async (action: () => Promise<unknown>) => {
    try {
      setFailure(undefined)
      await action()
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  const header = (
    <>
      <h1 id="screen-title">Expectations</h1>
      <p className="subtle">
        What is expected of every rep in a role, on more than revenue; the same for everyone, except
        the exceptions the fairness check lists with their reasons.
      </p>
      {roles.length > 1 && (
        <div className="form-row">
          <label>
            Role
            <select value={role?.id} onChange={(e) => setParams({ role: e.target.value })}>
              <Options items={roles} value={(r) => r.id} label={(r) => r.name} />
            </select>
          </label>
        </div>
      )}
    </>
  )
  if (!role)
    return (
      <section aria-labelledby="screen-title">
        {header}
        <div className="empty-state">
          <p>No roles yet. Import your team or load the demo team to start.</p>
        </div>
      </section>
    )
  if (!set)
    return (
      <section aria-labelledby="screen-title">
        {header}
        <div className="empty-state">
          <p>The {role.name} role has no expectations written down yet.</p>
          <button
            type="button"
            className="primary"
            onClick={() => void run(() => repositories.expectationSets.createForRole(role))}
          >
            Start the {role.name} expectations
          </button>
        </div>
      </section>
    )

  const overridesPerDimension = new Map<string, number>()
  for (const o of set.overrides)
    overridesPerDimension.set(o.dimensionKey, (overridesPerDimension.get(o.dimensionKey) ?? 0) + 1)
  const fairness = fairnessReview(set, role, reps, day, currency)
  const inRole = reps.filter((r) => r.roleId === role.id && r.active)
  const removingOverrides = removing ? (overridesPerDimension.get(removing.key) ?? 0) : 0

  return (
    <section aria-labelledby="screen-title" className="expectations">
      {header}
      <ErrorMessage text={failure} />
      <PrioritiesEditor
        set={set}
        onSave={(p) => repositories.expectationSets.setPriorities(set.id, p).then(() => undefined)}
      />
      <section className="panel" aria-labelledby="standard-title">
        <h2 id="standard-title">{role.name}: the standard</h2>
        <p className="cell-note">
          {inRole.length} {inRole.length === 1 ? 'rep' : 'reps'} in this role. New reps ramp over{' '}
          {role.defaultRampMonths} months. Money is in {currency}.
        </p>
        <DimensionsTable
          dimensions={set.dimensions}
          currency={currency}
          overridesPerDimension={overridesPerDimension}
          onEdit={(dimension) => setEditing({ mode: 'edit', dimension })}
          onMove={(d, by) =>
            void run(() => repositories.expectationSets.moveDimension(set.id, d.key, by))
          }
          onRemove={setRemoving}
        />
        {removing && (
          <div className="confirm" role="alertdialog" aria-labelledby="remove-title">
            <p id="remove-title">
              Remove “{removing.label}” from the {role.name} expectations?
              {removingOverrides > 0 &&
                ` ${removingOverrides === 1 ? 'Its override is' : `Its ${removingOverrides} overrides are`} removed too.`}
            </p>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void run(async () => {
                  await repositories.expectationSets.removeDimension(set.id, removing.key)
                  setRemoving(undefined)
                })
              }
            >
              Remove {removing.label}
            </button>{' '}
            <button type="button" onClick={() => setRemoving(undefined)}>
              Keep it
            </button>
          </div>
        )}
        {editing ? (
          <DimensionForm
            key={editing.mode === 'edit' ? editing.dimension.key : 'new'}
            editing={editing.mode === 'edit' ? editing.dimension : undefined}
            existing={set.dimensions}
            currency={currency}
            onSave={async (d, effectiveFrom) => {
              await repositories.expectationSets.saveDimension(set.id, d, effectiveFrom)
              setEditing(undefined)
            }}
            onCancel={() => setEditing(undefined)}
          />
        ) : (
          <div className="actions">
            <button type="button" onClick={() => setEditing({ mode: 'add' })}>
              Add a dimension
            </button>
          </div>
        )}
      </section>
      <TargetHistory dimensions={set.dimensions} currency={currency} />
      <section className="panel" aria-labelledby="overrides-title">
        <h2 id="overrides-title">Per-rep overrides</h2>
        <OverrideForm
          set={set}
          reps={reps}
          currency={currency}
          onSave={(o) => repositories.expectationSets.setOverride(set.id, o).then(() => undefined)}
        />
      </section>
      <FairnessPanel
        entries={fairness}
        onRemoveOverride={(e) =>
          e.dimensionKey &&
          void run(() =>
            repositories.expectationSets.removeOverride(set.id, e.repId, e.dimensionKey!)
          )
        }
      />
      <SheetExport set={set} role={role} reps={inRole} settings={data.settings} />
      <p className="cell-note">
        Each rep’s page shows the standard they are held to: open one from{' '}
        <Link to={screens.team}>Team</Link>.
      </p>
    </section>
  )
}
