import { useState } from 'react'
import type { ExpectationSet, Rep, Role, WorkspaceSettings } from '@shared/domain'
import { expectationsSheet, expectationsSheetFileName } from '@shared/documents/expectationsSheet'
import { today as todayOf } from '../../ui/today'
import { ExportButton } from '../../ui/ExportButton'
import { managerNameAndTitle } from '@shared/team'
import { RepOptions } from '../../ui/formParts'

/** Export any rep's one-page expectations sheet from the expectations screen. */
export function SheetExport({
  set,
  role,
  reps,
  settings
}: {
  set: ExpectationSet
  role: Role
  reps: readonly Rep[]
  settings?: WorkspaceSettings
}) {
  const [repId, setRepId] = useState(reps[0]?.id ?? '')
  const rep = reps.find((r) => r.id === repId)
  const today = todayOf()
  return (
    <section className="panel" aria-labelledby="sheet-title">
      <h2 id="sheet-title">Expectations sheet</h2>
      <p className="cell-note">
        One page per rep: the role, every expectation with its target and how it is measured, their
        ramp and any target set differently for them, the team priorities and the date.
      </p>
      {reps.length === 0 ? (
        <p className="subtle">No reps in this role yet.</p>
      ) : (
        <div className="form-row">
          <label>
            Sheet for
            <select value={repId} onChange={(e) => setRepId(e.target.value)}>
              <RepOptions reps={reps} />
            </select>
          </label>
          {rep && (
            <ExportButton
              label="Export the expectations sheet (PDF)"
              suggestedName={expectationsSheetFileName(rep.name, today)}
              build={() =>
                expectationsSheet({
                  rep,
                  role,
                  set,
                  currency: settings?.currency ?? 'USD',
                  today,
                  managerName: managerNameAndTitle(settings) || undefined,
                  teamName: settings?.teamName || undefined
                })
              }
            />
          )}
        </div>
      )}
    </section>
  )
}
