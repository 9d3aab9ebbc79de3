import type { CalendarDate, IdGenerator, Rep, Timestamp, WorkspaceData } from '../domain'
import type { DefaultStageKey } from '../defaults'
import type { Quarter } from './calendar'
import type { Rng } from './random'

/** The situations the demo team is built to show (DESIGN.md §1). */
export const ARCHETYPES = [
  'topProducerPoorHygiene',
  'spotlessCrmCannotClose',
  'newRepOnRamp',
  'lowActivity',
  'stallsAtStage',
  'steady'
] as const
export type Archetype = (typeof ARCHETYPES)[number]

export interface GenerateDemoOptions {
  seed: number
  /** The last day of data, `yyyy-MM-dd`. */
  today: CalendarDate
  /** Stamp for createdAt/updatedAt. */
  now: Timestamp
  newId: IdGenerator
}

/** What the demo was built to show, so screens and tests can point at it. */
export interface DemoFacts {
  /** The stage where the `stallsAtStage` rep's deals pile up and die. */
  stallStage: DefaultStageKey
  /** The full calendar quarter where most of the team's closed-won revenue dipped, e.g. `2026-Q1`. */
  teamDipQuarter: string
  /** First day of the 12 months of activity data. */
  windowStart: CalendarDate
  today: CalendarDate
}

export interface DemoWorkspace {
  data: WorkspaceData
  /** Rep id → the situation that rep illustrates. */
  archetypes: Record<string, Archetype>
  facts: DemoFacts
}

/** How a rep keeps the CRM: drives next steps, close-date pushes and activity freshness. */
export type HygieneStyle = 'spotless' | 'clean' | 'sloppy'

/** Probability of moving on from each stage, one per stage; the last one is close → won. */
export type Funnel = readonly number[]

export interface RepProfile {
  archetype: Archetype
  oppsPerMonth: number
  dealSizeDollars: number
  funnel: Funnel
  activitiesPerWeek: number
  /** Share of activities that are meetings. */
  meetingShare: number
  /** Share of meetings that end with an agreed next step. */
  meetingNextStepRate: number
  hygiene: HygieneStyle
  csat: number
  expensesDollars: number
}

export interface DemoRep {
  rep: Rep
  profile: RepProfile
  crmUserId: string
}

/** What every part of the generator shares. */
export interface DemoContext {
  rng: Rng
  today: CalendarDate
  now: Timestamp
  newId: IdGenerator
  windowStart: CalendarDate
  dipQuarter: Quarter
  stallStage: DefaultStageKey
}
