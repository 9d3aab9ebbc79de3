import { z } from 'zod'
import { CalendarDate, CurrencyCode, Id, NonEmptyText, RecordStamp, Timestamp } from './common'

export const PlanKind = z.enum(['coaching', 'pip'])
export type PlanKind = z.infer<typeof PlanKind>

export const PlanStatus = z.enum(['draft', 'hrReview', 'active', 'closed'])
export type PlanStatus = z.infer<typeof PlanStatus>

export const PlanConcern = z.object({
  title: NonEmptyText,
  examples: z.array(z.string()),
  businessImpact: z.string().default(''),
  /** Dated coaching already given, pulled from the app's own records (observation/1:1 ids). */
  coachingGiven: z.array(
    z.object({ date: CalendarDate, summary: NonEmptyText, ref: z.string().optional() })
  )
})
export type PlanConcern = z.infer<typeof PlanConcern>

export const PlanGoal = z.object({
  key: NonEmptyText,
  description: NonEmptyText,
  /** The measurable standard to reach. */
  standard: NonEmptyText,
  metric: z.string().optional(),
  /** In the metric's unit; money in minor units of `currency` (the workspace's when absent). */
  target: z.number().optional(),
  /** Issue 15: the currency of a money goal, copied from the role's expectation. */
  currency: CurrencyCode.optional(),
  /** Where the rep stands when the plan starts, in the metric's unit. */
  baseline: z.number().optional(),
  howMeasured: z.string().default(''),
  /** The role's expectation dimension this goal is measured against, when there is one. */
  dimensionKey: z.string().optional(),
  /** The role's standard target at the time the goal was set (the fairness check compares). */
  roleTarget: z.number().optional(),
  /** Required when the target differs from the role's standard. */
  deviationReason: z.string().default('')
})
export type PlanGoal = z.infer<typeof PlanGoal>

/** "Daily for two weeks, then weekly": phases run one after another from the start date. */
export const CheckInPhase = z.object({
  every: z.enum(['workday', 'week', 'twoWeeks']),
  /** How many check-ins this phase holds; the last phase may run to the end date instead. */
  count: z.number().int().min(1).max(200).optional()
})
export type CheckInPhase = z.infer<typeof CheckInPhase>

export const SalesDayActivity = z.enum(['prospecting', 'followUp', 'crm', 'meetings', 'other'])
export type SalesDayActivity = z.infer<typeof SalesDayActivity>

/** A block of the rep's structured sales day (coaching for an activity problem). */
export const SalesDayBlock = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/, 'expected a time as HH:mm'),
  end: z.string().regex(/^\d{2}:\d{2}$/, 'expected a time as HH:mm'),
  activity: SalesDayActivity,
  what: z.string().default(''),
  /** What the block should produce, e.g. "8 calls" (tied to the role's activity standard). */
  aim: z.string().default('')
})
export type SalesDayBlock = z.infer<typeof SalesDayBlock>

export const AcknowledgementMethod = z.enum(['inPerson', 'email', 'videoCall', 'phone', 'other'])
export type AcknowledgementMethod = z.infer<typeof AcknowledgementMethod>

export const PlanAcknowledgement = z.object({
  signedOn: CalendarDate.optional(),
  refusedToSign: z.boolean().default(false),
  employeeComments: z.string().default(''),
  /** The day the plan was handed over (signed or not) and how. */
  receivedOn: CalendarDate.optional(),
  method: AcknowledgementMethod.optional(),
  /** Who saw a refusal to sign, e.g. the HR contact. */
  witness: z.string().default('')
})
export type PlanAcknowledgement = z.infer<typeof PlanAcknowledgement>

export const PlanOutcome = z.object({
  result: z.enum(['successful', 'extended', 'unsuccessful']),
  decidedOn: CalendarDate,
  extendedTo: CalendarDate.optional(),
  note: z.string().default('')
})
export type PlanOutcome = z.infer<typeof PlanOutcome>

/** How HR reviewed the plan. */
export const HrReviewMethod = z.enum(['meeting', 'email', 'videoCall', 'phone'])
export type HrReviewMethod = z.infer<typeof HrReviewMethod>

/**
 * Issue 15: who at HR reviewed the plan, when, how and what they decided. Recorded by the
 * manager from HR's answer; the manager never approves on HR's behalf without a name.
 */
export const HrReview = z.object({
  reviewer: NonEmptyText,
  reviewedOn: CalendarDate,
  method: HrReviewMethod,
  decision: z.enum(['approved', 'changesRequested']),
  note: z.string().default('')
})
export type HrReview = z.infer<typeof HrReview>

/**
 * Issue 15: the coaching on record when a PIP was started (coach first, then hold
 * accountable). Zero records is a warning the packet prints, with the manager's explanation.
 */
export const CoachingBeforePlan = z.object({
  records: z.number().int().min(0),
  checkedOn: CalendarDate,
  explanation: z.string().default('')
})
export type CoachingBeforePlan = z.infer<typeof CoachingBeforePlan>

export const Plan = RecordStamp.extend({
  kind: PlanKind,
  repId: Id,
  title: NonEmptyText,
  status: PlanStatus,
  startDate: CalendarDate,
  endDate: CalendarDate,
  origin: z.enum(['diagnosis', 'coachingPlan', 'scratch']),
  /** The finding, or the id of the coaching plan this PIP follows. */
  originRef: z.string().optional(),
  /** Names as they were when the plan was written: the document must not change later. */
  roleName: z.string().default(''),
  managerName: z.string().default(''),
  hrContact: z.string().default(''),
  repCommitment: z.string().default(''),
  expectations: z.array(z.string()).default([]),
  concerns: z.array(PlanConcern).default([]),
  goals: z.array(PlanGoal),
  support: z.array(z.string()).default([]),
  checkInSchedule: z.string().default(''),
  checkInPhases: z.array(CheckInPhase).default([]),
  salesDay: z.array(SalesDayBlock).default([]),
  consequences: z.string().default(''),
  acknowledgement: PlanAcknowledgement.optional(),
  outcome: PlanOutcome.optional(),
  /** Issue 15: absent on plans made before HR reviews were recorded. */
  hrReview: HrReview.optional(),
  coachingBefore: CoachingBeforePlan.optional(),
  finalHash: z.string().optional()
})
export type Plan = z.infer<typeof Plan>

export const PlanMilestone = RecordStamp.extend({
  planId: Id,
  repId: Id,
  title: NonEmptyText,
  dueDate: CalendarDate,
  goalKey: z.string().optional(),
  status: z.enum(['pending', 'met', 'missed'])
})
export type PlanMilestone = z.infer<typeof PlanMilestone>

export const GoalStatus = z.enum(['onTrack', 'atRisk', 'offTrack', 'met'])
export type GoalStatus = z.infer<typeof GoalStatus>

/** One goal's state at a check-in, with the value measured over the period where computable. */
export const GoalCheck = z.object({
  goalKey: NonEmptyText,
  status: GoalStatus,
  measured: z.number().optional(),
  /** How the measured value was found, e.g. "activities logged 2026-11-16 to 2026-11-22". */
  measuredNote: z.string().default('')
})
export type GoalCheck = z.infer<typeof GoalCheck>

export const CheckIn = RecordStamp.extend({
  planId: Id,
  repId: Id,
  scheduledFor: CalendarDate,
  heldOn: CalendarDate.optional(),
  status: z.enum(['scheduled', 'held', 'missed']),
  notes: z.string().default(''),
  /** Issue 15: why a check-in was held before its scheduled day (required then). */
  earlyReason: z.string().optional(),
  progress: z.enum(['onTrack', 'someProgress', 'offTrack']).optional(),
  goalChecks: z.array(GoalCheck).default([]),
  nextSteps: z.string().default('')
})
export type CheckIn = z.infer<typeof CheckIn>

/** Append-only: once a plan is active every change is one of these, never an edit. */
export const PlanAuditEntry = z.object({
  id: Id,
  planId: Id,
  at: Timestamp,
  /** Who made the change: the workspace's manager, by name. */
  by: z.string().default(''),
  action: z.enum([
    'created',
    'statusChanged',
    'fieldChanged',
    'checkInAdded',
    'checkInHeld',
    'milestoneChanged',
    'acknowledged',
    'outcomeRecorded',
    'noteAdded',
    'exported'
  ]),
  summary: NonEmptyText,
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /**
   * The hash chain (issue 17, src/shared/plans/auditChain.ts): the SHA-256 of the entry before
   * it in the plan's record (a fixed genesis value for the first) and of this entry's content
   * with that prevHash. Absent only on entries written before schema v4 and never chained.
   */
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 hex digits')
    .optional(),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 hex digits')
    .optional()
})
export type PlanAuditEntry = z.infer<typeof PlanAuditEntry>
