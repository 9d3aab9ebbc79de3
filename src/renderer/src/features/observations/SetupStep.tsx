import type { ObservationKind } from '@shared/domain'
import { formatClock, KIND_LABELS, parseClock } from '@shared/observations'
import { dealLabel } from '@shared/words'
import { EMPTY_PLAN } from './draftState'
import type { StepProps } from './stepProps'
import { problemProps, ProblemSelect, ProblemText } from './FieldProblem'
import { useOpenOpportunities } from '../../db/useObservationData'
import { Options, RepOptions } from '../../ui/formParts'
import { TranscriptPicker } from './TranscriptPicker'
import { TranscriptSpeakers } from './TranscriptSpeakers'

const KINDS: ObservationKind[] = ['rideAlong', 'callReview', 'rolePlay']

/** Who, which deal or scenario, which stage; for a call review, which call. */
export function SetupStep({ draft, setDraft, data, template, problems }: StepProps) {
  const opportunities = useOpenOpportunities(draft.repId) ?? []
  const stages = [...(data.process?.stages ?? [])].sort((a, b) => a.order - b.order)
  const scenarios = data.scenarios.filter((s) => s.stageKey === draft.stageKey)
  const reps = data.reps.filter((r) => r.active || r.id === draft.repId)
  const call = draft.callReference ?? { reference: '' }
  return (
    <>
      <fieldset>
        <legend>Kind</legend>
        {KINDS.map((k) => (
          <label key={k} className="radio inline">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={draft.kind === k}
              onChange={() =>
                setDraft((d) => ({
                  ...d,
                  kind: k,
                  plan: k === 'rolePlay' ? undefined : (d.plan ?? { ...EMPTY_PLAN }),
                  draftStep: 'setup'
                }))
              }
            />
            {KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <ProblemSelect
          label="Rep"
          field="repId"
          problems={problems}
          value={draft.repId}
          onChange={(value) => setDraft((d) => ({ ...d, repId: value, opportunityId: undefined }))}
        >
          <option value="">Choose a rep…</option>
          <RepOptions reps={reps} />
        </ProblemSelect>
        <ProblemSelect
          label="Stage"
          field="stageKey"
          problems={problems}
          value={draft.stageKey}
          onChange={(value) => setDraft((d) => ({ ...d, stageKey: value, scenarioId: undefined }))}
        >
          <option value="">Choose a stage…</option>
          <Options items={stages} value={(s) => s.key} label={(s) => s.name} />
        </ProblemSelect>
      </div>
      {draft.kind === 'rolePlay' ? (
        <div className="form-row">
          <ProblemSelect
            label="Scenario"
            field="scenarioId"
            problems={problems}
            value={draft.scenarioId ?? ''}
            onChange={(value) => setDraft((d) => ({ ...d, scenarioId: value || undefined }))}
          >
            <option value="">
              {draft.stageKey ? 'Choose a scenario…' : 'Choose a stage first'}
            </option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.difficulty})
              </option>
            ))}
          </ProblemSelect>
          {draft.attempt !== undefined && <p className="subtle">Attempt {draft.attempt}</p>}
        </div>
      ) : (
        <div className="form-row">
          <label>
            Opportunity
            <select
              value={draft.opportunityId ?? ''}
              onChange={(e) => {
                const chosen = opportunities.find((o) => o.id === e.target.value)
                setDraft((d) => ({
                  ...d,
                  opportunityId: chosen?.id,
                  opportunityLabel: chosen ? dealLabel(chosen) : d.opportunityLabel
                }))
              }}
            >
              <option value="">
                {draft.repId ? `None of ${opportunities.length} open ones` : 'Choose a rep first'}
              </option>
              <Options items={opportunities} value={(o) => o.id} label={(o) => dealLabel(o)} />
            </select>
          </label>
          <label>
            Or describe it
            <input
              type="text"
              value={draft.opportunityId ? '' : draft.opportunityLabel}
              disabled={!!draft.opportunityId}
              placeholder="e.g. Northwind, first meeting"
              onChange={(e) => setDraft((d) => ({ ...d, opportunityLabel: e.target.value }))}
            />
          </label>
        </div>
      )}
      {draft.kind === 'callReview' && (
        <div className="form-row">
          <label>
            Call (link or file name)
            <input
              type="text"
              {...problemProps(problems, 'callReference')}
              value={call.reference}
              onChange={(e) =>
                setDraft((d) => ({
                  ...d,
                  callReference: { ...(d.callReference ?? {}), reference: e.target.value }
                }))
              }
            />
            <ProblemText problems={problems} field="callReference" />
          </label>
          <label>
            Call date
            <input
              type="date"
              value={call.date ?? ''}
              onChange={(e) =>
                setDraft((d) => ({
                  ...d,
                  callReference: {
                    reference: d.callReference?.reference ?? '',
                    ...d.callReference,
                    date: e.target.value || undefined
                  }
                }))
              }
            />
          </label>
          <label>
            Duration (mm:ss)
            <input
              type="text"
              inputMode="numeric"
              defaultValue={
                call.durationSeconds === undefined ? '' : formatClock(call.durationSeconds)
              }
              onChange={(e) => {
                const seconds = parseClock(e.target.value)
                setDraft((d) => ({
                  ...d,
                  callReference: {
                    reference: d.callReference?.reference ?? '',
                    ...d.callReference,
                    durationSeconds: seconds
                  }
                }))
              }}
            />
          </label>
        </div>
      )}
      {draft.kind === 'callReview' && (
        <>
          <TranscriptPicker {...{ draft, setDraft, data, template, problems }} />
          <TranscriptSpeakers {...{ draft, setDraft, data, template, problems }} />
        </>
      )}
      <div className="form-row">
        <label>
          Date observed
          <input
            type="date"
            value={draft.date}
            onChange={(e) => e.target.value && setDraft((d) => ({ ...d, date: e.target.value }))}
          />
        </label>
      </div>
      <p className="subtle">
        {template
          ? `Checklist: ${template.name} (version ${template.version}, ${template.criteria.length} criteria)`
          : draft.stageKey
            ? 'No checklist for this kind and stage yet.'
            : 'The checklist follows from the kind and the stage.'}
      </p>
    </>
  )
}
