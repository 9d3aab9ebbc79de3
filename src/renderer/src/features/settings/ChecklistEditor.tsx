import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { useParams } from 'react-router-dom'
import type { ChecklistCriterion, ChecklistTemplate } from '@shared/domain'
import { criterionKeyFor, KIND_LABELS, latestVersions } from '@shared/observations'
import { repositories } from '../../db'
import { useTables } from '../../db/live'
import './settings.css'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'
import { moveBy, patchAt } from './listEdits'
import { ScreenTitle } from '../../ui/ScreenTitle'
import { screens } from '../../ui/routes'

const TYPES: [ChecklistCriterion['type'], string][] = [
  ['yesNo', 'Yes / no / not applicable'],
  ['scale4', '1–4 scale'],
  ['text', 'Text (not scored)']
]

/** /settings/checklists/:templateKey — edit the newest version; history below. */
export function ChecklistEditorScreen() {
  const { templateKey = '' } = useParams()
  const versions = useLiveQuery(() => repositories.checklists.versions(templateKey), [templateKey])
  const observations = useTables('observations')?.observations
  if (!versions || !observations) return <p className="loading">Loading the checklist…</p>
  const [latest] = latestVersions(versions)
  if (!latest) return <p>No checklist with this key.</p>
  const scoredWith = (t: ChecklistTemplate) =>
    observations.filter((o) => o.templateId === t.id).length
  return (
    <section aria-labelledby="screen-title">
      <ScreenTitle back={{ to: screens.checklists, label: 'Checklists' }}>
        {latest.name}
      </ScreenTitle>
      <p className="subtle">
        {KIND_LABELS[latest.kind]} · version {latest.version} ·{' '}
        {scoredWith(latest) > 0
          ? `${scoredWith(latest)} observations were scored with this version: saving a change to the criteria adds version ${latest.version + 1}.`
          : 'No observation uses this version yet: changes apply to it directly.'}
      </p>
      <Editor key={latest.templateKey} template={latest} />
      <div className="panel">
        <h2>Versions</h2>
        <ul>
          {[...versions]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.id}>
                Version {v.version}: {v.criteria.length} criteria, saved{' '}
                {new Date(v.updatedAt).toLocaleDateString()}, {scoredWith(v)} observations scored
                with it
              </li>
            ))}
        </ul>
      </div>
    </section>
  )
}

function Editor({ template }: { template: ChecklistTemplate }) {
  const [name, setName] = useState(template.name)
  const [retired, setRetired] = useState(template.retired)
  const [criteria, setCriteria] = useState<ChecklistCriterion[]>(() =>
    template.criteria.map((c) => ({ ...c }))
  )
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  const change = (i: number, patch: Partial<ChecklistCriterion>) =>
    setCriteria((all) => patchAt(all, i, patch))
  const move = (i: number, by: -1 | 1) => setCriteria((all) => moveBy(all, i, by))
  const add = () =>
    setCriteria((all) => [
      ...all,
      {
        key: criterionKeyFor(
          'new criterion',
          all.map((c) => c.key)
        ),
        label: '',
        type: 'yesNo',
        weight: 1,
        guidance: '',
        must: false
      }
    ])
  const save = async (e: FormEvent) => {
    e.preventDefault()
    try {
      const r = await repositories.checklists.saveEdit(template.templateKey, {
        name: name.trim(),
        criteria: criteria.map((c) => ({
          ...c,
          label: c.label.trim(),
          guidance: c.guidance.trim()
        })),
        retired
      })
      setStatus({
        error: false,
        text:
          r.action === 'newVersion'
            ? `Saved as version ${r.template.version}. Observations scored with version ${template.version} keep their scores.`
            : r.action === 'updated'
              ? `Saved (version ${r.template.version}).`
              : 'Nothing changed.'
      })
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }
  return (
    <form onSubmit={save} aria-label="Edit checklist">
      <div className="form-row">
        <label className="wide">
          Checklist name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="radio">
          <input type="checkbox" checked={retired} onChange={(e) => setRetired(e.target.checked)} />
          Retired (not offered for new observations)
        </label>
      </div>
      <ol className="editor-list">
        {criteria.map((c, i) => (
          <li key={c.key}>
            <fieldset>
              <legend>Criterion {i + 1}</legend>
              <div className="form-row">
                <label className="wide">
                  Wording
                  <input
                    type="text"
                    value={c.label}
                    onChange={(e) => change(i, { label: e.target.value })}
                  />
                </label>
                <label>
                  Type
                  <select
                    value={c.type}
                    onChange={(e) =>
                      change(i, { type: e.target.value as ChecklistCriterion['type'] })
                    }
                  >
                    {TYPES.map(([v, label]) => (
                      <option key={v} value={v}>
                        {label}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Weight
                  <input
                    type="number"
                    min={0}
                    max={10}
                    step={1}
                    value={c.weight}
                    onChange={(e) => change(i, { weight: Number(e.target.value) })}
                  />
                </label>
                <label className="radio">
                  <input
                    type="checkbox"
                    checked={c.must}
                    onChange={(e) => change(i, { must: e.target.checked })}
                  />
                  Must (fails the observation when not met)
                </label>
              </div>
              <div className="form-row">
                <label className="wide">
                  Guidance for the scorer
                  <input
                    type="text"
                    value={c.guidance}
                    onChange={(e) => change(i, { guidance: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={`Move criterion ${i + 1} up`}
                  onClick={() => move(i, -1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  disabled={i === criteria.length - 1}
                  aria-label={`Move criterion ${i + 1} down`}
                  onClick={() => move(i, 1)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  aria-label={`Remove criterion ${i + 1}`}
                  onClick={() => setCriteria((all) => all.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        Add criterion
      </button>
      {status && <StatusMessage status={status} />}
      <SaveOrCancel save="Save checklist" />
    </form>
  )
}
