import { z } from 'zod'
import { CalendarDate, Id, NonEmptyText, RecordStamp, Timestamp } from './common'

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

export const PlanGoal = z.object({
  key: NonEmptyText,
  description: NonEmptyText,
  /** The measurable standard to reach. */
  standard: NonEmptyText,
  metric: z.string().optional(),
  target: z.number().optional()
})

export const Plan = RecordStamp.extend({
  kind: PlanKind,
  repId: Id,
  title: NonEmptyText,
  status: PlanStatus,
  startDate: CalendarDate,
  endDate: CalendarDate,
  origin: z.enum(['diagnosis', 'coachingPlan', 'scratch']),
  originRef: z.string().optional(),
  repCommitment: z.string().default(''),
  expectations: z.array(z.string()).default([]),
  concerns: z.array(PlanConcern).default([]),
  goals: z.array(PlanGoal),
  support: z.array(z.string()).default([]),
  checkInSchedule: z.string().default(''),
  consequences: z.string().default(''),
  acknowledgement: z
    .object({
      signedOn: CalendarDate.optional(),
      refusedToSign: z.boolean().default(false),
      employeeComments: z.string().default('')
    })
    .optional(),
  outcome: z
    .object({
      result: z.enum(['successful', 'extended', 'unsuccessful']),
      decidedOn: CalendarDate,
      extendedTo: CalendarDate.optional(),
      note: z.string().default('')
    })
    .optional(),
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

export const CheckIn = RecordStamp.extend({
  planId: Id,
  repId: Id,
  scheduledFor: CalendarDate,
  heldOn: CalendarDate.optional(),
  status: z.enum(['scheduled', 'held', 'missed']),
  notes: z.string().default(''),
  progress: z.enum(['onTrack', 'someProgress', 'offTrack']).optional()
})
export type CheckIn = z.infer<typeof CheckIn>

/** Append-only: once a plan is active every change is one of these, never an edit. */
export const PlanAuditEntry = z.object({
  id: Id,
  planId: Id,
  at: Timestamp,
  action: z.enum([
    'created',
    'statusChanged',
    'fieldChanged',
    'checkInAdded',
    'checkInHeld',
    'milestoneChanged',
    'acknowledged',
    'outcomeRecorded'
  ]),
  summary: NonEmptyText,
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional()
})
export type PlanAuditEntry = z.infer<typeof PlanAuditEntry>
