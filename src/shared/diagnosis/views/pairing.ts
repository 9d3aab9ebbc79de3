import { formatPercentValue, type Scorecard } from '../../metrics'
import type { QuadrantChart } from './quadrant'

/** Two reps who would learn from each other, and why. */
export interface PairingSuggestion {
  /** Strong results, process below the standard. */
  closerRepId: string
  /** Process at the standard, results below target. */
  processRepId: string
  why: string
  numbers: { label: string; value: string }[]
}

const pct = (n: number | undefined): string =>
  formatPercentValue(n === undefined ? undefined : Math.round(n))

/**
 * Pairs each strong closer with weak process (quadrant 'resultsOnly') with a strong-process rep
 * who cannot close ('processOnly', past the ramp): the best closer with the lowest win rate, and
 * so on down both lists.
 * Each learns the other's strength: closing from one, the CRM and meeting routine from the
 * other.
 */
export function pairingSuggestions(
  chart: QuadrantChart,
  cards: readonly Scorecard[]
): PairingSuggestion[] {
  const byId = new Map(cards.map((c) => [c.repId, c]))
  const winRate = (repId: string): number | undefined =>
    byId.get(repId)?.metrics.values.winRate.value
  const closers = chart.points
    .filter((p) => p.quadrant === 'resultsOnly')
    .sort((a, b) => (b.results ?? 0) - (a.results ?? 0))
  // The weakest closer (lowest win rate) first; a rep still in the ramp has not shown yet
  // whether they can close, so is not paired on it.
  const process = chart.points
    .filter(
      (p) => p.quadrant === 'processOnly' && (byId.get(p.repId)?.metrics.rampFactor ?? 1) >= 1
    )
    .sort(
      (a, b) =>
        (winRate(a.repId) ?? 100) - (winRate(b.repId) ?? 100) || (a.results ?? 0) - (b.results ?? 0)
    )
  const pairs: PairingSuggestion[] = []
  for (let i = 0; i < Math.min(closers.length, process.length); i++) {
    const c = closers[i]
    const p = process[i]
    if (!c || !p) continue
    const cWin = byId.get(c.repId)?.metrics.values.winRate.value
    const pWin = byId.get(p.repId)?.metrics.values.winRate.value
    const cHyg = byId.get(c.repId)?.metrics.values.crmHygiene.value
    const pHyg = byId.get(p.repId)?.metrics.values.crmHygiene.value
    pairs.push({
      closerRepId: c.repId,
      processRepId: p.repId,
      why: `One closes (attainment ${pct(c.results)}, win rate ${pct(cWin)}) but keeps the process below the standard (process score ${pct(c.process)}); the other keeps the process (${pct(p.process)}) but does not close (attainment ${pct(p.results)}, win rate ${pct(pWin)}). A joint deal review or shadowing a late-stage meeting teaches closing one way and the pipeline routine the other.`,
      numbers: [
        { label: 'Attainment', value: `${pct(c.results)} and ${pct(p.results)}` },
        { label: 'Process score', value: `${pct(c.process)} and ${pct(p.process)}` },
        { label: 'Win rate', value: `${pct(cWin)} and ${pct(pWin)}` },
        { label: 'CRM hygiene', value: `${pct(cHyg)} and ${pct(pHyg)}` }
      ]
    })
  }
  return pairs
}
