import type { CalendarDate } from '../domain'
import { DEFAULT_STAGE_KEYS } from '../defaults'
import { addDays, daysBetween, maxDay } from './calendar'
import type { Rng } from './random'
import { accountName, dealName } from './text'
import type { DemoContext, DemoRep, Funnel } from './types'

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
  [6, 10],
  [8, 16],
  [8, 16],
  [8, 18],
  [6, 12],
  [3, 8]
]
const LOSS_DWELL: readonly [number, number] = [10, 35]
/** Deals that die at the stall stage sit there for weeks first: they pile up. */
const STALL_LOSS_DWELL: readonly [number, number] = [60, 120]

export const randomDays = (rng: Rng, range: readonly [number, number] | undefined): number =>
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
  let dollars = baseDollars * Math.min(2, Math.max(0.45, rng.normal(1, 0.2)))
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
 * The furthest stage of each deal (in date order) and which ones are won. Winners are chosen
 * first at the funnel's overall rate, then the losers of each stage at their exact share, all
 * spread evenly over time: stage conversions match the funnel and no quarter is lucky.
 */
function planFates(
  rng: Rng,
  count: number,
  funnel: Funnel
): { furthest: number[]; won: Set<number> } {
  const reach = funnel.map((_, stage) => funnel.slice(0, stage).reduce((a, p) => a * p, 1))
  const wonShare = funnel.reduce((a, p) => a * p, 1)
  const all = Array.from({ length: count }, (_, i) => i)
  const won = new Set(spreadSelect(rng, all, wonShare))
  const furthest = all.map(() => CLOSE_STAGE)
  let rest = all.filter((i) => !won.has(i))
  let remainingShare = 1 - wonShare
  for (let stage = 0; stage < CLOSE_STAGE; stage++) {
    const lostHere = (reach[stage] ?? 0) * (1 - (funnel[stage] ?? 0))
    const chosen = new Set(
      spreadSelect(rng, rest, remainingShare > 0 ? lostHere / remainingShare : 0)
    )
    for (const i of chosen) furthest[i] = stage
    rest = rest.filter((i) => !chosen.has(i))
    remainingShare -= lostHere
  }
  return { furthest, won }
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
  const { furthest, won } = planFates(rng, count, profile.funnel)
  const stallIndex = DEFAULT_STAGE_KEYS.indexOf(ctx.stallStage)
  const stalls = profile.archetype === 'stallsAtStage'

  const plans = created.map((day, i) => {
    const plan = newDeal(rng, rep.id, day)
    const last = furthest[i] ?? 0
    for (let stage = 1; stage <= last; stage++) {
      const previous = plan.stageEntries[stage - 1] ?? day
      plan.stageEntries.push(addDays(previous, randomDays(rng, ADVANCE_DWELL[stage - 1])))
    }
    const isWon = won.has(i)
    const lossDwell = stalls && last === stallIndex ? STALL_LOSS_DWELL : LOSS_DWELL
    const endsAfter = isWon
      ? randomDays(rng, ADVANCE_DWELL[CLOSE_STAGE])
      : randomDays(rng, lossDwell)
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
    // Abandoned early in the funnel, away from the stall stage, so that signal stays one rep's.
    const last = rng.pick([1, 2, 3].filter((s) => DEFAULT_STAGE_KEYS[s] !== ctx.stallStage))
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
