import type { ActivityType, Activity } from '../domain'
import type { RepRecords } from './dataIndex'
import { daysBetween, inRange, type DateRange } from './dates'
import { DEAL_HYGIENE_KINDS, type DealHygieneKind, type OpenDeal } from './openDeals'

/** What repMetrics counts before it writes formulas: deals, activities, hygiene issues. */

/** Deals created, won and lost in the measured range, with their amounts and cycle days. */
export function dealTally(records: RepRecords, measured: DateRange | undefined) {
  let wonMinor = 0
  let won = 0
  let lost = 0
  let cycleDays = 0
  let cycleDeals = 0
  let createdMinor = 0
  let created = 0
  for (const t of records.timelines) {
    const o = t.opportunity
    if (measured && inRange(o.createdDate, measured)) {
      created += 1
      createdMinor += o.amount?.minor ?? 0
    }
    if (!measured || o.status === 'open' || !inRange(o.closeDate, measured)) continue
    if (o.status === 'lost') {
      lost += 1
      continue
    }
    won += 1
    wonMinor += o.amount?.minor ?? 0
    if (o.createdDate !== undefined && o.closeDate !== undefined) {
      cycleDays += daysBetween(o.createdDate, o.closeDate)
      cycleDeals += 1
    }
  }
  return { wonMinor, won, lost, cycleDays, cycleDeals, createdMinor, created }
}

/** Activities by type, and meetings that ended with an agreed next step. */
export function activityTally(activities: readonly Activity[]) {
  const byType: Record<ActivityType, number> = { call: 0, email: 0, meeting: 0, task: 0 }
  let agreed = 0
  for (const a of activities) {
    byType[a.type] += 1
    if (a.type === 'meeting' && a.nextStepAgreed === true) agreed += 1
  }
  return { byType, agreed }
}

/** Open deals with any hygiene issue, and each issue's count. */
export function hygieneTally(openNow: readonly OpenDeal[]) {
  const byKind = Object.fromEntries(DEAL_HYGIENE_KINDS.map((k) => [k, 0])) as Record<
    DealHygieneKind,
    number
  >
  let withIssue = 0
  for (const d of openNow) {
    if (d.issues.length > 0) withIssue += 1
    for (const k of d.issues) byKind[k] += 1
  }
  return { byKind, withIssue }
}
