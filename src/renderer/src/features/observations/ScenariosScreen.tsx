import { useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import type { RolePlayScenario } from '@shared/domain'
import { RolePlayScenario as ScenarioSchema } from '@shared/domain'
import { repositories } from '../../db'
import { percent, useObservationData } from '../../db/useObservationData'
import { rolePlayTrends } from '@shared/observations'
import { TextAreaField } from '../../ui/TextAreaField'
import './observations.css'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'
import { Options } from '../../ui/formParts'
import { linesOf } from '@shared/text/lines'
import { ScreenTitle } from '../../ui/ScreenTitle'
import { screens } from '../../ui/routes'

type ScenarioForm = {
  stageKey: string
  title: string
  situation: string
  buyerPersona: string
  objections: string
  objectives: string
  difficulty: RolePlayScenario['difficulty']
}

const EMPTY: ScenarioForm = {
  stageKey: '',
  title: '',
  situation: '',
  buyerPersona: '',
  objections: '',
  objectives: '',
  difficulty: 'medium'
}

/** /observations/scenarios: the role-play library per stage, with add and edit. */
export function ScenariosScreen() {
  const data = useObservationData()
  const [editing, setEditing] = useState<{ id?: string; form: ScenarioForm } | null>(null)
  if (!data) return <p className="loading">Loading scenarios…</p>
  const stages = [...(data.process?.stages ?? [])].sort((a, b) => a.order - b.order)
  const trends = rolePlayTrends(data.observations, data.templates)
  return (
    <section aria-labelledby="screen-title">
      <ScreenTitle back={{ to: screens.observations, label: 'Observations' }}>
        Scenario library
      </ScreenTitle>
      <p className="subtle">
        Role-play scenarios for each stage: you play the buyer from the brief, the rep practises,
        and the stage’s role-play checklist scores the attempt.
      </p>
      {editing ? (
        <ScenarioEditor
          key={editing.id ?? 'new'}
          initial={editing.form}
          id={editing.id}
          stages={stages.map((s) => ({ key: s.key, name: s.name }))}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing({ form: EMPTY })}>
          Add a scenario
        </button>
      )}
      {stages.map((stage) => {
        const list = data.scenarios.filter((s) => s.stageKey === stage.key)
        return (
          <div key={stage.key} className="panel">
            <h2>{stage.name}</h2>
            {list.length === 0 && <p className="subtle">No scenario for this stage yet.</p>}
            {list.map((s) => {
              const runs = trends.filter((t) => t.scenarioId === s.id)
              return (
                <article key={s.id} className="scenario-card" aria-labelledby={`scenario-${s.id}`}>
                  <h3 id={`scenario-${s.id}`}>{s.title}</h3>
                  <p className="subtle">Difficulty: {s.difficulty}</p>
                  <p>{s.situation}</p>
                  <p>
                    <strong>Buyer:</strong> {s.buyerPersona}
                  </p>
                  <details>
                    <summary>Objections and objectives</summary>
                    <h4>Objections</h4>
                    <ul>
                      {s.objections.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                    <h4>Objectives</h4>
                    <ul>
                      {s.objectives.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                  </details>
                  {runs.length > 0 && (
                    <p className="cell-note">
                      {runs
                        .map(
                          (t) =>
                            `${data.reps.find((r) => r.id === t.repId)?.name ?? 'A rep'}: ${t.attempts.map((a) => percent(a.score)).join(' → ')}`
                        )
                        .join(' · ')}
                    </p>
                  )}
                  <p>
                    <Link
                      to={screens.newObservation({
                        kind: 'rolePlay',
                        stage: s.stageKey,
                        scenario: s.id
                      })}
                      aria-label={`Run a role-play: ${s.title}`}
                    >
                      Run a role-play
                    </Link>{' '}
                    <button
                      type="button"
                      aria-label={`Edit ${s.title}`}
                      onClick={() =>
                        setEditing({
                          id: s.id,
                          form: {
                            stageKey: s.stageKey,
                            title: s.title,
                            situation: s.situation,
                            buyerPersona: s.buyerPersona,
                            objections: s.objections.join('\n'),
                            objectives: s.objectives.join('\n'),
                            difficulty: s.difficulty
                          }
                        })
                      }
                    >
                      Edit
                    </button>
                  </p>
                </article>
              )
            })}
          </div>
        )
      })}
    </section>
  )
}

function ScenarioEditor({
  initial,
  id,
  stages,
  onDone
}: {
  initial: ScenarioForm
  id: string | undefined
  stages: { key: string; name: string }[]
  onDone: () => void
}) {
  const [form, setForm] = useState<ScenarioForm>(initial)
  const [problem, setProblem] = useState('')
  const set = (change: Partial<ScenarioForm>) => setForm((f) => ({ ...f, ...change }))
  /** A text box's value and change for one written part of the scenario. */
  const textOf = (field: 'situation' | 'buyerPersona' | 'objections' | 'objectives') => ({
    value: form[field],
    onChange: (value: string) => set({ [field]: value })
  })
  const save = async (e: FormEvent) => {
    e.preventDefault()
    const record = {
      stageKey: form.stageKey,
      title: form.title.trim(),
      situation: form.situation.trim(),
      buyerPersona: form.buyerPersona.trim(),
      objections: linesOf(form.objections),
      objectives: linesOf(form.objectives),
      difficulty: form.difficulty
    }
    const check = ScenarioSchema.omit({ id: true, createdAt: true, updatedAt: true }).safeParse(
      record
    )
    if (!check.success || record.objections.length === 0 || record.objectives.length === 0)
      return setProblem(
        'Every field is needed: a stage, a title, the situation, the buyer, and at least one objection and one objective (one per line).'
      )
    try {
      if (id) await repositories.scenarios.update(id, record)
      else await repositories.scenarios.add(record)
      onDone()
    } catch (err) {
      setProblem(errorText(err))
    }
  }
  return (
    <form className="panel" aria-label={id ? 'Edit scenario' : 'New scenario'} onSubmit={save}>
      <h2>{id ? 'Edit scenario' : 'New scenario'}</h2>
      <div className="form-row">
        <label>
          Stage
          <select value={form.stageKey} onChange={(e) => set({ stageKey: e.target.value })}>
            <option value="">Choose a stage…</option>
            <Options items={stages} value={(s) => s.key} label={(s) => s.name} />
          </select>
        </label>
        <label className="wide">
          Title
          <input type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label>
          Difficulty
          <select
            value={form.difficulty}
            onChange={(e) => set({ difficulty: e.target.value as ScenarioForm['difficulty'] })}
          >
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </label>
      </div>
      <div className="form-row">
        <TextAreaField label="Situation" {...textOf('situation')} />
      </div>
      <div className="form-row">
        <TextAreaField label="Buyer persona" {...textOf('buyerPersona')} />
      </div>
      <div className="form-row">
        <TextAreaField label="Objections (one per line)" {...textOf('objections')} />
        <TextAreaField label="Objectives (one per line)" {...textOf('objectives')} />
      </div>
      <ErrorMessage text={problem} />
      <SaveOrCancel save="Save scenario" onCancel={onDone} />
    </form>
  )
}
