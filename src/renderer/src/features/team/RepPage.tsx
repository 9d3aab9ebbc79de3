import { Link, useParams } from 'react-router-dom'
import { today } from '../../ui/today'
import { useSelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { attainment, displayDate, money, quarterName, rampNote } from './format'
import { RepDetailsSections } from './RepDetailsSections'
import { RepAnalysis } from './RepAnalysis'
import { RepDetailsForm } from './RepDetailsForm'
import { WinsPanel } from './WinsPanel'
import { CallMetricsTrend } from './CallMetricsTrend'
import { useRepDetails } from '../../db/useRepDetails'
import { useRepRow } from '../../db/useTeam'
import './team.css'
import { screens } from '../../ui/routes'

export function RepPage() {
  const { repId } = useParams()
  const day = today()
  const selected = useSelectedPeriod(day)
  const row = useRepRow(repId, day, selected?.range)
  const details = useRepDetails(repId ?? '', day)
  if (row === undefined) return <p className="loading">Loading…</p>
  if (row === null)
    return (
      <section>
        <h1>Rep not found</h1>
        <p>
          This rep is not in the workspace. <Link to={screens.team}>Back to the team</Link>
        </p>
      </section>
    )
  const { rep, role, headline: h } = row
  const ramp = rampNote(h, rep.rampMonths)
  return (
    <article aria-labelledby="rep-name">
      <p className="breadcrumb">
        <Link to={screens.team}>Team</Link> / {rep.name}
      </p>
      <h1 id="rep-name">{rep.name}</h1>
      <p className="subtle">
        {role?.name ?? 'No role'}
        {rep.territory ? ` · ${rep.territory}` : ''} · started {displayDate(rep.startDate)}
        {rep.email ? ` · ${rep.email}` : ''}
      </p>
      {ramp && <p className="badge">{ramp}</p>}
      <dl className="stats">
        <div>
          <dt>Attainment, {selected?.range.label ?? quarterName(h)}</dt>
          <dd>{attainment(h)}</dd>
          <dd className="cell-note">
            {money(h.closedWonMinor, h)} closed won
            {h.quarterTargetMinor !== undefined ? ` of ${money(h.quarterTargetMinor, h)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Open pipeline</dt>
          <dd>{money(h.openPipelineMinor, h)}</dd>
          <dd className="cell-note">{h.openOpportunities} open opportunities</dd>
        </div>
        <div>
          <dt>Activities, last 4 weeks</dt>
          <dd>{h.activitiesLast4Weeks}</dd>
        </div>
        <div>
          <dt>Last 1:1</dt>
          <dd>{displayDate(h.lastOneOnOne)}</dd>
        </div>
      </dl>
      {/* The analysis reads the whole team: it starts once the rep's own lists are on screen. */}
      {details ? <RepAnalysis rep={rep} today={day} /> : <p className="loading">Loading…</p>}
      {details && <RepDetailsSections details={details} today={day} />}
      <CallMetricsTrend rep={rep} />
      <WinsPanel rep={rep} />
      <RepDetailsForm key={rep.id} rep={rep} today={day} />
    </article>
  )
}
