import { useState } from 'react'
import { Link } from 'react-router-dom'
import { observationsCsv } from '@shared/export'
import {
  KIND_LABELS,
  scoreWithOwnTemplate,
  STEP_TITLES,
  type DateRange,
  type ObservationStep
} from '@shared/observations'
import type { ObservationKind } from '@shared/domain'
import { readWholeWorkspace } from '../../db/reads'
import { platform } from '../../platform'
import { showDay } from '../../ui/words'
import { Rollups } from './Rollups'
import { percent, stageName, useObservationData } from '../../db/useObservationData'
import './observations.css'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { LabelOptions, Options, TableHead, RepOptions } from '../../ui/formParts'
import { screens } from '../../ui/routes'

export interface ObservationFilters {
  repId: string
  stageKey: string
  kind: ObservationKind | ''
  from: string
  to: string
}

const NO_FILTERS: ObservationFilters = { repId: '', stageKey: '', kind: '', from: '', to: '' }

export function rangeOf(f: ObservationFilters): DateRange | undefined {
  if (!f.from && !f.to) return undefined
  return { start: f.from || '0000-01-01', end: f.to || '9999-12-31' }
}

export function ObservationsScreen() {
  const data = useObservationData()
  const [filters, setFilters] = useState<ObservationFilters>(NO_FILTERS)
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  if (!data) return <p className="loading">Loading observations…</p>
  const repName = (id: string) => data.reps.find((r) => r.id === id)?.name ?? 'Unknown rep'
  const drafts = data.observations
    .filter((o) => o.status === 'draft')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const range = rangeOf(filters)
  const shown = data.observations
    .filter((o) => o.status === 'final')
    .filter((o) => !filters.repId || o.repId === filters.repId)
    .filter((o) => !filters.stageKey || o.stageKey === filters.stageKey)
    .filter((o) => !filters.kind || o.kind === filters.kind)
    .filter((o) => !range || (o.date >= range.start && o.date <= range.end))
    .sort((a, b) => b.date.localeCompare(a.date))
  const set = (change: Partial<ObservationFilters>) => setFilters((f) => ({ ...f, ...change }))

  const exportCsv = async () => {
    try {
      const workspace = await readWholeWorkspace()
      const text = observationsCsv(workspace, { bom: true, range, finalOnly: true })
      const period = range ? `${filters.from || 'start'}-to-${filters.to || 'today'}` : 'all'
      const saved = await platform.saveFile({
        title: 'Export observations as CSV',
        suggestedName: `fieldbook-observations-${period}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        bytes: new TextEncoder().encode(text)
      })
      if (!saved.canceled) setStatus({ error: false, text: `Saved ${saved.name}.` })
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    }
  }

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Observations</h1>
      <p className="subtle">
        Ride-alongs, call reviews and role-plays scored against the checklist of each stage.
      </p>
      <nav aria-label="Start an observation" className="actions link-row">
        <Link className="button primary" to={screens.newObservation({ kind: 'rideAlong' })}>
          New ride-along
        </Link>
        <Link className="button" to={screens.newObservation({ kind: 'callReview' })}>
          New call review
        </Link>
        <Link className="button" to={screens.newObservation({ kind: 'rolePlay' })}>
          New role-play
        </Link>
        <Link to={screens.scenarios}>Scenario library</Link>
        <Link to={screens.checklists}>Checklists</Link>
      </nav>

      {drafts.length > 0 && (
        <div className="panel">
          <h2>Drafts</h2>
          <ul>
            {drafts.map((d) => (
              <li key={d.id}>
                <Link
                  to={screens.observation(d.id)}
                  aria-label={`Resume draft: ${KIND_LABELS[d.kind]} with ${repName(d.repId)}, ${stageName(data.process, d.stageKey)}`}
                >
                  Resume draft
                </Link>{' '}
                {KIND_LABELS[d.kind]} with {repName(d.repId)} ·{' '}
                {stageName(data.process, d.stageKey)} · {showDay(d.date)}
                <span className="cell-note">
                  Left at “{STEP_TITLES[(d.draftStep ?? 'setup') as ObservationStep] ?? 'the start'}
                  ”, saved {new Date(d.updatedAt).toLocaleString()}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form className="panel" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <h2>Filters</h2>
        <div className="form-row">
          <label>
            Rep
            <select value={filters.repId} onChange={(e) => set({ repId: e.target.value })}>
              <option value="">All reps</option>
              <RepOptions reps={data.reps} />
            </select>
          </label>
          <label>
            Stage
            <select value={filters.stageKey} onChange={(e) => set({ stageKey: e.target.value })}>
              <option value="">All stages</option>
              <Options
                items={data.process?.stages ?? []}
                value={(s) => s.key}
                label={(s) => s.name}
              />
            </select>
          </label>
          <label>
            Kind
            <select
              value={filters.kind}
              onChange={(e) => set({ kind: e.target.value as ObservationKind | '' })}
            >
              <option value="">All kinds</option>
              <LabelOptions labels={KIND_LABELS} />
            </select>
          </label>
          <label>
            From
            <input
              type="date"
              value={filters.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </label>
          <label>
            To
            <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
          <button type="button" onClick={() => void exportCsv()}>
            Export CSV for this period
          </button>
        </div>
        {status && <StatusMessage status={status} />}
      </form>

      <Rollups data={data} filters={filters} range={range} />

      <table className="data-table">
        <caption>
          {shown.length} saved observation{shown.length === 1 ? '' : 's'}
        </caption>
        <TableHead
          columns={['Date', 'Rep', 'Kind', 'Stage', 'About', 'Score', 'Must criteria']}
          numeric={['Score']}
        />
        <tbody>
          {shown.map((o) => {
            const r = scoreWithOwnTemplate(o, data.templates)
            const about =
              o.kind === 'rolePlay'
                ? `${data.scenarios.find((s) => s.id === o.scenarioId)?.title ?? 'Scenario'} (attempt ${o.attempt ?? 1})`
                : o.opportunityLabel || '—'
            return (
              <tr key={o.id}>
                <td>
                  <Link to={screens.observation(o.id)}>{showDay(o.date)}</Link>
                </td>
                <th scope="row">{repName(o.repId)}</th>
                <td>{KIND_LABELS[o.kind]}</td>
                <td>{stageName(data.process, o.stageKey)}</td>
                <td>{about}</td>
                <td className="numeric">{percent(r?.score)}</td>
                <td>{r === undefined ? '—' : r.passed ? 'Met' : 'Not met'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
