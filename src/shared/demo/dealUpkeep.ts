/** How a rep looks after deals over time (close-date pushes, next steps), and the market dip. */
import type { CalendarDate } from '../domain'
import { addDays } from './calendar'
import { isOpenOn, randomDays, type DealPlan } from './dealPlans'
import type { Rng } from './random'
import type { HygieneStyle } from './types'

const LAG: Record<HygieneStyle, readonly [number, number]> = {
  spotless: [0, 0],
  clean: [0, 4],
  sloppy: [5, 30]
}
const PUSH_BY: Record<HygieneStyle, readonly [number, number]> = {
  spotless: [21, 45],
  clean: [30, 60],
  sloppy: [10, 25]
}

/** Moves the forecast close date each time it passes while the deal is still open. */
export function planPushes(
  rng: Rng,
  plan: DealPlan,
  style: HygieneStyle,
  today: CalendarDate
): void {
  if (plan.pushes.length > 0 || plan.neglectFrom) return
  let expected = plan.expectedClose
  for (let i = 0; i < 12; i++) {
    const on = addDays(expected, randomDays(rng, LAG[style]))
    if (on > today || (plan.decision && on >= plan.decision.on)) break
    expected = addDays(on, randomDays(rng, PUSH_BY[style]))
    plan.pushes.push({ on, to: expected })
  }
}

/**
 * Which deals carry a next step. Exact counts on the deals open today: a clean rep misses one
 * in ten (at least one), a sloppy rep half; a spotless rep none.
 */
export function planNextSteps(
  rng: Rng,
  plans: DealPlan[],
  style: HygieneStyle,
  today: CalendarDate
): void {
  const open = plans.filter((p) => isOpenOn(p, today) && !p.neglectFrom)
  const closed = plans.filter((p) => !isOpenOn(p, today))
  const missing =
    style === 'spotless'
      ? 0
      : style === 'clean'
        ? Math.max(1, Math.round(open.length * 0.1))
        : Math.round(open.length * 0.5)
  const blank = new Set(rng.sample(open, Math.min(open.length, missing)))
  for (const p of open) p.hasNextStep = !blank.has(p)
  const keep = style === 'spotless' ? 1 : style === 'clean' ? 0.9 : 0.6
  for (const p of closed) p.hasNextStep = rng.chance(keep)
}

/**
 * A market dip: in one quarter about two thirds of every rep's would-be wins end as "no
 * decision" instead. Activity is untouched, so it reads as market, not will.
 */
export function applyTeamDip(
  rng: Rng,
  plans: DealPlan[],
  dip: { start: CalendarDate; end: CalendarDate }
): void {
  const inDip = (p: DealPlan): boolean =>
    p.decision?.status === 'won' && p.decision.on >= dip.start && p.decision.on <= dip.end
  const byRep = new Map<string, DealPlan[]>()
  for (const p of plans.filter(inDip)) byRep.set(p.repId, [...(byRep.get(p.repId) ?? []), p])
  for (const wins of byRep.values()) {
    for (const p of rng.sample(wins, Math.round(wins.length * 0.65))) {
      if (p.decision) p.decision = { on: p.decision.on, status: 'lost' }
    }
  }
}
