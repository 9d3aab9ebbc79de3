import { z } from 'zod'
import { CalendarDate, Id, Money, NonEmptyText, RecordStamp, Timestamp } from './common'

export const CrmSource = z.enum([
  'salesforceReport',
  'salesforceExport',
  'hubspot',
  'pipedrive',
  'generic',
  'demo',
  'manual'
])
export type CrmSource = z.infer<typeof CrmSource>

export const DealStatus = z.enum(['open', 'won', 'lost'])
export type DealStatus = z.infer<typeof DealStatus>

export const Opportunity = RecordStamp.extend({
  /** The CRM's own id: re-imports update by it. */
  crmId: NonEmptyText,
  source: CrmSource,
  repId: Id.optional(),
  ownerAlias: z.string(),
  name: NonEmptyText,
  account: z.string().default(''),
  /** The CRM's stage name as exported, and the sales-process stage it maps onto. */
  crmStage: z.string(),
  stageKey: z.string().optional(),
  status: DealStatus,
  amount: Money.optional(),
  /** Blank in some exports (e.g. analytics datasets leave it empty on prospects). */
  createdDate: CalendarDate.optional(),
  closeDate: CalendarDate.optional(),
  nextStep: z.string().default(''),
  lastActivityDate: CalendarDate.optional(),
  importId: Id.optional(),
  /**
   * Set while the deal's history fields (stage, status, amount, close date, next step) are as
   * an import first found them: the record itself is then its first history snapshot, as of
   * that day (firstSnapshots, no snapshot row is written for it). The import that first moves
   * one of those fields writes that state as a snapshot row and clears this.
   */
  unchangedSince: z
    .object({ asOf: CalendarDate, takenAt: Timestamp, importId: Id.optional() })
    .optional()
})
export type Opportunity = z.infer<typeof Opportunity>

/** A dated copy of the fields whose movement matters (stage, amount, close date, next step). */
export const OpportunitySnapshot = z.object({
  id: Id,
  opportunityId: Id,
  takenAt: Timestamp,
  /** The date the state was true in the CRM (export date or demo date). */
  asOf: CalendarDate,
  crmStage: z.string(),
  stageKey: z.string().optional(),
  status: DealStatus,
  amount: Money.optional(),
  closeDate: CalendarDate.optional(),
  nextStep: z.string(),
  importId: Id.optional()
})
export type OpportunitySnapshot = z.infer<typeof OpportunitySnapshot>

/** The history fields of a deal, as its snapshots copy them. */
/** The fields a deal's history keeps: a change to any of them is a move (a new snapshot). */
export const HISTORY_FIELDS = [
  'crmStage',
  'stageKey',
  'status',
  'amount',
  'closeDate',
  'nextStep'
] as const satisfies readonly (keyof Opportunity & keyof OpportunitySnapshot)[]

export type OpportunityState = Pick<Opportunity, (typeof HISTORY_FIELDS)[number]>

/** A snapshot of `state` for the deal `opportunityId`: the fields the history reads. */
export function snapshotOf(
  state: OpportunityState,
  opportunityId: string,
  when: { id: string; asOf: string; takenAt: string; importId?: string }
): OpportunitySnapshot {
  return {
    id: when.id,
    opportunityId,
    takenAt: when.takenAt,
    asOf: when.asOf,
    crmStage: state.crmStage,
    stageKey: state.stageKey,
    status: state.status,
    amount: state.amount,
    closeDate: state.closeDate,
    nextStep: state.nextStep,
    importId: when.importId
  }
}

/**
 * The first snapshots that stand in their deal's record (`unchangedSince`): with the stored
 * snapshot rows, a deal's whole history. Ids end in `#first` and never reach the database.
 */
export function firstSnapshots(opportunities: readonly Opportunity[]): OpportunitySnapshot[] {
  const found: OpportunitySnapshot[] = []
  for (const o of opportunities) {
    if (o.unchangedSince)
      found.push(snapshotOf(o, o.id, { id: `${o.id}#first`, ...o.unchangedSince }))
  }
  return found
}

export const ActivityType = z.enum(['call', 'email', 'meeting', 'task'])
export type ActivityType = z.infer<typeof ActivityType>

export const Activity = RecordStamp.extend({
  crmId: z.string().optional(),
  source: CrmSource,
  repId: Id.optional(),
  ownerAlias: z.string(),
  type: ActivityType,
  subject: z.string(),
  date: CalendarDate,
  opportunityId: Id.optional(),
  durationSeconds: z.number().int().min(0).optional(),
  /** For meetings: did the customer agree to a concrete next step? */
  nextStepAgreed: z.boolean().optional(),
  importId: Id.optional()
})
export type Activity = z.infer<typeof Activity>

export const ImportKind = z.enum(['opportunities', 'activities', 'reps', 'manualMeasures'])
export type ImportKind = z.infer<typeof ImportKind>

export const ImportCounts = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  skipped: z.number().int().min(0),
  rejected: z.number().int().min(0)
})
export type ImportCounts = z.infer<typeof ImportCounts>

/** One committed import: what came in, from which file, and how to undo it. */
export const ImportRecord = RecordStamp.extend({
  fileName: NonEmptyText,
  kind: ImportKind,
  source: CrmSource,
  importedAt: Timestamp,
  counts: ImportCounts,
  notes: z.array(z.string()),
  undone: z.boolean().default(false),
  /**
   * Issue 14: a people file's choice of whose team joined (the managers, and the people left
   * out with their manager), so later files skip other teams' rows.
   */
  team: z
    .object({
      managers: z.array(z.string()),
      others: z.array(z.object({ name: z.string(), manager: z.string() }))
    })
    .optional(),
  /** Records as they were before this import touched them, so the latest import can be undone. */
  previousState: z.array(z.object({ table: z.string(), id: Id, before: z.unknown().optional() }))
})
export type ImportRecord = z.infer<typeof ImportRecord>

/** A saved header mapping, reused for files with the same header signature. */
export const ImportMapping = RecordStamp.extend({
  headerSignature: NonEmptyText,
  source: CrmSource,
  kind: ImportKind,
  columns: z.record(z.string(), z.string()),
  stageMap: z.record(z.string(), z.object({ stageKey: z.string().optional(), status: DealStatus })),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional()
})
export type ImportMapping = z.infer<typeof ImportMapping>

export const ManualMetric = z.enum(['expenses', 'csat', 'margin', 'teamwork'])
export type ManualMetric = z.infer<typeof ManualMetric>

/** A measure no CRM has, entered by hand or from a CSV. */
export const ManualMeasure = RecordStamp.extend({
  repId: Id,
  metric: ManualMetric,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
  value: z.number(),
  note: z.string().default(''),
  importId: Id.optional()
})
export type ManualMeasure = z.infer<typeof ManualMeasure>
