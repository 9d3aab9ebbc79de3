import { memo } from 'react'
import { Link } from 'react-router-dom'
import { ScreenLink } from '../../ui/ScreenLink'
import { TeamPriorities } from '../../ui/TeamPriorities'
import { teamReport, teamReportFileName } from '@shared/documents/teamReport'
import { ExportButton } from '../../ui/ExportButton'
import { FindingCard } from '../../ui/FindingCard'
import { NoDataNote } from './NoDataNote'
import { QuadrantChart } from './QuadrantChart'
import { ScorecardGrid } from './ScorecardGrid'
import { PairingsPanel, RecognitionPanel } from './TeamPanels'
import { TrendChart } from './TrendChart'
import type { TeamAnalysis, TeamViews } from '../../db/useTeamAnalysis'
import { periodSearch } from '../../ui/period/useSelectedPeriod'
import { managerNameAndTitle } from '@shared/team'
import { screens } from '../../ui/routes'

/**
 * Everything the dashboard shows for one analysis. It renders again only for a new analysis (a
 * new period's, or the data changed), not when the period picker above it moves: a 50-rep
 * dashboard is thousands of elements. Links carry the period of the numbers they lead from.
 */
export const DashboardPanels = memo(function DashboardPanels({
  analysis,
  views,
  today
}: {
  analysis: TeamAnalysis
  views: TeamViews
  today: string
}) {
  const { records, diagnosis, currency, range } = analysis
  const reps = records.reps
  const search = periodSearch(range)
  // One role's dimensions head the grid; reps in another role show their own in their row.
  const set = analysis.expectationsFor(reps[0]!.id)
  const dimensions = set?.dimensions ?? []
  const repName = new Map(reps.map((r) => [r.id, r.name]))
  const withFindings = diagnosis.byRep.filter((d) => d.findings.length > 0)

  return (
    <>
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

      <section className="panel below-the-fold" aria-labelledby="findings-title">
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
                  <ScreenLink to={screens.rep(d.repId, search)}>{repName.get(d.repId)}</ScreenLink>
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

      <section className="panel below-the-fold" aria-labelledby="quadrant-title">
        <h2 id="quadrant-title">Results against process</h2>
        <QuadrantChart chart={views.quadrant} reps={reps} />
      </section>

      <section className="panel below-the-fold" aria-labelledby="trend-title">
        <h2 id="trend-title">Team trend</h2>
        <TrendChart trend={views.trend} currency={currency} />
      </section>

      <div className="two-columns below-the-fold">
        <PairingsPanel pairings={views.pairings} reps={reps} />
        <RecognitionPanel balance={views.recognition} reps={reps} />
      </div>
    </>
  )
})
