import type { Activity, CalendarDate, ExpectationSet, OneOnOne, Opportunity, Rep } from '../domain'
import { lastHeldDay } from '../oneOnOnes/carryOver'
import { inRange, lastNDays, quarterOf, type DateRange } from './dates'
import { rampFactor } from './ramp'
import { activeRange, dimensionTarget, revenueDimension } from './targets'

/** The few numbers the Team screen shows per rep. */
export interface RepHeadline {
  repId: string
  quarter: DateRange
  /** Closed-won revenue this quarter, minor units. */
  closedWonMinor: number
  /** Quarterly revenue target after ramp proration, minor units; undefined when none is set. */
  quarterTargetMinor?: number
  /** closedWon / target, e.g. 0.82; undefined without a target. */
  attainment?: number
  openPipelineMinor: number
  openOpportunities: number
  activitiesLast4Weeks: number
  lastOneOnOne?: CalendarDate
  /** Share of the full target this rep is held to today (1 once the ramp is over). */
  rampFactor: number
  currency: string
}

/** The rep's quarterly closed-won revenue target, from the role's expectation set. */
export function quarterlyRevenueTarget(
  rep: Pick<Rep, 'id'>,
  expectations: ExpectationSet | undefined
): { minor: number; currency?: string } | undefined {
  const dim = expectations?.dimensions.find(
    (d) => d.metric === 'closedWonRevenue' && d.period === 'quarter'
  )
  if (!dim) return undefined
  const override = expectations?.overrides.find(
    (o) => o.repId === rep.id && o.dimensionKey === dim.key
  )
  return { minor: override?.target ?? dim.target, currency: dim.currency }
}

export interface HeadlineInput {
  rep: Rep
  expectations?: ExpectationSet
  opportunities: readonly Opportunity[]
  activities: readonly Activity[]
  oneOnOnes: readonly OneOnOne[]
  today: CalendarDate
  currency: string
  /**
   * The period the screens share (Team, Dashboard, rep page): attainment is then worked out
   * exactly as the dashboard does (won in the days employed, to date, against the revenue
   * dimension's target for the range). Absent: this quarter, as before.
   */
  range?: DateRange
}

/** Attainment over a chosen range, the dashboard's way (see compute.ts). */
function rangeAttainment(
  input: HeadlineInput,
  range: DateRange
): Pick<RepHeadline, 'closedWonMinor' | 'quarterTargetMinor' | 'attainment' | 'currency'> {
  const { rep, today } = input
  const measured = activeRange(rep, range, today)
  let closedWonMinor = 0
  for (const o of input.opportunities) {
    if (o.repId === rep.id && o.status === 'won' && measured && inRange(o.closeDate, measured)) {
      closedWonMinor += o.amount?.minor ?? 0
    }
  }
  const dim = revenueDimension(input.expectations)
  const target = dim ? dimensionTarget(dim, input.expectations, rep, range, today) : undefined
  return {
    closedWonMinor,
    quarterTargetMinor: target?.target,
    attainment: target && target.target > 0 ? closedWonMinor / target.target : undefined,
    currency: dim?.currency ?? input.currency
  }
}

export function repHeadline(input: HeadlineInput): RepHeadline {
  const { rep, today } = input
  const quarter = input.range ?? quarterOf(today)
  const recent = lastNDays(today, 28)
  let closedWonMinor = 0
  let openPipelineMinor = 0
  let openOpportunities = 0
  for (const o of input.opportunities) {
    if (o.repId !== rep.id) continue
    if (o.status === 'won' && inRange(o.closeDate, quarter)) closedWonMinor += o.amount?.minor ?? 0
    if (o.status === 'open') {
      openOpportunities += 1
      openPipelineMinor += o.amount?.minor ?? 0
    }
  }
  const activitiesLast4Weeks = input.activities.filter(
    (a) => a.repId === rep.id && inRange(a.date, recent)
  ).length
  const factor = rampFactor(rep, today)
  const target = quarterlyRevenueTarget(rep, input.expectations)
  const quarterTargetMinor = target ? Math.round(target.minor * factor) : undefined
  return {
    repId: rep.id,
    quarter,
    closedWonMinor,
    quarterTargetMinor,
    attainment: quarterTargetMinor ? closedWonMinor / quarterTargetMinor : undefined,
    openPipelineMinor,
    openOpportunities,
    activitiesLast4Weeks,
    lastOneOnOne: lastHeldDay(
      input.oneOnOnes.filter((m) => m.repId === rep.id),
      today
    ),
    rampFactor: factor,
    currency: target?.currency ?? input.currency,
    ...(input.range ? rangeAttainment(input, input.range) : {})
  }
}
