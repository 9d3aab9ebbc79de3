import { formatDay } from '../../words/dates'
import { formatCount, formatPercentValue } from '../../metrics'
import { standingFor, type RepContext } from '../context'
import type { Finding } from '../types'

/**
 * CRM hygiene: more than `hygieneIssuePercent` of the rep's open deals have an issue (stale,
 * no next step, close date in the past, close date pushed more than once), or the hygiene
 * expectation is missed. The standard applies whatever the results: a top producer's messy
 * pipeline costs forecasts, hand-offs and fairness. Act at twice the threshold with 3+ deals.
 */
export function crmHygiene(ctx: RepContext): Finding | undefined {
  const h = ctx.metrics.hygiene
  if (h.open === 0) return undefined
  const t = ctx.thresholds
  const issueShare = (h.withIssue / h.open) * 100
  const standing = standingFor(ctx.card, 'crmHygiene')
  const overThreshold = issueShare > t.hygieneIssuePercent
  if (!overThreshold && standing?.status !== 'missed') return undefined
  if (h.withIssue === 0) return undefined
  const topProducer = standingFor(ctx.card, 'closedWonRevenue')?.status === 'met'
  const act = issueShare >= 2 * t.hygieneIssuePercent && h.withIssue >= 3
  return {
    id: `crmHygiene:${ctx.rep.id}`,
    kind: 'crmHygiene',
    repId: ctx.rep.id,
    severity: act ? 'act' : 'watch',
    title: topProducer
      ? `Results on target, CRM behind: ${h.withIssue} of ${h.open} open deals need attention`
      : `${h.withIssue} of ${h.open} open deals need attention in the CRM`,
    rule: `More than ${t.hygieneIssuePercent}% of open deals with a hygiene issue (no activity for ${t.staleOpportunityDays}+ days, no next step, close date in the past, close date pushed more than once)${standing ? ', or the hygiene expectation missed,' : ''} is a finding; ${2 * t.hygieneIssuePercent}% or more (3+ deals) is one to act on. The standard applies to top producers too.`,
    metric: 'crmHygiene',
    numbers: [
      { label: `Open deals on ${formatDay(ctx.metrics.asOf)}`, value: formatCount(h.open) },
      {
        label: 'With at least one issue',
        value: `${h.withIssue} (${formatPercentValue(Math.round(issueShare))})`
      },
      {
        label: `No activity for more than ${t.staleOpportunityDays} days`,
        value: formatCount(h.byKind.stale ?? 0)
      },
      { label: 'No next step', value: formatCount(h.byKind.missingNextStep ?? 0) },
      { label: 'Close date in the past', value: formatCount(h.byKind.closeDateInPast ?? 0) },
      {
        label: 'Close date pushed more than once',
        value: formatCount(h.byKind.closeDatePushed ?? 0)
      },
      ...(standing ? [{ label: 'Hygiene expectation', value: standing.explanation }] : [])
    ],
    actions: [
      {
        kind: 'crmRoutine',
        text: 'Agree a 15-minute CRM routine each morning for two weeks: every open deal gets a dated next step, a real close date and a logged last touch; check the list together at the end of each week.'
      },
      {
        kind: 'oneOnOne',
        text: topProducer
          ? 'Recognise the results first, then explain why the pipeline record matters to forecasts, delivery hand-offs and fairness to the team.'
          : 'Walk through the deals with issues together and close out the ones that are dead.'
      }
    ]
  }
}
