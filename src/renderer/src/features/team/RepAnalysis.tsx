import { useMemo } from 'react'
import type { Rep } from '@shared/domain'
import { suggestDevelopmentLevels } from '@shared/development'
import { expectationsSheet, expectationsSheetFileName } from '@shared/documents/expectationsSheet'
import { ExportButton } from '../../ui/ExportButton'
import { FindingCard } from '../../ui/FindingCard'
import { PeriodPicker } from '../../ui/period/PeriodPicker'
import { useSelectedPeriod, type SelectedPeriod } from '../../ui/period/useSelectedPeriod'
import { useTeamAnalysis } from '../../db/useTeamAnalysis'
import { TeamPriorities } from '../../ui/TeamPriorities'
import { DevelopmentPanel } from './DevelopmentPanel'
import { RepPnl } from './RepPnl'
import { RepScorecard } from './RepScorecard'
import { useRepTrend } from './useRepTrend'
import './team.css'
import { managerNameAndTitle } from '@shared/team'

/** The rep page's analysis for a chosen period: scorecard, findings, development, P&L. */
export function RepAnalysis({ rep, today }: { rep: Rep; today: string }) {
  const selected = useSelectedPeriod(today)
  if (!selected) return <p className="loading">Computing {rep.name}’s standing…</p>
  return <RepPeriodAnalysis rep={rep} today={today} selected={selected} />
}

function RepPeriodAnalysis({
  rep,
  today,
  selected
}: {
  rep: Rep
  today: string
  selected: SelectedPeriod
}) {
  const { range } = selected
  const analysis = useTeamAnalysis(range, today, { teamViews: false })
  const trend = useRepTrend(analysis, rep.id)
  const suggestions = useMemo(() => {
    const current = trend.at(-1)
    if (!analysis || !current) return []
    const set = analysis.expectationsFor(rep.id)
    const weekly = set?.dimensions.find((d) => d.metric === 'activities' && d.period === 'week')
    return suggestDevelopmentLevels({
      current: current.metrics,
      earlier: trend.slice(0, -1).map((c) => c.metrics),
      team: analysis.diagnosis.scorecards.map((c) => c.metrics),
      activitiesPerWeekTarget: weekly?.target,
      minimumSample: analysis.diagnosis.thresholds.minimumSample
    })
  }, [analysis, trend, rep.id])
  if (!analysis) return <p className="loading">Computing {rep.name}’s standing…</p>
  const set = analysis.expectationsFor(rep.id)
  const findings = analysis.diagnosis.byRep.find((d) => d.repId === rep.id)?.findings ?? []
  const card = trend.at(-1)
  const role = analysis.records.roles.find((r) => r.id === rep.roleId)
  const settings = analysis.records.settings
  return (
    <div className="rep-analysis">
      <PeriodPicker selected={selected} today={today} />
      {set && role && (
        <div className="actions screen-actions">
          <ExportButton
            label="Export the expectations sheet (PDF)"
            suggestedName={expectationsSheetFileName(rep.name, today)}
            build={() =>
              expectationsSheet({
                rep,
                role,
                set,
                currency: analysis.currency,
                today,
                managerName: managerNameAndTitle(settings) || undefined,
                teamName: settings?.teamName || undefined
              })
            }
          />
        </div>
      )}
      <section className="panel" aria-labelledby="scorecard-title">
        <h2 id="scorecard-title">Against expectations, {range.label}</h2>
        <RepScorecard
          rep={rep}
          set={set}
          trend={trend}
          currency={analysis.currency}
          today={today}
        />
      </section>
      {set && <TeamPriorities set={set} idPrefix="rep-priorities" />}
      <section className="panel" aria-labelledby="rep-findings-title">
        <h2 id="rep-findings-title">Findings, {range.label}</h2>
        {analysis.diagnosis.team.map((f) => (
          <FindingCard key={f.id} finding={f} repName="Whole team" />
        ))}
        {findings.length === 0 ? (
          <p className="success">No findings for {rep.name} this period.</p>
        ) : (
          <div className="findings-grid">
            {findings.map((f) => (
              <FindingCard key={f.id} finding={f} withNextSteps />
            ))}
          </div>
        )}
      </section>
      <DevelopmentPanel
        repId={rep.id}
        repName={rep.name}
        assessments={analysis.records.assessments}
        suggestions={suggestions}
        today={today}
      />
      {card && <RepPnl card={card} periodLabel={range.label} />}
    </div>
  )
}
