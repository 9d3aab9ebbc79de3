import { formatCount, formatPercentValue, share, type StageConversion } from '../../metrics'
import type { RepContext } from '../context'
import { activityShareOfTarget } from './activity'
import type { CoachingAction, Finding, FindingNumber } from '../types'

function skillActions(stage: StageConversion): [CoachingAction, ...CoachingAction[]] {
  return [
    {
      kind: 'rideAlong',
      stageKey: stage.stageKey,
      text: `Ride along on the rep's next ${stage.stageName} meetings with the ${stage.stageName} checklist; agree the objective and the next step to ask for beforehand.`
    },
    {
      kind: 'callReview',
      stageKey: stage.stageKey,
      text: `Review two recorded ${stage.stageName} calls together, the rep's self-assessment first.`
    },
    {
      kind: 'rolePlay',
      stageKey: stage.stageKey,
      text: `Role-play a ${stage.stageName} scenario, then repeat it a week later to see the change.`
    }
  ]
}

/**
 * Stage gap ("skill"): activity at or near the expectation (not more than `activityGapPercent`
 * below it), but at a named stage the rep's conversion is `teamGapPercent` or more below the
 * rest of the team's, or their days in the stage that much above; or the observed checklist
 * score at the stage is that much below the team's. Needs `minimumSample` exits (or
 * observations) on both sides. Act when conversion is at most half the team's.
 */
export function stageGaps(ctx: RepContext): Finding[] {
  const t = ctx.thresholds
  const share$ = activityShareOfTarget(ctx)
  if (share$ !== undefined && share$ < 100 - t.activityGapPercent) return []
  const gap = t.teamGapPercent / 100
  const findings: Finding[] = []
  for (const stage of ctx.metrics.stages) {
    const teamExited = ctx.team.stageExited[stage.order] ?? 0
    const teamAdvanced = ctx.team.stageAdvanced[stage.order] ?? 0
    const teamConversion = share(teamAdvanced, teamExited)
    const numbers: FindingNumber[] = []
    let conversionGap = false
    let halfOrWorse = false
    if (
      stage.conversionPercent !== undefined &&
      teamConversion !== undefined &&
      stage.exited >= t.minimumSample &&
      teamExited >= t.minimumSample &&
      stage.conversionPercent <= teamConversion * (1 - gap)
    ) {
      conversionGap = true
      halfOrWorse = stage.conversionPercent <= teamConversion / 2
      numbers.push(
        {
          label: `${stage.stageName} conversion, this rep`,
          value: `${stage.advanced} of ${stage.exited} moved on = ${formatPercentValue(stage.conversionPercent)}`
        },
        {
          label: `${stage.stageName} conversion, rest of the team`,
          value: `${teamAdvanced} of ${teamExited} moved on = ${formatPercentValue(teamConversion)}`
        }
      )
    }
    const teamDays = ctx.team.stageMedianDays[stage.order]
    let slow = false
    if (
      stage.medianDaysInStage !== undefined &&
      teamDays !== undefined &&
      stage.advanced >= t.minimumSample &&
      stage.medianDaysInStage >= teamDays * (1 + gap)
    ) {
      slow = true
      numbers.push({
        label: `Median days in ${stage.stageName} before moving on`,
        value: `${formatCount(stage.medianDaysInStage)} against ${formatCount(teamDays)} for the team`
      })
    }
    const mine = ctx.metrics.observedStages.find((o) => o.stageKey === stage.stageKey)
    const theirs = ctx.team.observed.get(stage.stageKey)
    let observedGap = false
    if (
      mine &&
      theirs &&
      mine.count >= 2 &&
      theirs.count >= 2 &&
      mine.average <= theirs.average * (1 - gap)
    ) {
      observedGap = true
      numbers.push({
        label: `Observed ${stage.stageName} checklist score`,
        value: `${formatPercentValue(mine.average * 100)} over ${mine.count} observations against ${formatPercentValue(theirs.average * 100)} for the team`
      })
    }
    if (!conversionGap && !slow && !observedGap) continue
    if (stage.openInStage > 0) {
      numbers.push({
        label: `Deals sitting in ${stage.stageName} now`,
        value: formatCount(stage.openInStage)
      })
    }
    if (share$ !== undefined) {
      numbers.push({
        label: 'Activity against the expectation',
        value: formatPercentValue(Math.round(share$))
      })
    }
    const what = conversionGap ? 'converts' : slow ? 'moves slowly' : 'scores low when observed'
    findings.push({
      id: `stageGap:${ctx.rep.id}:${stage.stageKey}`,
      kind: 'stageGap',
      repId: ctx.rep.id,
      severity: halfOrWorse || (conversionGap && (slow || observedGap)) ? 'act' : 'watch',
      title: `Stalls at ${stage.stageName}`,
      rule: `Activity is at or near the expectation, but at ${stage.stageName} the rep ${what}: conversion or speed ${t.teamGapPercent}% or more worse than the rest of the team (at least ${t.minimumSample} deals on each side) points to a skill at that stage. Half the team's conversion or worse is one to act on.`,
      stageKey: stage.stageKey,
      stageName: stage.stageName,
      metric: 'stageConversion',
      numbers,
      actions: skillActions(stage)
    })
  }
  return findings
}
