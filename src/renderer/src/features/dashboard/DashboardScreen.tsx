import { Link, useLocation } from 'react-router-dom'
import { today as todayOf } from '../../ui/today'
import { TeamPriorities } from '../../ui/TeamPriorities'
import { teamReport, teamReportFileName } from '@shared/documents/teamReport'
import { ExportButton } from '../../ui/ExportButton'
import { FindingCard } from '../../ui/FindingCard'
import { NoDataNote } from './NoDataNote'
import { QuadrantChart } from './QuadrantChart'
import { ScorecardGrid } from './ScorecardGrid'
import { PairingsPanel, RecognitionPanel } from './TeamPanels'
import { TrendChart } from './TrendChart'
import { useTeamAnalysis } from '../../db/useTeamAnalysis'
import { PeriodPicker } from '../../ui/period/PeriodPicker'
import { useSelectedPeriod, type SelectedPeriod } from '../../ui/period/useSelectedPeriod'
import './dashboard.css'
import { managerNameAndTitle } from '@shared/team'
import { screens } from '../../ui/routes'

/** The team against its expectations for one period, and why each rep stands where they do. */
export function DashboardScreen() {
  const today = todayOf()
  const selected = useSelectedPeriod(today)
  if (!selected) return <Computing />
  return <Dashboard selected={selected} today={today} />
}

function Computing() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Dashboard</h1>
      <p className="loading" role="status">
        Computing the dashboard…
      </p>
    </section>
  )
}

function Dashboard({ selected, today }: { selected: SelectedPeriod; today: string }) {
  const { range } = selected
  const analysis = useTeamAnalysis(range, today, { teamViews: true })
  const { search } = useLocation()
  const views = analysis?.views
  if (!analysis || !views) return <Computing />
  const { records, diagnosis, currency } = analysis
  const reps = records.reps
  if (reps.length === 0)
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">Dashboard</h1>
        <div className="empty-state">
          <p>No reps yet. Import your team or load the demo team.</p>
        </div>
      </section>
    )
  // One role's dimensions head the grid; reps in another role show their own in their row.
  const set = analysis.expectationsFor(reps[0]!.id)
  const dimensions = set?.dimensions ?? []
  const repName = new Map(reps.map((r) => [r.id, r.name]))
  const withFindings = diagnosis.byRep.filter((d) => d.findings.length > 0)

  return (
    <section aria-labelledby="screen-title" className="dashboard">
      <h1 id="screen-title">Dashboard</h1>
      <p className="subtle">
        {reps.length} reps against the standard, {range.label}. Every number links to its rule on
        the rep’s page.
      </p>
      <PeriodPicker selected={selected} today={today} />
      <div className="actions screen-actions">
        <ExportButton
          label="Export the team report (PDF)"
          suggestedName={teamReportFileName(records.settings?.teamName, range.label)}
          build={() =>
            teamReport({
              teamName: records.settings?.teamName || undefined,
              managerName: managerNameAndTitle(records.settings) || undefined,
              range,
              today,
              currency,
              reps,
              scorecards: diagnosis.scorecards,
              findingsByRep: diagnosis.byRep,
              teamFindings: diagnosis.team,
              records: {
                plans: records.plans,
                observations: records.observations,
                oneOnOnes: records.oneOnOnes,
                stages: records.process?.stages
              }
            })
          }
        />
      </div>
      {set && <TeamPriorities set={set} idPrefix="dashboard-priorities" />}

      <section className="panel" aria-labelledby="grid-title">
        <h2 id="grid-title">Standing against expectations</h2>
        {dimensions.length === 0 ? (
          <p>
            No expectations written down yet: <Link to={screens.expectations}>set them</Link>.
          </p>
        ) : (
          <ScorecardGrid
            reps={reps}
            scorecards={diagnosis.scorecards}
            dimensions={dimensions}
            currency={currency}
            search={search}
          />
        )}
        <NoDataNote scorecards={diagnosis.scorecards} dimensions={dimensions} />
      </section>

      <section className="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings, {range.label}</h2>
        {diagnosis.team.map((f) => (
          <FindingCard key={f.id} finding={f} repName="Whole team" />
        ))}
        {withFindings.length === 0 && diagnosis.team.length === 0 ? (
          <p className="success">No findings: every rep meets the standard this period.</p>
        ) : (
          <div className="findings-grid">
            {withFindings.map((d) => (
              <section
                key={d.repId}
                className="finding-group"
                aria-labelledby={`findings-${d.repId}`}
              >
                <h3 id={`findings-${d.repId}`}>
                  <Link to={screens.rep(d.repId, search)}>{repName.get(d.repId)}</Link>
                </h3>
                {d.findings.map((f) => (
                  <FindingCard
                    key={f.id}
                    finding={f}
                    compact
                    headingLevel={4}
                    repName={repName.get(d.repId)}
                  />
                ))}
              </section>
            ))}
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="quadrant-title">
        <h2 id="quadrant-title">Results against process</h2>
        <QuadrantChart chart={views.quadrant} reps={reps} />
      </section>

      <section className="panel" aria-labelledby="trend-title">
        <h2 id="trend-title">Team trend</h2>
        <TrendChart trend={views.trend} currency={currency} />
      </section>

      <div className="two-columns">
        <PairingsPanel pairings={views.pairings} reps={reps} />
        <RecognitionPanel balance={views.recognition} reps={reps} />
      </div>
    </section>
  )
}
