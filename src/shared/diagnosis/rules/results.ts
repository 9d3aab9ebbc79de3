import { formatMoneyMinor, formatPercentValue } from '../../metrics'
import { standingFor, type RepContext } from '../context'
import type { Finding, Severity } from '../types'

/**
 * Results gap: closed-won revenue below the (ramped, overridden, to-date) target. Act when
 * attainment is under `attainmentActPercent`; only watch during a ramp or when the whole team
 * is down together (a market shift is a team plan, not an individual correction).
 */
export function resultsGap(ctx: RepContext): Finding | undefined {
  const standing = standingFor(ctx.card, 'closedWonRevenue')
  if (!standing || standing.status !== 'missed') return undefined
  const t = ctx.thresholds
  const m = ctx.metrics
  const currency = m.currency
  const attainment = m.values.attainment.value ?? 0
  // Revenue is lumpy: on less than one whole target period only a very low figure is urgent.
  const whole = standing.target.periods >= 1
  const actBelow = whole ? t.attainmentActPercent : t.attainmentActPercent / 2
  let severity: Severity = attainment < actBelow ? 'act' : 'watch'
  const notes: string[] = []
  if (!whole) {
    notes.push(
      `The range is shorter than the target's ${standing.dimension.period}, so only under ${actBelow}% is one to act on.`
    )
  }
  if (ctx.ramping) {
    severity = 'watch'
    notes.push(
      `The target is prorated for the ramp (${Math.round(m.rampFactor * 100)}% of the full target); during a ramp, judge the leading measures first.`
    )
  }
  if (ctx.marketShift) {
    severity = 'watch'
    notes.push('Most of the team is down together this period: see the market-shift finding.')
  }
  const running = m.asOf < m.range.end
  return {
    id: `resultsGap:${ctx.rep.id}`,
    kind: 'resultsGap',
    repId: ctx.rep.id,
    severity,
    title: `Revenue at ${formatPercentValue(Math.round(attainment))} of target${running ? ' so far' : ''}`,
    rule: [
      `Closed-won revenue is below the target${running ? ' for the period so far' : ''}; under ${t.attainmentActPercent}% of target is a gap to act on.`,
      ...notes
    ].join(' '),
    metric: 'closedWonRevenue',
    numbers: [
      {
        label: 'Closed-won revenue',
        value: formatMoneyMinor(m.values.closedWonRevenue.value ?? 0, currency)
      },
      { label: 'Target', value: standing.target.formula },
      { label: 'Attainment', value: formatPercentValue(attainment) },
      { label: 'Win rate', value: m.values.winRate.formula },
      {
        // A running period's coverage is measured today (metrics/compute.ts), not at its start.
        label: running ? 'Pipeline coverage today' : 'Pipeline coverage entering the period',
        value: m.values.pipelineCoverage.formula
      }
    ],
    actions: [
      {
        kind: 'oneOnOne',
        text: 'In the next 1:1, go through the deals that were expected to close and what moved them; agree which of the other findings explains the gap before choosing a coaching step.'
      }
    ]
  }
}
