import { formatCount, formatPercentValue } from '../../metrics'
import { activeWeeks, standingFor, type RepContext } from '../context'
import type { Finding } from '../types'

/** Activity as a share of the activity expectation, or undefined without one. */
export function activityShareOfTarget(ctx: RepContext): number | undefined {
  const s = standingFor(ctx.card, 'activities')
  if (!s || s.target.target <= 0) return undefined
  return ((s.actual.value ?? 0) / s.target.target) * 100
}

/**
 * Activity gap ("will"): activities more than `activityGapPercent` below the expectation.
 * Act when results are also short (not enough activity is the likely cause); watch when
 * results are on target (the standard still applies, but nothing is on fire).
 */
export function activityGap(ctx: RepContext): Finding | undefined {
  const standing = standingFor(ctx.card, 'activities')
  const share = activityShareOfTarget(ctx)
  if (!standing || share === undefined) return undefined
  const t = ctx.thresholds
  if (share >= 100 - t.activityGapPercent) return undefined
  const revenue = standingFor(ctx.card, 'closedWonRevenue')
  const resultsShort = revenue?.status === 'missed'
  const m = ctx.metrics
  const weeks = activeWeeks(m)
  const meetingsStanding = standingFor(ctx.card, 'meetingsWithNextStep')
  return {
    id: `activityGap:${ctx.rep.id}`,
    kind: 'activityGap',
    repId: ctx.rep.id,
    severity: resultsShort ? 'act' : 'watch',
    title: `Activity at ${formatPercentValue(Math.round(share))} of the expectation`,
    rule: `Activities more than ${t.activityGapPercent}% below the expectation is an activity gap (will, not skill); it is one to act on when results are short too${resultsShort ? ', as they are' : '; results are on target, so watch it'}.`,
    metric: 'activities',
    numbers: [
      { label: 'Activities', value: m.values.activities.formula },
      { label: 'Expectation', value: standing.target.formula },
      {
        label: 'Per week',
        value:
          weeks > 0
            ? formatCount(Math.round(((standing.actual.value ?? 0) / weeks) * 10) / 10)
            : '—'
      },
      ...(meetingsStanding
        ? [{ label: 'Meetings with an agreed next step', value: meetingsStanding.explanation }]
        : []),
      ...(revenue ? [{ label: 'Closed-won revenue', value: revenue.explanation }] : [])
    ],
    actions: [
      {
        kind: 'structureDay',
        text: 'Agree a structured sales day for the next two weeks (time blocks for prospecting calls, follow-ups and meetings) with a five-minute check-in each morning and evening on the numbers.'
      },
      {
        kind: 'oneOnOne',
        text: 'Ask what gets in the way of selling time (admin, internal meetings, motivation) before setting the daily numbers together.'
      }
    ]
  }
}
