import { Link } from 'react-router-dom'
import type { PeriodRange } from '@shared/metrics'
import { WORDS } from '@shared/words'
import { formatPercent } from '@shared/format'
import { today } from '../../ui/today'
import { useSelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { RepStatusBadge, RepStatusWhy } from '../../ui/RepStatusBadge'
import { useRepStatuses } from '../../ui/useRepStatuses'
import type { RepStatus } from '@shared/metrics/status'
import { TableFrame } from '../../ui/TableFrame'
import { count } from '../../ui/words'
import { attainment, displayDate, money, rampNote } from './format'
import { sortTeamRows, useTeamView, type TeamSortKey } from './teamStore'
import { useTeamRows } from '../../db/useTeam'
import { RosterEditor } from './RosterEditor'
import './team.css'
import { screens } from '../../ui/routes'

const columns = (period: string): { key: TeamSortKey; label: string; numeric?: boolean }[] => [
  { key: 'name', label: 'Rep' },
  { key: 'attainment', label: `Attainment, ${period}`, numeric: true },
  { key: 'pipeline', label: 'Open pipeline', numeric: true },
  { key: 'activities', label: 'Activities, last 4 weeks', numeric: true },
  { key: 'lastOneOnOne', label: 'Last 1:1' }
]

const PLAN_WORDS = { pip: 'PIP', coaching: 'Coaching plan' } as const

export function TeamScreen() {
  const day = today()
  // The period the Dashboard and rep page show too: the same rep, the same attainment.
  const selected = useSelectedPeriod(day)
  if (!selected) return <TeamLoading waitingFor="the periods with data" />
  return <TeamTable day={day} range={selected.range} />
}

/**
 * Tests and keyboard users take the heading to mean the table is there: it comes with it. The
 * status says which of the two reads is pending (the analysis worker's calendar, or the team's
 * rows), so a wait that never ends says where it stopped.
 */
function TeamLoading({ waitingFor }: { waitingFor: string }) {
  return <p className="loading">Loading the team… ({waitingFor})</p>
}

function TeamTable({ day, range }: { day: string; range: PeriodRange }) {
  const rows = useTeamRows(day, range)
  const statuses = useRepStatuses(range, day)
  const { sortKey, descending, sortBy } = useTeamView()
  if (rows === undefined) return <TeamLoading waitingFor="the reps and their numbers" />
  const sorted = sortTeamRows(rows, sortKey, descending)
  const running = range.start <= day && day <= range.end
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Team</h1>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>
            No reps yet. Add your team by importing a users export from your CRM (Import), or load
            the demo team.
          </p>
        </div>
      ) : (
        <>
          <p className="subtle">
            {count(rows.length, WORDS.rep)} · {range.label}
            {running ? ' to date' : ''} · attainment is closed-won revenue against the role’s
            revenue target for the period, prorated for reps on ramp; the period is the one the
            Dashboard shows. Status compares it with the part of the target due by the period’s last
            day with data and counts findings to act on and active PIPs.
          </p>
          <TableFrame label="Team table, scrollable">
            <table className="data-table team-table">
              <caption className="visually-hidden">Team headline numbers, one row per rep</caption>
              <thead>
                <tr>
                  {columns(range.label).map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'numeric' : undefined}
                      aria-sort={
                        sortKey === c.key ? (descending ? 'descending' : 'ascending') : 'none'
                      }
                    >
                      <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                        {c.label}
                      </button>
                    </th>
                  ))}
                  <th scope="col">Status</th>
                  <th scope="col">Top finding and plan</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map(({ rep, role, headline: h }) => (
                  <tr key={rep.id}>
                    <th scope="row">
                      <Link to={screens.rep(rep.id)}>{rep.name}</Link>
                      <span className="cell-note">
                        {role?.name ?? 'No role'}
                        {rep.territory ? ` · ${rep.territory}` : ''}
                      </span>
                      {rampNote(h, rep.rampMonths) && <span className="badge">On ramp</span>}
                    </th>
                    <td className="numeric">
                      {attainment(h)}
                      <span className="cell-note">
                        {money(h.closedWonMinor, h)}
                        {h.quarterTargetMinor !== undefined
                          ? ` of ${money(h.quarterTargetMinor, h)}`
                          : ''}
                      </span>
                    </td>
                    <td className="numeric">
                      {money(h.openPipelineMinor, h)}
                      <span className="cell-note">{h.openOpportunities} open</span>
                    </td>
                    <td className="numeric">{h.activitiesLast4Weeks}</td>
                    <td>{displayDate(h.lastOneOnOne)}</td>
                    <StatusCells
                      status={statuses?.find((s) => s.rep.id === rep.id)?.status}
                      name={rep.name}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}
      <RosterEditor today={today()} />
    </section>
  )
}

function StatusCells({ status, name }: { status?: RepStatus; name: string }) {
  if (!status)
    return (
      <td colSpan={2} className="subtle">
        Working it out…
      </td>
    )
  return (
    <>
      <td>
        <RepStatusBadge status={status} detail={false} />
        <span className="cell-note">
          {status.pace === undefined
            ? 'No revenue target'
            : `${formatPercent(status.pace)} of pace`}
        </span>
        <RepStatusWhy status={status} name={name} />
      </td>
      <td>
        {status.topFinding ? status.topFinding.title : <span className="subtle">No finding</span>}
        <span className="cell-note">
          {status.openPlan ? (
            <Link to={screens.plan(status.openPlan.id)}>
              {PLAN_WORDS[status.openPlan.kind]}: {status.openPlan.title}
            </Link>
          ) : (
            'No open plan'
          )}
        </span>
      </td>
    </>
  )
}
