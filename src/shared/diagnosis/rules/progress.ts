import { formatCount, formatPercentValue } from '../../metrics'
import { activeWeeks, advancesPer10Meetings, nextStepRate, type RepContext } from '../context'
import type { Finding, FindingNumber } from '../types'

const round1 = (n: number): number => Math.round(n * 10) / 10

/**
 * Activity without progress (quality, not quantity), any of:
 * - at least as many meetings per week as the team's median, but advancing deals per 10
 *   meetings at most half the team's median;
 * - the share of meetings ending with an agreed next step `teamGapPercent` or more below the
 *   team's median (with `minimumSample`+ meetings);
 * - two or more deals reaching the proposal stage without passing the stage before it.
 * Act when two signals fire together. During a ramp revenue is prorated, but meetings should
 * already end in next steps and move deals: the rule applies in full.
 */
export function activityWithoutProgress(ctx: RepContext): Finding | undefined {
  const m = ctx.metrics
  const t = ctx.thresholds
  const team = ctx.team
  const meetings = m.activitiesByType.meeting
  const weeks = activeWeeks(m)
  if (meetings === 0 || weeks <= 0) return undefined
  const perWeek = meetings / weeks
  const advances = advancesPer10Meetings(m) ?? 0
  const rate = nextStepRate(m)
  const signals: string[] = []
  const numbers: FindingNumber[] = [
    {
      label: 'Meetings per week',
      value: `${formatCount(round1(perWeek))} (team median ${formatCount(team.meetingsPerWeek === undefined ? undefined : round1(team.meetingsPerWeek))})`
    },
    {
      label: 'Deals moved forward per 10 meetings',
      value: `${m.advancingOpportunities} deals ÷ ${meetings} meetings × 10 = ${formatCount(round1(advances))} (team median ${formatCount(team.advancesPer10Meetings === undefined ? undefined : round1(team.advancesPer10Meetings))})`
    },
    {
      label: 'Meetings with an agreed next step',
      value: `${m.values.meetingsWithNextStep.formula}; team median ${formatPercentValue(team.nextStepRate === undefined ? undefined : Math.round(team.nextStepRate))}`
    }
  ]
  if (
    team.meetingsPerWeek !== undefined &&
    team.advancesPer10Meetings !== undefined &&
    perWeek >= team.meetingsPerWeek &&
    advances <= team.advancesPer10Meetings / 2
  ) {
    signals.push('many meetings, few deals moving')
  }
  if (
    rate !== undefined &&
    team.nextStepRate !== undefined &&
    meetings >= t.minimumSample &&
    rate <= team.nextStepRate * (1 - t.teamGapPercent / 100)
  ) {
    signals.push('few meetings end with an agreed next step')
  }
  if (m.proposalsWithoutQualification >= 2) {
    signals.push('proposals sent without qualifying')
    numbers.push({
      label: 'Deals that reached the proposal stage without passing the stage before',
      value: formatCount(m.proposalsWithoutQualification)
    })
  }
  if (signals.length === 0) return undefined
  const ramp = ctx.ramping
    ? ` The rep is in the ramp (${Math.round(m.rampFactor * 100)}% of the revenue target), which prorates revenue, not the quality of meetings.`
    : ''
  const firstStage = m.stages.find((s) => s.openInStage > 0) ?? m.stages[0]
  return {
    id: `activityWithoutProgress:${ctx.rep.id}`,
    kind: 'activityWithoutProgress',
    repId: ctx.rep.id,
    severity: signals.length >= 2 ? 'act' : 'watch',
    title: `Busy without progress: ${signals.join('; ')}`,
    rule: `Meetings at or above the team's pace with half the team's deal movement per meeting, meetings ending with an agreed next step ${t.teamGapPercent}% or more below the team, or two or more proposals without qualification: activity is not turning into progress. Two signals together are one to act on.${ramp}`,
    metric: 'meetingsWithNextStep',
    stageKey: firstStage?.stageKey,
    stageName: firstStage?.stageName,
    numbers,
    actions: [
      {
        kind: 'rideAlong',
        stageKey: firstStage?.stageKey,
        text: 'Ride along on two meetings: plan each one together first (objective, what to ask for, the next step to agree) and compare the outcome with the plan.'
      },
      {
        kind: 'oneOnOne',
        text: "Agree what a good meeting ends with (a dated next step the customer accepted) and look at last week's meetings against it."
      }
    ]
  }
}
