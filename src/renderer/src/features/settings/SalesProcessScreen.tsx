import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import type { SalesProcess } from '@shared/domain'
import { criterionKeyFor } from '@shared/observations'
import { repositories } from '../../db'
import { readStageKeysInUse } from '../../db/reads'
import { currentProcess } from '../../db/useObservationData'
import { TextAreaField } from '../../ui/TextAreaField'
import './settings.css'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { SaveOrCancel } from '../../ui/SaveOrCancel'
import { linesOf } from '@shared/text/lines'
import { moveBy, patchAt } from './listEdits'
import { ScreenTitle } from '../../ui/ScreenTitle'
import { screens } from '../../ui/routes'

interface StageForm {
  key: string
  name: string
  exitCriteria: string
  crmStageNames: string
  /** Stages already saved keep their key: observations, templates and deals point at it. */
  saved: boolean
}

/** /settings/sales-process: the ordered stages, their exit criteria and CRM stage names. */
export function SalesProcessScreen() {
  const loaded = useLiveQuery(async () => {
    const [process, used] = await Promise.all([currentProcess(), readStageKeysInUse()])
    return { process: process ?? null, used }
  }, [])
  if (loaded === undefined) return <p className="loading">Loading the sales process…</p>
  if (!loaded.process) return <p>No sales process in this workspace.</p>
  return <Editor key={loaded.process.id} process={loaded.process} used={loaded.used} />
}

function Editor({ process, used }: { process: SalesProcess; used: Set<string> }) {
  const [name, setName] = useState(process.name)
  const [stages, setStages] = useState<StageForm[]>(() =>
    [...process.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({
        key: s.key,
        name: s.name,
        exitCriteria: s.exitCriteria.join('\n'),
        crmStageNames: s.crmStageNames.join('\n'),
        saved: true
      }))
  )
  const [won, setWon] = useState(process.wonStageNames.join('\n'))
  const [lost, setLost] = useState(process.lostStageNames.join('\n'))
  const [newStage, setNewStage] = useState('')
  const [status, setStatus] = useState<{ error: boolean; text: string }>()

  const change = (i: number, patch: Partial<StageForm>) =>
    setStages((all) => patchAt(all, i, patch))
  const move = (i: number, by: -1 | 1) => setStages((all) => moveBy(all, i, by))
  const add = () => {
    if (!newStage.trim()) return
    const key = criterionKeyFor(
      newStage,
      stages.map((s) => s.key)
    )
    setStages((all) => [
      ...all,
      { key, name: newStage.trim(), exitCriteria: '', crmStageNames: '', saved: false }
    ])
    setNewStage('')
  }

  const save = async (e: FormEvent) => {
    e.preventDefault()
    const crmNames = stages.flatMap((s) => linesOf(s.crmStageNames).map((n) => n.toLowerCase()))
    const repeated = crmNames.filter((n, i) => crmNames.indexOf(n) !== i)
    if (repeated.length > 0)
      return setStatus({
        error: true,
        text: `A CRM stage name can map to one stage only: ${[...new Set(repeated)].join(', ')}.`
      })
    if (stages.some((s) => !s.name.trim()))
      return setStatus({ error: true, text: 'Every stage needs a name.' })
    try {
      await repositories.salesProcesses.update(process.id, {
        name: name.trim(),
        stages: stages.map((s, order) => ({
          key: s.key,
          name: s.name.trim(),
          order,
          exitCriteria: linesOf(s.exitCriteria),
          crmStageNames: linesOf(s.crmStageNames)
        })),
        wonStageNames: linesOf(won),
        lostStageNames: linesOf(lost)
      })
      setStatus({ error: false, text: 'Sales process saved.' })
    } catch (err) {
      setStatus({ error: true, text: errorText(err) })
    }
  }

  return (
    <section aria-labelledby="screen-title">
      <ScreenTitle back={{ to: screens.settings(), label: 'Settings' }}>Sales process</ScreenTitle>
      <p className="subtle">
        The stages in order, what must be true to leave each one, and the CRM stage names that mean
        a deal is in it. Checklists, imports and roll-ups use these stages.
      </p>
      <form onSubmit={save}>
        <div className="form-row">
          <label>
            Process name
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        </div>
        <ol className="editor-list">
          {stages.map((s, i) => {
            const locked = s.saved && used.has(s.key)
            return (
              <li key={s.key}>
                <fieldset>
                  <legend>
                    Stage {i + 1}: {s.name || 'New stage'}
                  </legend>
                  <div className="form-row">
                    <label>
                      Name
                      <input
                        type="text"
                        value={s.name}
                        onChange={(e) => change(i, { name: e.target.value })}
                      />
                    </label>
                    <button
                      type="button"
                      disabled={i === 0}
                      aria-label={`Move ${s.name} earlier`}
                      onClick={() => move(i, -1)}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      disabled={i === stages.length - 1}
                      aria-label={`Move ${s.name} later`}
                      onClick={() => move(i, 1)}
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      disabled={locked || stages.length === 1}
                      aria-label={`Remove ${s.name}`}
                      onClick={() => setStages((all) => all.filter((_, j) => j !== i))}
                    >
                      Remove
                    </button>
                  </div>
                  {locked && (
                    <p className="cell-note">
                      Deals, observations or checklists use this stage, so it cannot be removed.
                    </p>
                  )}
                  <div className="form-row">
                    <TextAreaField
                      label="Exit criteria (one per line)"
                      value={s.exitCriteria}
                      onChange={(v) => change(i, { exitCriteria: v })}
                    />
                    <TextAreaField
                      label="CRM stage names (one per line)"
                      value={s.crmStageNames}
                      onChange={(v) => change(i, { crmStageNames: v })}
                    />
                  </div>
                </fieldset>
              </li>
            )
          })}
        </ol>
        <div className="form-row">
          <label>
            New stage name
            <input
              type="text"
              value={newStage}
              onChange={(e) => setNewStage(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  add()
                }
              }}
            />
          </label>
          <button type="button" onClick={add}>
            Add stage
          </button>
        </div>
        <div className="form-row">
          <TextAreaField
            label="CRM names for closed won (one per line)"
            value={won}
            onChange={(v) => setWon(v)}
          />
          <TextAreaField
            label="CRM names for closed lost (one per line)"
            value={lost}
            onChange={(v) => setLost(v)}
          />
        </div>
        {status && <StatusMessage status={status} />}
        <SaveOrCancel save="Save sales process" />
      </form>
    </section>
  )
}
