import { z } from 'zod'
import { CalendarDate, CurrencyCode, Id, NonEmptyText, RecordStamp, Timestamp } from './common'

/** A stage of the manager's sales process, with the CRM stage names that map onto it. */
export const SalesStage = z.object({
  key: NonEmptyText,
  name: NonEmptyText,
  order: z.number().int().min(0),
  exitCriteria: z.array(NonEmptyText),
  crmStageNames: z.array(z.string())
})
export type SalesStage = z.infer<typeof SalesStage>

export const SalesProcess = RecordStamp.extend({
  name: NonEmptyText,
  stages: z.array(SalesStage).min(1),
  /** CRM stage names that mean the deal is closed won / closed lost. */
  wonStageNames: z.array(z.string()),
  lostStageNames: z.array(z.string())
})
export type SalesProcess = z.infer<typeof SalesProcess>

export const Role = RecordStamp.extend({
  name: NonEmptyText,
  /** Issue 14: dated renames and default-ramp changes (oldest first). */
  changes: z
    .array(
      z.object({
        at: Timestamp,
        field: z.enum(['name', 'defaultRampMonths']),
        from: z.string(),
        to: z.string()
      })
    )
    .optional(),
  description: z.string().default(''),
  /** Default ramp for new reps in this role, in months. */
  defaultRampMonths: z.number().int().min(0).max(24),
  expectationSetId: Id.optional()
})
export type Role = z.infer<typeof Role>

/**
 * Issue 14: one dated change to a rep that moves a number or their standing (start date, ramp,
 * role, leaving, a merge). Kept on the rep so the history travels with backups.
 */
export const RepChange = z.object({
  at: Timestamp,
  field: z.enum(['startDate', 'rampMonths', 'roleId', 'active', 'merged']),
  from: z.string(),
  to: z.string(),
  /** The day the change takes effect, when it is not the day it was made (leaving). */
  effectiveOn: CalendarDate.optional()
})
export type RepChange = z.infer<typeof RepChange>

export const Rep = RecordStamp.extend({
  name: NonEmptyText,
  email: z.email().optional(),
  roleId: Id,
  startDate: CalendarDate,
  rampMonths: z.number().int().min(0).max(24),
  territory: z.string().default(''),
  /** Names, emails or CRM user ids that map CRM rows to this rep (matched case-insensitively). */
  crmAliases: z.array(NonEmptyText),
  /** How often the manager holds a 1:1 with this rep. */
  oneOnOneCadenceDays: z.number().int().min(1).max(90).default(7),
  active: z.boolean().default(true),
  /** Issue 14: the day an inactive rep left (kept in history, out of current screens). */
  leftOn: CalendarDate.optional(),
  /** Issue 14: a duplicate merged into another rep: its records moved there. */
  mergedInto: Id.optional(),
  /** Issue 14: dated changes of start date, ramp, role, leaving and merges (oldest first). */
  changes: z.array(RepChange).optional()
})
export type Rep = z.infer<typeof Rep>

export const MetricKey = z.enum([
  'closedWonRevenue',
  'attainment',
  'pipelineCreated',
  'pipelineCoverage',
  'winRate',
  'averageDealSize',
  'salesCycleDays',
  'stageConversion',
  'activities',
  'meetings',
  'meetingsWithNextStep',
  'crmHygiene',
  'observationScore',
  'expenses',
  'csat',
  'margin',
  'teamwork'
])
export type MetricKey = z.infer<typeof MetricKey>

export const Period = z.enum(['week', 'month', 'quarter'])
export type Period = z.infer<typeof Period>

/** One dimension of a performance plan: what is measured, the target, and how to read it. */
export const ExpectationDimension = z.object({
  key: NonEmptyText,
  label: NonEmptyText,
  metric: MetricKey,
  target: z.number(),
  /** For money targets the unit is minor units of `currency`. */
  currency: CurrencyCode.optional(),
  period: Period,
  direction: z.enum(['atLeast', 'atMost']),
  indicator: z.enum(['leading', 'lagging']),
  weight: z.number().min(0).max(100),
  /**
   * Issue 14: every target this dimension had, oldest first. Absent: `target` always applied.
   * The last version's target equals `target`; a past period is scored with the version in
   * force on its last day.
   */
  targetVersions: z
    .array(
      z.object({
        target: z.number(),
        /** First day in force; absent for the original target (in force from the start). */
        effectiveFrom: CalendarDate.optional(),
        setAt: Timestamp
      })
    )
    .optional()
})
export type ExpectationDimension = z.infer<typeof ExpectationDimension>

export const ExpectationOverride = z.object({
  repId: Id,
  dimensionKey: NonEmptyText,
  target: z.number(),
  reason: NonEmptyText,
  setAt: Timestamp
})
export type ExpectationOverride = z.infer<typeof ExpectationOverride>

export const ExpectationSet = RecordStamp.extend({
  roleId: Id,
  name: NonEmptyText,
  dimensions: z.array(ExpectationDimension),
  /** Per-rep overrides exist only with a written reason (the fairness check lists them). */
  overrides: z.array(ExpectationOverride),
  teamPriorities: z.array(NonEmptyText).default([]),
  stopDoing: z.array(NonEmptyText).default([]),
  /** The period the priorities are for, as the manager names it ("Q4 2026"). */
  prioritiesPeriod: z.string().trim().max(60).optional()
})
export type ExpectationSet = z.infer<typeof ExpectationSet>
