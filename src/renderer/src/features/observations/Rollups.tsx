import { useState } from 'react'
import {
  planVsOutcome,
  rolePlayTrends,
  stageScoresByMonth,
  weakestStages,
  type DateRange
} from '@shared/observations'
import type { ObservationFilters } from './ObservationsScreen'
import { percent, stageName, type ObservationData } from '../../db/useObservationData'
import { ChartSlot } from '../../ui/ChartSlot'
import { lazyNamed } from '../../ui/lazyNamed'
import { TableHead, RepOptions } from '../../ui/formParts'

const StageTrendPlot = lazyNamed(() => import('./StageTrendPlot'), 'StageTrendPlot')

/** The observations to roll up, the filters the manager chose, and the period they cover. */
type PeriodData = {
  data: ObservationData
  filters: ObservationFilters
  range: DateRange | undefined
}

/** Roll-ups over the filtered period: which stage needs coaching, per rep, and the trend. */
export function Rollups({ data, filters, range }: PeriodData) {
  const stageOrder = [...(data.process?.stages ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((s) => s.key)
  const repName = (id: string) => data.reps.find((r) => r.id === id)?.name ?? 'Unknown rep'
  const byKind = filters.kind
    ? data.observations.filter((o) => o.kind === filters.kind)
    : data.observations
  const weakest = weakestStages(byKind, data.templates, { range, stageOrder })
    .filter((w) => !filters.repId || w.repId === filters.repId)
    .sort((a, b) => a.average - b.average)
  const outcomes = new Map(planVsOutcome(byKind, range).map((p) => [p.repId, p]))
  const team = outcomes.get('')
  return (
    <>
      <div className="panel">
        <h2>Which stage needs coaching</h2>
        <p className="subtle">
          The weakest stage is the one with the lowest average checklist score, each observation
          scored with the checklist version it was made with. Plan vs outcome: how often the desired
          next step from the pre-call plan was agreed
          {team?.rate !== undefined
            ? ` (team: ${team.reached} of ${team.planned}, ${percent(team.rate)})`
            : ''}
          .
        </p>
        {weakest.length === 0 ? (
          <p>No scored observations in this period.</p>
        ) : (
          <table className="data-table compact">
            <caption>Weakest stage per rep</caption>
            <TableHead
              columns={[
                'Rep',
                'Weakest stage',
                'Average there',
                'Observations there',
                'All stages',
                'Desired next step reached'
              ]}
              numeric={['Average there', 'Observations there', 'All stages']}
            />
            <tbody>
              {weakest.map((w) => {
                const p = outcomes.get(w.repId)
                return (
                  <tr key={w.repId}>
                    <th scope="row">{repName(w.repId)}</th>
                    <td>
                      {stageName(data.process, w.stageKey)}
                      <span className="cell-note">
                        lowest of {w.stagesObserved} stage{w.stagesObserved === 1 ? '' : 's'}{' '}
                        observed
                      </span>
                    </td>
                    <td className="numeric">{percent(w.average)}</td>
                    <td className="numeric">{w.count}</td>
                    <td className="numeric">{percent(w.overall)}</td>
                    <td>
                      {p?.rate === undefined
                        ? 'No plans with an outcome'
                        : `${p.reached} of ${p.planned} (${percent(p.rate)})`}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </div>
      <StageTrend data={{ ...data, observations: byKind }} filters={filters} range={range} />
      <RolePlayTrends data={data} repId={filters.repId} repName={repName} />
    </>
  )
}

function StageTrend({ data, filters, range }: PeriodData) {
  const observed = [
    ...new Set(data.observations.filter((o) => o.status === 'final').map((o) => o.repId))
  ]
  const [chosen, setChosen] = useState('')
  const repId = filters.repId || chosen || observed[0] || ''
  const points = stageScoresByMonth(data.observations, data.templates, range).filter(
    (p) => p.repId === repId && (!filters.stageKey || p.stageKey === filters.stageKey)
  )
  const stages = [...new Set(points.map((p) => p.stageKey))]
  const months = [...new Set(points.map((p) => p.month))].sort()
  const rows = months.map((month) => ({
    month,
    ...Object.fromEntries(
      points
        .filter((p) => p.month === month)
        .map((p) => [stageName(data.process, p.stageKey), Math.round(p.average * 100)])
    )
  }))
  const repName = data.reps.find((r) => r.id === repId)?.name ?? ''
  return (
    <div className="panel">
      <h2>Scores per stage over time</h2>
      {!filters.repId && (
        <div className="form-row">
          <label>
            Rep shown
            <select value={repId} onChange={(e) => setChosen(e.target.value)}>
              <RepOptions reps={data.reps.filter((r) => observed.includes(r.id))} />
            </select>
          </label>
        </div>
      )}
      {points.length === 0 ? (
        <p>No scored observations for this rep in this period.</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ChartSlot height={260}>
              <StageTrendPlot
                rows={rows}
                lines={stages.map((key) => stageName(data.process, key))}
              />
            </ChartSlot>
          </div>
          <table className="data-table compact">
            <caption>Stage trend for {repName}</caption>
            <TableHead
              columns={['Month', 'Stage', 'Average score', 'Observations', 'Must criteria not met']}
              numeric={['Average score', 'Observations', 'Must criteria not met']}
            />
            <tbody>
              {points.map((p) => (
                <tr key={`${p.month}-${p.stageKey}`}>
                  <td>{p.month}</td>
                  <th scope="row">{stageName(data.process, p.stageKey)}</th>
                  <td className="numeric">{percent(p.average)}</td>
                  <td className="numeric">{p.count}</td>
                  <td className="numeric">{p.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}

function RolePlayTrends({
  data,
  repId,
  repName
}: {
  data: ObservationData
  repId: string
  repName: (id: string) => string
}) {
  const trends = rolePlayTrends(data.observations, data.templates).filter(
    (t) => !repId || t.repId === repId
  )
  if (trends.length === 0) return null
  return (
    <div className="panel">
      <h2>Role-play attempts</h2>
      <table className="data-table compact">
        <caption>Trend per rep and scenario</caption>
        <TableHead
          columns={['Rep', 'Scenario', 'Attempts', 'Change, first to last']}
          numeric={['Change, first to last']}
        />
        <tbody>
          {trends.map((t) => (
            <tr key={`${t.repId}-${t.scenarioId}`}>
              <th scope="row">{repName(t.repId)}</th>
              <td>{data.scenarios.find((s) => s.id === t.scenarioId)?.title ?? 'Scenario'}</td>
              <td>{t.attempts.map((a) => `#${a.attempt}: ${percent(a.score)}`).join(', ')}</td>
              <td className="numeric">
                {t.change === undefined
                  ? 'One attempt'
                  : `${t.change >= 0 ? '+' : '−'}${Math.abs(Math.round(t.change * 100))} points`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
