import { formatPercentValue, type Scorecard } from '../../metrics'
import { standingFor } from '../context'

export type Quadrant = 'strongBoth' | 'resultsOnly' | 'processOnly' | 'neither' | 'unknown'

/** One rep on the results-vs-process chart. */
export interface QuadrantPoint {
  repId: string
  /** Attainment: closed-won ÷ (ramped, overridden) revenue target × 100. */
  results: number | undefined
  /** Mean of the process parts available, 0-100. */
  process: number | undefined
  quadrant: Quadrant
  /** The parts of the process score, each 0-100, with how it was computed. */
  processParts: { label: string; value: number; formula: string }[]
}

export interface QuadrantChart {
  points: QuadrantPoint[]
  /** The lines dividing the chart: results at target, process at the standard. */
  resultsLine: number
  processLine: number
  formula: string
}

export const PROCESS_SCORE_FORMULA =
  'Process score = mean of: CRM hygiene (% of open deals with no issue); activity against the expectation (% of target, capped at 100); meetings ending with an agreed next step (% of meetings). Parts without data are left out.'

/** The process parts for one rep (0-100 each). */
export function processParts(card: Scorecard): QuadrantPoint['processParts'] {
  const m = card.metrics
  const parts: QuadrantPoint['processParts'] = []
  const hygiene = m.values.crmHygiene
  if (hygiene.value !== undefined) {
    parts.push({ label: 'CRM hygiene', value: hygiene.value, formula: hygiene.formula })
  }
  const activity = standingFor(card, 'activities')
  if (activity && activity.target.target > 0) {
    const pct = Math.min(100, ((activity.actual.value ?? 0) / activity.target.target) * 100)
    parts.push({
      label: 'Activity against the expectation',
      value: pct,
      formula: `${activity.explanation} → ${formatPercentValue(Math.round(pct))} (capped at 100%)`
    })
  }
  const meetings = m.values.meetingsWithNextStep
  if (meetings.denominator) {
    const pct = ((meetings.numerator ?? 0) / meetings.denominator) * 100
    parts.push({
      label: 'Meetings with an agreed next step',
      value: pct,
      formula: meetings.formula
    })
  }
  return parts
}

/**
 * Results against process for every rep: results = attainment, process = the process score
 * (PROCESS_SCORE_FORMULA). A rep is "strong" on an axis at or above its line.
 */
export function resultsProcessQuadrant(
  cards: readonly Scorecard[],
  lines: { resultsLine?: number; processLine?: number } = {}
): QuadrantChart {
  const resultsLine = lines.resultsLine ?? 100
  const processLine = lines.processLine ?? 75
  const points = cards.map((card): QuadrantPoint => {
    const parts = processParts(card)
    const results = card.metrics.values.attainment.value
    const process = parts.length ? parts.reduce((a, p) => a + p.value, 0) / parts.length : undefined
    const quadrant: Quadrant =
      results === undefined || process === undefined
        ? 'unknown'
        : results >= resultsLine
          ? process >= processLine
            ? 'strongBoth'
            : 'resultsOnly'
          : process >= processLine
            ? 'processOnly'
            : 'neither'
    return { repId: card.repId, results, process, quadrant, processParts: parts }
  })
  return { points, resultsLine, processLine, formula: PROCESS_SCORE_FORMULA }
}
