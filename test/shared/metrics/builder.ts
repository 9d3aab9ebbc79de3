/**
 * Small hand-made workspaces for the metrics and diagnosis tests: every record is written out,
 * so each expected number can be worked out by hand from the test itself.
 */
import { createAccountExecutiveRole, createDefaultSalesProcess } from '../../../src/shared/defaults'
import type {
  Activity,
  ActivityType,
  CalendarDate,
  DealStatus,
  ExpectationDimension,
  ExpectationSet,
  ManualMeasure,
  ManualMetric,
  Opportunity,
  OpportunitySnapshot,
  Rep
} from '../../../src/shared/domain'
import {
  addDaysTo,
  indexMetricsData,
  type MetricsIndex,
  type ObservedStageScore
} from '../../../src/shared/metrics'

export const NOW = '2026-01-01T00:00:00.000Z'

export interface DealSpec {
  repId: string
  created: CalendarDate
  /** [day, stageKey] entries in order; the first is usually the created day. */
  stages?: [CalendarDate, string][]
  outcome?: { on: CalendarDate; status: Exclude<DealStatus, 'open'> }
  amount?: number
  closeDate?: CalendarDate
  nextStep?: string
  lastActivityDate?: CalendarDate
  /** Close dates the rep forecast over time, [day it was set, the date]. */
  closeDates?: [CalendarDate, CalendarDate][]
  id?: string
}

export class TeamBuilder {
  readonly process = createDefaultSalesProcess('process', NOW)
  readonly role = createAccountExecutiveRole('role', 'set', NOW)
  readonly reps: Rep[] = []
  readonly opportunities: Opportunity[] = []
  readonly snapshots: OpportunitySnapshot[] = []
  readonly activities: Activity[] = []
  readonly measures: ManualMeasure[] = []
  readonly observed: ObservedStageScore[] = []
  private serial = 0

  get expectations(): ExpectationSet {
    return this.role.expectationSet
  }

  private nextId(prefix: string): string {
    return `${prefix}-${++this.serial}`
  }

  /** Replaces the role's dimensions (e.g. to test one metric alone). */
  dimensions(dims: ExpectationDimension[]): this {
    this.role.expectationSet.dimensions = dims
    return this
  }

  override(repId: string, dimensionKey: string, target: number, reason = 'Territory re-cut'): this {
    this.role.expectationSet.overrides.push({ repId, dimensionKey, target, reason, setAt: NOW })
    return this
  }

  rep(id: string, startDate: CalendarDate = '2020-01-01', rampMonths = 0): this {
    this.reps.push({
      id,
      createdAt: NOW,
      updatedAt: NOW,
      name: `Rep ${id}`,
      roleId: 'role',
      startDate,
      rampMonths,
      territory: '',
      crmAliases: [id],
      oneOnOneCadenceDays: 7,
      active: true
    })
    return this
  }

  deal(spec: DealSpec): string {
    const id = spec.id ?? this.nextId('opp')
    const stages = spec.stages ?? [[spec.created, 'prospect']]
    const amount = { minor: spec.amount ?? 1_000_000, currency: 'USD' }
    let close = spec.closeDate ?? spec.outcome?.on
    const events: { on: CalendarDate; apply: () => void }[] = []
    let stageKey = stages[0]?.[1]
    let status: DealStatus = 'open'
    let forecast: CalendarDate | undefined = spec.closeDates?.[0]?.[1] ?? close
    for (const [on, key] of stages) events.push({ on, apply: () => (stageKey = key) })
    for (const [on, date] of spec.closeDates ?? [])
      events.push({ on, apply: () => (forecast = date) })
    if (spec.outcome) {
      const o = spec.outcome
      events.push({
        on: o.on,
        apply: () => {
          status = o.status
          forecast = o.on
        }
      })
    }
    events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    for (const e of events) {
      e.apply()
      this.snapshots.push({
        id: this.nextId('snap'),
        opportunityId: id,
        takenAt: `${e.on}T18:00:00.000Z`,
        asOf: e.on,
        crmStage: stageKey ?? '',
        stageKey,
        status,
        amount,
        closeDate: forecast,
        nextStep: status === 'open' ? (spec.nextStep ?? 'Call') : ''
      })
    }
    close = status === 'open' ? (forecast ?? close) : spec.outcome?.on
    this.opportunities.push({
      id,
      createdAt: NOW,
      updatedAt: NOW,
      crmId: id,
      source: 'manual',
      repId: spec.repId,
      ownerAlias: spec.repId,
      name: `Deal ${id}`,
      account: '',
      crmStage: stageKey ?? '',
      stageKey,
      status,
      amount,
      createdDate: spec.created,
      closeDate: close,
      nextStep: status === 'open' ? (spec.nextStep ?? 'Call') : '',
      lastActivityDate: spec.lastActivityDate
    })
    return id
  }

  /**
   * Deals created every 3 days from `firstDay`, each moving one stage every `gapDays` days:
   * 'won' goes through every stage and is won; a number is the stage index where it is lost.
   */
  funnel(
    repId: string,
    firstDay: CalendarDate,
    fates: ('won' | number)[],
    amount = 1_000_000,
    gapDays = 5
  ): string[] {
    const keys = this.process.stages.map((s) => s.key)
    return fates.map((fate, i) => {
      const created = addDaysTo(firstDay, i * 3)
      const last = fate === 'won' ? keys.length - 1 : fate
      const stages: [CalendarDate, string][] = keys
        .slice(0, last + 1)
        .map((k, j) => [addDaysTo(created, j * gapDays), k])
      return this.deal({
        repId,
        created,
        stages,
        amount,
        outcome: {
          on: addDaysTo(created, (last + 1) * gapDays),
          status: fate === 'won' ? 'won' : 'lost'
        }
      })
    })
  }

  activity(
    repId: string,
    date: CalendarDate,
    type: ActivityType = 'call',
    extra: Partial<Pick<Activity, 'nextStepAgreed' | 'opportunityId'>> = {}
  ): this {
    this.activities.push({
      id: this.nextId('act'),
      createdAt: NOW,
      updatedAt: NOW,
      source: 'manual',
      repId,
      ownerAlias: repId,
      type,
      subject: type,
      date,
      ...extra
    })
    return this
  }

  /** `count` activities of a type on each weekday from `start` to `end`. */
  dailyActivities(
    repId: string,
    start: CalendarDate,
    end: CalendarDate,
    perDay: number,
    type: ActivityType = 'call',
    extra: Partial<Pick<Activity, 'nextStepAgreed'>> = {}
  ): this {
    for (
      let d = new Date(`${start}T00:00:00Z`);
      d <= new Date(`${end}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const day = d.getUTCDay()
      if (day === 0 || day === 6) continue
      for (let i = 0; i < perDay; i++)
        this.activity(repId, d.toISOString().slice(0, 10), type, extra)
    }
    return this
  }

  measure(
    repId: string,
    metric: ManualMetric,
    periodStart: CalendarDate,
    periodEnd: CalendarDate,
    value: number
  ): this {
    this.measures.push({
      id: this.nextId('m'),
      createdAt: NOW,
      updatedAt: NOW,
      repId,
      metric,
      periodStart,
      periodEnd,
      value,
      note: ''
    })
    return this
  }

  observe(repId: string, stageKey: string, average: number, count: number): this {
    this.observed.push({ repId, stageKey, average, count })
    return this
  }

  index(today: CalendarDate, staleOpportunityDays = 30): MetricsIndex {
    return indexMetricsData({
      reps: this.reps,
      opportunities: this.opportunities,
      snapshots: this.snapshots,
      activities: this.activities,
      manualMeasures: this.measures,
      salesProcess: this.process,
      observedStageScores: this.observed,
      currency: 'USD',
      staleOpportunityDays,
      today
    })
  }
}

/** A dimension with sensible defaults, for tests that need one metric alone. */
export function dimension(
  partial: Partial<ExpectationDimension> & Pick<ExpectationDimension, 'metric' | 'target'>
): ExpectationDimension {
  return {
    key: partial.key ?? partial.metric,
    label: partial.label ?? partial.metric,
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: 10,
    ...partial
  }
}
