import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import type { ObservationKind } from '@shared/domain'
import { KIND_LABELS, latestVersions } from '@shared/observations'
import { repositories } from '../../db'
import { readTables } from '../../db/live'
import { currentProcess, stageName } from '../../db/useObservationData'
import './settings.css'
import { errorText } from '@shared/text/errorText'
import { ErrorMessage } from '../../ui/StatusMessage'
import { LabelOptions, Options, TableHead } from '../../ui/formParts'
import { ScreenTitle } from '../../ui/ScreenTitle'
import { screens } from '../../ui/routes'

/** /settings/checklists: the checklist of each kind and stage, newest versions. */
export function ChecklistsScreen() {
  const navigate = useNavigate()
  const data = useLiveQuery(async () => {
    const [{ checklistTemplates: templates, observations }, process] = await Promise.all([
      readTables(['checklistTemplates', 'observations']),
      currentProcess()
    ])
    return { templates, observations, process }
  }, [])
  const [kind, setKind] = useState<ObservationKind>('rideAlong')
  const [stageKey, setStageKey] = useState('')
  const [name, setName] = useState('')
  const [problem, setProblem] = useState('')
  if (!data) return <p className="loading">Loading checklists…</p>
  const stages = [...(data.process?.stages ?? [])].sort((a, b) => a.order - b.order)
  const order = (key: string) => stages.findIndex((s) => s.key === key)
  const latest = latestVersions(data.templates).sort(
    (a, b) => a.kind.localeCompare(b.kind) || order(a.stageKey) - order(b.stageKey)
  )
  const uses = (key: string) => {
    const ids = new Set(data.templates.filter((t) => t.templateKey === key).map((t) => t.id))
    return data.observations.filter((o) => ids.has(o.templateId)).length
  }
  const create = async (e: FormEvent) => {
    e.preventDefault()
    if (!stageKey || !name.trim())
      return setProblem('Choose a stage and give the checklist a name.')
    try {
      const made = await repositories.checklists.create({
        kind,
        stageKey,
        name: name.trim(),
        criteria: [
          {
            key: 'next-step',
            label: 'Asked for a specific next step with a date and an owner',
            type: 'yesNo',
            weight: 3,
            guidance: '',
            must: true
          }
        ]
      })
      navigate(screens.checklist(made.templateKey))
    } catch (err) {
      setProblem(errorText(err))
    }
  }
  return (
    <section aria-labelledby="screen-title">
      <ScreenTitle back={{ to: screens.settings(), label: 'Settings' }}>Checklists</ScreenTitle>
      <p className="subtle">
        What good looks like at each stage, for ride-alongs, call reviews and role-plays. Editing a
        checklist that observations were scored with saves a new version; those observations keep
        the version they were scored with.
      </p>
      <table className="data-table">
        <caption>{latest.length} checklists (newest versions)</caption>
        <TableHead
          columns={['Checklist', 'Kind', 'Stage', 'Version', 'Criteria', 'Observations scored']}
          numeric={['Version', 'Criteria', 'Observations scored']}
        />
        <tbody>
          {latest.map((t) => (
            <tr key={t.templateKey}>
              <th scope="row">
                <Link to={screens.checklist(t.templateKey)}>{t.name}</Link>
                {t.retired && <span className="badge">Retired</span>}
              </th>
              <td>{KIND_LABELS[t.kind]}</td>
              <td>{stageName(data.process, t.stageKey)}</td>
              <td className="numeric">{t.version}</td>
              <td className="numeric">{t.criteria.length}</td>
              <td className="numeric">{uses(t.templateKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="panel" aria-label="New checklist" onSubmit={create}>
        <h2>New checklist</h2>
        <div className="form-row">
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as ObservationKind)}>
              <LabelOptions labels={KIND_LABELS} />
            </select>
          </label>
          <label>
            Stage
            <select value={stageKey} onChange={(e) => setStageKey(e.target.value)}>
              <option value="">Choose a stage…</option>
              <Options items={stages} value={(s) => s.key} label={(s) => s.name} />
            </select>
          </label>
          <label>
            Name
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit">Create checklist</button>
        </div>
        <ErrorMessage text={problem} />
      </form>
    </section>
  )
}
