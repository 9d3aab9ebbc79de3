import { Link } from 'react-router-dom'
import { today } from '../../app/today'
import { useSelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { attainment, displayDate, money, rampNote } from './format'
import { sortTeamRows, useTeamView, type TeamSortKey } from './teamStore'
import { useTeamRows } from './useTeam'
import { RosterEditor } from './RosterEditor'

const columns = (period: string): { key: TeamSortKey; label: string; numeric?: boolean }[] => [
  { key: 'name', label: 'Rep' },
  { key: 'attainment', label: `Attainment, ${period}`, numeric: true },
  { key: 'pipeline', label: 'Open pipeline', numeric: true },
  { key: 'activities', label: 'Activities, last 4 weeks', numeric: true },
  { key: 'lastOneOnOne', label: 'Last 1:1' }
]

export function TeamScreen() {
  const day = today()
  // The period the Dashboard and rep page show too: the same rep, the same attainment.
  const selected = useSelectedPeriod(day)
  const rows = useTeamRows(day, selected?.range)
  const { sortKey, descending, sortBy } = useTeamView()
  if (rows === undefined || !selected) return <p className="loading">Loading the team…</p>
  const sorted = sortTeamRows(rows, sortKey, descending)
  const { range } = selected
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
            {rows.length} reps · {range.label}
            {running ? ' to date' : ''} · attainment is closed-won revenue against the role’s
            revenue target for the period, prorated for reps on ramp. The period is the one the
            Dashboard shows.
          </p>
          <table className="data-table">
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
              </tr>
            </thead>
            <tbody>
              {sorted.map(({ rep, role, headline: h }) => (
                <tr key={rep.id}>
                  <th scope="row">
                    <Link to={`/team/${rep.id}`}>{rep.name}</Link>
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
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <RosterEditor today={today()} />
    </section>
  )
}
