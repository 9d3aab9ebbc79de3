import type { CalendarDate } from '../domain'
import { DEFAULT_STAGE_KEYS } from '../defaults'
import { addDays, daysBetween, maxDay } from './calendar'
import type { Rng } from './random'
import { accountName, dealName } from './text'
import type { DemoContext, DemoRep, HygieneStyle } from './types'

/**
 * A deal's whole life, decided up front: when it enters each stage, whether and when it is
 * won or lost, how its forecast close date is pushed. The CRM records are what is visible
 * of that life on or before `today`.
 */
export interface DealPlan {
  repId: string
  account: string
  name: string
  created: CalendarDate
  /** Day each stage was entered; index = stage order, length = furthest stage reached + 1. */
  stageEntries: CalendarDate[]
  /** USD minor units in effect from each stage entry on. */
  amounts: number[]
  /** How the deal ends; undefined = never decided (still open whatever the date). */
  decision?: { on: CalendarDate; status: 'won' | 'lost' }
  /** The first forecast close date. */
  expectedClose: CalendarDate
  /** Each time the rep moved the forecast close date. */
  pushes: { on: CalendarDate; to: CalendarDate }[]
  hasNextStep: boolean
  /** From this day on the rep stops touching the deal: no activities, no updates. */
  neglectFrom?: CalendarDate
}

const CLOSE_STAGE = DEFAULT_STAGE_KEYS.length - 1
/** Days spent in each stage by a deal that moves on. */
const ADVANCE_DWELL: readonly (readonly [number, number])[] = [
  [5, 12], [7, 18], [7, 18], [7, 20], [5, 15], [3, 10]
]
const LOSS_DWELL: readonly [number, number] = [10, 35]
/** Deals that die at the stall stage sit there for weeks first: they pile up. */
const STALL_LOSS_DWELL: readonly [number, number] = [35, 80]

const dwell = (rng: Rng, range: readonly [number, number] | undefined): number =>
  range ? rng.int(range[0], range[1]) : 7

export const isOpenOn = (plan: DealPlan, day: CalendarDate): boolean =>
  plan.created <= day && (plan.decision === undefined || plan.decision.on > day)

/** The stage the deal was in on `day` (0 before creation). */
export function stageOn(plan: DealPlan, day: CalendarDate): number {
  let stage = 0
  plan.stageEntries.forEach((entered, i) => {
    if (entered <= day) stage = i
  })
  return stage
}

function roundAmount(dollars: number): number {
  return Math.max(500, Math.round(dollars / 500) * 500) * 100
}

/** Amounts per stage: re-priced at the proposal, trimmed in negotiation. */
function amountsFor(rng: Rng, baseDollars: number, stages: number): number[] {
  const amounts: number[] = []
  let dollars = baseDollars * Math.min(2, Math.max(0.45, rng.normal(1, 0.22)))
  for (let i = 0; i < stages; i++) {
    if (i === 3) dollars *= rng.float(0.85, 1.25)
    if (i === 4) dollars *= rng.float(0.88, 1)
    amounts.push(roundAmount(dollars))
  }
  return amounts
}

function newDeal(rng: Rng, repId: string, created: CalendarDate): DealPlan {
  const account = accountName(rng)
  return {
    repId,
    account,
    name: dealName(rng, account),
    created,
    stageEntries: [created],
    amounts: [],
    expectedClose: addDays(created, rng.int(45, 90)),
    pushes: [],
    hasNextStep: true
  }
}

/**
 * Systematic sampling: keeps the share `probability` of `items` (in date order), spread evenly
 * over time, so wins do not bunch up in one quarter by chance.
 */
function spreadSelect<T>(rng: Rng, items: readonly T[], probability: number): T[] {
  const kept: T[] = []
  let carry = rng.next()
  for (const item of items) {
    carry += probability
    if (carry >= 1) {
      carry -= 1
      kept.push(item)
    }
  }
  return kept
}

/**
 * A rep's regular deals from five months before the window to today. Outcomes follow the
 * rep's funnel with exact shares at each stage, so every seed shows the same shape with
 * little noise.
 */
export function planFunnelDeals(rng: Rng, ctx: DemoContext, demoRep: DemoRep): DealPlan[] {
  const { rep, profile } = demoRep
  const from = maxDay(addDays(ctx.windowStart, -150), rep.startDate)
  const span = daysBetween(from, addDays(ctx.today, -2))
  const count = Math.round((profile.oppsPerMonth * span) / 30.44)
  // Stratified: one deal per slot of the span, so every quarter gets its share.
  const created = Array.from({ length: count }, (_, i) =>
    addDays(from, Math.floor(((i + rng.next()) * span) / count))
  )
  const furthest = created.map(() => 0)
  let reached = created.map((_, i) => i)
  profile.funnel.forEach((probability, stage) => {
    reached = spreadSelect(rng, reached, probability)
    for (const i of reached) furthest[i] = Math.min(CLOSE_STAGE, stage + 1)
  })
  const won = new Set(reached)
  const stallIndex = DEFAULT_STAGE_KEYS.indexOf(ctx.stallStage)
  const stalls = profile.archetype === 'stallsAtStage'

  const plans = created.map((day, i) => {
    const plan = newDeal(rng, rep.id, day)
    const last = furthest[i] ?? 0
    for (let stage = 1; stage <= last; stage++) {
      const previous = plan.stageEntries[stage - 1] ?? day
      plan.stageEntries.push(addDays(previous, dwell(rng, ADVANCE_DWELL[stage - 1])))
    }
    const isWon = won.has(i)
    const lossDwell = stalls && last === stallIndex ? STALL_LOSS_DWELL : LOSS_DWELL
    const endsAfter = isWon ? dwell(rng, ADVANCE_DWELL[CLOSE_STAGE]) : dwell(rng, lossDwell)
    const lastEntry = plan.stageEntries[last] ?? day
    plan.decision = { on: addDays(lastEntry, endsAfter), status: isWon ? 'won' : 'lost' }
    plan.amounts = amountsFor(rng, profile.dealSizeDollars, last + 1)
    return plan
  })
  // Deals decided before the window are not part of the 12 months of data.
  return plans.filter((p) => p.decision === undefined || p.decision.on >= ctx.windowStart)
}

/**
 * Deals the top producer stopped working: forecast pushed two or three times, then left with
 * a close date in the past, no next step and nothing logged for 45+ days.
 */
export function planNeglectedDeals(
  rng: Rng,
  ctx: DemoContext,
  demoRep: DemoRep,
  count: number
): DealPlan[] {
  return Array.from({ length: count }, () => {
    const plan = newDeal(rng, demoRep.rep.id, addDays(ctx.today, -rng.int(150, 230)))
    plan.neglectFrom = addDays(ctx.today, -rng.int(50, 85))
    plan.hasNextStep = false
    plan.expectedClose = addDays(plan.created, rng.int(25, 35))
    const last = rng.int(1, 3)
    for (let stage = 1; stage <= last; stage++) {
      const previous = plan.stageEntries[stage - 1] ?? plan.created
      plan.stageEntries.push(addDays(previous, rng.int(8, 18)))
    }
    plan.amounts = amountsFor(rng, demoRep.profile.dealSizeDollars * 1.2, last + 1)
    const pushCount = rng.int(2, 3)
    const first = addDays(plan.expectedClose, 2)
    const gap = daysBetween(first, addDays(plan.neglectFrom, -3)) / (pushCount - 1)
    const ons = Array.from({ length: pushCount }, (_, i) => addDays(first, Math.round(i * gap)))
    plan.pushes = ons.map((on, i) => {
      const nextOn = ons[i + 1]
      return { on, to: nextOn ? addDays(nextOn, -rng.int(1, 4)) : addDays(on, rng.int(14, 25)) }
    })
    return plan
  })
}

/**
 * The new rep's book after about two months: three deals at the proposal, three early ones,
 * nothing closed yet.
 */
export function planRampDeals(rng: Rng, ctx: DemoContext, demoRep: DemoRep): DealPlan[] {
  const { rep, profile } = demoRep
  const proposals = Array.from({ length: 3 }, () => {
    const plan = newDeal(rng, rep.id, addDays(rep.startDate, rng.int(8, 20)))
    for (const gap of [rng.int(4, 8), rng.int(5, 9), rng.int(5, 10)]) {
      const previous = plan.stageEntries[plan.stageEntries.length - 1] ?? plan.created
      plan.stageEntries.push(addDays(previous, gap))
    }
    plan.expectedClose = addDays(plan.created, rng.int(70, 90))
    plan.amounts = amountsFor(rng, profile.dealSizeDollars, 4)
    return plan
  })
  const early = [0, 1, 1].map((last, i) => {
    const plan = newDeal(rng, rep.id, addDays(ctx.today, -rng.int(8, 25)))
    if (last === 1) plan.stageEntries.push(addDays(plan.created, rng.int(3, 6)))
    plan.amounts = amountsFor(rng, profile.dealSizeDollars, last + 1)
    // A new rep forgets a next step now and then.
    plan.hasNextStep = i !== 0
    return plan
  })
  return [...proposals, ...early]
}

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
export function planPushes(rng: Rng, plan: DealPlan, style: HygieneStyle, today: CalendarDate): void {
  if (plan.pushes.length > 0 || plan.neglectFrom) return
  let expected = plan.expectedClose
  for (let i = 0; i < 12; i++) {
    const on = addDays(expected, dwell(rng, LAG[style]))
    if (on > today || (plan.decision && on >= plan.decision.on)) break
    expected = addDays(on, dwell(rng, PUSH_BY[style]))
    plan.pushes.push({ on, to: expected })
  }
}

/**
 * Which deals carry a next step. Exact counts on the deals open today: a clean rep misses one
 * in ten (at least one), a sloppy rep half; a spotless rep none.
 */
export function planNextSteps(rng: Rng, plans: DealPlan[], style: HygieneStyle, today: CalendarDate): void {
  const open = plans.filter((p) => isOpenOn(p, today) && !p.neglectFrom)
  const closed = plans.filter((p) => !isOpenOn(p, today))
  const missing =
    style === 'spotless' ? 0 : style === 'clean' ? Math.max(1, Math.round(open.length * 0.1)) : Math.round(open.length * 0.5)
  const blank = new Set(rng.sample(open, Math.min(open.length, missing)))
  for (const p of open) p.hasNextStep = !blank.has(p)
  const keep = style === 'spotless' ? 1 : style === 'clean' ? 0.9 : 0.6
  for (const p of closed) p.hasNextStep = rng.chance(keep)
}

/**
 * A market dip: in one quarter about two thirds of every rep's would-be wins end as "no
 * decision" instead. Activity is untouched, so it reads as market, not will.
 */
export function applyTeamDip(rng: Rng, plans: DealPlan[], dip: { start: CalendarDate; end: CalendarDate }): void {
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
