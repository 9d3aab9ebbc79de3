import type { SalesStage } from '../domain'
import type { RepRecords } from './dataIndex'
import { daysBetween, inRange, type DateRange } from './dates'
import type { OpenDeal } from './openDeals'
import { median, share } from './text'
import type { StageConversion } from './types'

/** The proposal stage of a process: key or name "propose"/"proposal" (the default's 'propose'). */
export function proposalStageOrder(stages: readonly SalesStage[]): number | undefined {
  const i = stages.findIndex((s) => /^propos/i.test(s.key) || /^propos/i.test(s.name))
  return i >= 0 ? i : undefined
}

export interface StageSummary {
  stages: StageConversion[]
  /** Distinct deals that moved forward (or were won) inside the range. */
  advancingOpportunities: number
  /** Deals that reached the proposal stage in the range after skipping the stage before it. */
  proposalsWithoutQualification: number
}

/**
 * Stage-to-stage conversion in a range: of the deals that left a stage inside the range (moved
 * on, won, or were lost there), the share that moved on. Deals still sitting in a stage have
 * not had their chance yet and are counted in `openInStage` instead.
 */
export function stageSummary(
  stages: readonly SalesStage[],
  records: RepRecords,
  r: DateRange,
  openDeals: readonly OpenDeal[]
): StageSummary {
  const exited = stages.map(() => 0)
  const advanced = stages.map(() => 0)
  const dwell: number[][] = stages.map(() => [])
  const moving = new Set<string>()
  const proposal = proposalStageOrder(stages)
  let skippedToProposal = 0
  for (const t of records.timelines) {
    for (const e of t.exits) {
      if (!inRange(e.on, r)) continue
      exited[e.order] = (exited[e.order] ?? 0) + 1
      if (!e.advanced) continue
      advanced[e.order] = (advanced[e.order] ?? 0) + 1
      moving.add(t.opportunity.id)
      if (e.enteredOn !== undefined) dwell[e.order]?.push(daysBetween(e.enteredOn, e.on))
      else if (proposal !== undefined && e.order === proposal - 1) skippedToProposal += 1
    }
  }
  const openIn = new Map<string, number>()
  for (const d of openDeals) {
    if (d.stageKey !== undefined) openIn.set(d.stageKey, (openIn.get(d.stageKey) ?? 0) + 1)
  }
  return {
    stages: stages.map((s, i) => ({
      stageKey: s.key,
      stageName: s.name,
      order: i,
      exited: exited[i] ?? 0,
      advanced: advanced[i] ?? 0,
      conversionPercent: share(advanced[i] ?? 0, exited[i] ?? 0),
      medianDaysInStage: median(dwell[i] ?? []),
      openInStage: openIn.get(s.key) ?? 0
    })),
    advancingOpportunities: moving.size,
    proposalsWithoutQualification: skippedToProposal
  }
}
