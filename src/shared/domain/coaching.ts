import { z } from 'zod'
import { CallTranscript } from './callTranscript'
import { CalendarDate, Id, NonEmptyText, RecordStamp, Timestamp } from './common'

export const ObservationKind = z.enum(['rideAlong', 'callReview', 'rolePlay'])
export type ObservationKind = z.infer<typeof ObservationKind>

export const CriterionType = z.enum(['yesNo', 'scale4', 'text'])

export const ChecklistCriterion = z.object({
  key: NonEmptyText,
  label: NonEmptyText,
  type: CriterionType,
  weight: z.number().min(0).max(10),
  guidance: z.string().default(''),
  /** A "must" criterion fails the observation whatever the score. */
  must: z.boolean().default(false)
})
export type ChecklistCriterion = z.infer<typeof ChecklistCriterion>

/**
 * One version of a checklist. Editing a template that past observations used adds a new row
 * with the same `templateKey` and `version + 1`; old rows are never changed.
 */
export const ChecklistTemplate = RecordStamp.extend({
  templateKey: NonEmptyText,
  version: z.number().int().min(1),
  kind: ObservationKind,
  stageKey: NonEmptyText,
  name: NonEmptyText,
  criteria: z.array(ChecklistCriterion).min(1),
  retired: z.boolean().default(false)
})
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>

export const CriterionScore = z.object({
  criterionKey: NonEmptyText,
  /** yes/no → 'yes' | 'no' | 'na'; scale → '1'..'4' | 'na'; text → free text. */
  value: z.string()
})

export const PreCallPlan = z.object({
  whatToSay: z.string().default(''),
  whatToAskFor: z.string().default(''),
  desiredNextStep: z.string().default(''),
  repObjective: z.string().default('')
})

export const TimestampedNote = z.object({ at: z.string(), text: NonEmptyText })

/** Issue 15: a correction to a saved observation; the earlier text stays readable. */
export const ObservationRevision = z.object({
  revisedAt: Timestamp,
  reason: NonEmptyText,
  changes: z
    .array(
      z.object({
        field: z.enum(['outcome', 'selfAssessment', 'strength', 'focus']),
        before: z.string(),
        after: z.string()
      })
    )
    .min(1)
})
export type ObservationRevision = z.infer<typeof ObservationRevision>

export const Observation = RecordStamp.extend({
  kind: ObservationKind,
  repId: Id,
  stageKey: NonEmptyText,
  date: CalendarDate,
  status: z.enum(['draft', 'final']),
  opportunityId: Id.optional(),
  opportunityLabel: z.string().default(''),
  /** The exact template version the scores were made with. */
  templateId: Id,
  templateVersion: z.number().int().min(1),
  plan: PreCallPlan.optional(),
  scores: z.array(CriterionScore),
  nextStepAgreed: z.boolean().optional(),
  outcome: z.string().default(''),
  selfAssessment: z.string().default(''),
  strength: z.string().default(''),
  focus: z.string().default(''),
  callReference: z
    .object({
      reference: z.string(),
      date: CalendarDate.optional(),
      durationSeconds: z.number().int().min(0).optional()
    })
    .optional(),
  notes: z.array(TimestampedNote).default([]),
  scenarioId: Id.optional(),
  attempt: z.number().int().min(1).optional(),
  elapsedSeconds: z.number().int().min(0).optional(),
  /** Drafts: the step of the flow the manager was on, so "Resume draft" returns there. */
  draftStep: z.string().optional(),
  /** Corrections made after saving, oldest first (optional: no schema version needed). */
  revisions: z.array(ObservationRevision).optional(),
  /** Issue 19: a call review made from the call's transcript (optional: no schema version). */
  transcript: CallTranscript.optional()
})
export type Observation = z.infer<typeof Observation>

export const RolePlayScenario = RecordStamp.extend({
  stageKey: NonEmptyText,
  title: NonEmptyText,
  situation: NonEmptyText,
  buyerPersona: NonEmptyText,
  objections: z.array(NonEmptyText),
  objectives: z.array(NonEmptyText),
  difficulty: z.enum(['easy', 'medium', 'hard'])
})
export type RolePlayScenario = z.infer<typeof RolePlayScenario>

export const DevelopmentLevel = z.enum(['D1', 'D2', 'D3', 'D4'])
export type DevelopmentLevel = z.infer<typeof DevelopmentLevel>
export const LeadershipStyle = z.enum(['S1', 'S2', 'S3', 'S4'])

/** Situational leadership: competence and commitment on one skill, at one date. */
export const DevelopmentAssessment = RecordStamp.extend({
  repId: Id,
  skill: NonEmptyText,
  assessedOn: CalendarDate,
  competence: z.enum(['low', 'some', 'moderate', 'high']),
  commitment: z.enum(['low', 'variable', 'high']),
  level: DevelopmentLevel,
  style: LeadershipStyle,
  note: z.string().default('')
})
export type DevelopmentAssessment = z.infer<typeof DevelopmentAssessment>

export const AgendaItem = z.object({
  key: NonEmptyText,
  title: NonEmptyText,
  source: z.enum([
    'results',
    'pipeline',
    'hygiene',
    'actionItem',
    'plan',
    'observation',
    'development',
    'recognition',
    'manager'
  ]),
  done: z.boolean().default(false),
  notes: z.string().default(''),
  evidenceRef: z.string().optional()
})

export const OneOnOne = RecordStamp.extend({
  repId: Id,
  scheduledFor: CalendarDate,
  status: z.enum(['planned', 'held', 'moved', 'skipped']),
  heldOn: CalendarDate.optional(),
  movedTo: CalendarDate.optional(),
  agenda: z.array(AgendaItem),
  sharedNotes: z.string().default(''),
  /** Never exported to a shareable document. */
  privateNotes: z.string().default(''),
  /** Keys of drafted agenda items the manager removed, so a later draft does not add them back. */
  dismissedKeys: z.array(z.string()).optional()
})
export type OneOnOne = z.infer<typeof OneOnOne>

/** A commitment made in a 1:1 (or elsewhere); carried over until done. */
export const ActionItem = RecordStamp.extend({
  repId: Id,
  oneOnOneId: Id.optional(),
  text: NonEmptyText,
  owner: z.enum(['rep', 'manager']),
  /**
   * Issue 14: a barrier is what gets in the rep's way, raised in a 1:1; it carries over like a
   * commitment until resolved (status done). Absent: a commitment.
   */
  kind: z.enum(['commitment', 'barrier']).optional(),
  dueDate: CalendarDate.optional(),
  status: z.enum(['open', 'done', 'dropped']),
  completedAt: Timestamp.optional()
})
export type ActionItem = z.infer<typeof ActionItem>

export const Recognition = RecordStamp.extend({
  repId: Id,
  date: CalendarDate,
  text: NonEmptyText,
  visibility: z.enum(['public', 'private']),
  /** Issue 14: the expectation (dimension key) the win was against, when one was named. */
  dimensionKey: z.string().optional(),
  /** Issue 14: where it was logged: the rep page, a 1:1 or an observation (with its id). */
  loggedFrom: z
    .object({ kind: z.enum(['rep', 'oneOnOne', 'observation']), id: Id.optional() })
    .optional()
})
export type Recognition = z.infer<typeof Recognition>
