import { useSyncExternalStore } from 'react'
import { liveQuery, type Subscription } from 'dexie'
import type {
  Activity,
  ChecklistTemplate,
  DevelopmentAssessment,
  ExpectationSet,
  ImportMapping,
  ManualMeasure,
  Observation,
  OneOnOne,
  Opportunity,
  OpportunitySnapshot,
  Plan,
  Recognition,
  Rep,
  Role,
  SalesProcess,
  WorkspaceSettings
} from '@shared/domain'
import { db, readSettings } from '.'

/** The workspace records the dashboard, rep page, team report and period pickers compute from. */
export interface AnalysisRecords {
  settings?: WorkspaceSettings
  process?: SalesProcess
  roles: Role[]
  sets: ExpectationSet[]
  /** Active reps, by name. */
  reps: Rep[]
  opportunities: Opportunity[]
  snapshots: OpportunitySnapshot[]
  activities: Activity[]
  manualMeasures: ManualMeasure[]
  recognitions: Recognition[]
  observations: Observation[]
  /** Every checklist version: each observation is scored with the one it was made with. */
  checklistTemplates: ChecklistTemplate[]
  plans: Plan[]
  oneOnOnes: OneOnOne[]
  assessments: DevelopmentAssessment[]
  /** Saved column mappings: which columns the imports carried (no data is not a miss). */
  mappings: ImportMapping[]
}

/**
 * Reads every table the analysis needs, whole: diagnosis compares each rep with the team and
 * with their own history, so it needs all of it. One read transaction: a consistent picture,
 * and (an explicit transaction) Dexie's live-query cache neither keeps nor deep-clones these
 * hundreds of thousands of records; the live query still follows every change to the tables.
 */
export function readAnalysisRecords(): Promise<AnalysisRecords> {
  // Counted by the benchmark (bench/coldStart.ts): each read is the whole CRM history.
  performance.mark('fieldbook:analysis-records-read')
  const tables = [
    db.settings,
    db.salesProcesses,
    db.roles,
    db.expectationSets,
    db.reps,
    db.opportunities,
    db.opportunitySnapshots,
    db.activities,
    db.manualMeasures,
    db.recognitions,
    db.observations,
    db.checklistTemplates,
    db.plans,
    db.oneOnOnes,
    db.developmentAssessments,
    db.importMappings
  ]
  return db.transaction('r', tables, readEverything)
}

async function readEverything(): Promise<AnalysisRecords> {
  const settings = await readSettings(db)
  const [process, roles, sets, reps, opportunities, snapshots, activities, manualMeasures] =
    await Promise.all([
      settings?.salesProcessId ? db.salesProcesses.get(settings.salesProcessId) : undefined,
      db.roles.toArray(),
      db.expectationSets.toArray(),
      db.reps.toArray(),
      db.opportunities.toArray(),
      db.opportunitySnapshots.toArray(),
      db.activities.toArray(),
      db.manualMeasures.toArray()
    ])
  const [recognitions, observations, checklistTemplates, plans, oneOnOnes, assessments] =
    await Promise.all([
      db.recognitions.toArray(),
      db.observations.toArray(),
      db.checklistTemplates.toArray(),
      db.plans.toArray(),
      db.oneOnOnes.toArray(),
      db.developmentAssessments.toArray()
    ])
  const mappings = await db.importMappings.toArray()
  return {
    settings,
    process,
    roles,
    sets,
    reps: reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name)),
    opportunities,
    snapshots,
    activities,
    manualMeasures,
    recognitions,
    observations,
    checklistTemplates,
    plans,
    oneOnOnes,
    assessments,
    mappings
  }
}

/**
 * One live read of those records for the whole app: Home, the period pickers, the Dashboard
 * and the rep page share it, so moving between them (or changing the period) reads nothing
 * again. It follows every change to the tables; it is let go a while after the last screen
 * using it closes.
 */
const LINGER_MS = 60_000
let current: AnalysisRecords | undefined
let subscription: Subscription | undefined
let stopTimer: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (stopTimer !== undefined) clearTimeout(stopTimer)
  stopTimer = undefined
  subscription ??= liveQuery(readAnalysisRecords).subscribe({
    next: (records) => {
      current = records
      for (const l of [...listeners]) l()
    },
    error: (error: unknown) => console.error('Reading the analysis records failed', error)
  })
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    stopTimer = setTimeout(() => {
      subscription?.unsubscribe()
      subscription = undefined
      current = undefined
    }, LINGER_MS)
  }
}

const noSubscription = () => () => {}
const nothing = () => undefined
const snapshot = () => current

/** The shared records, live; undefined while they load (or when not `enabled`). */
export function useAnalysisRecords(enabled = true): AnalysisRecords | undefined {
  return useSyncExternalStore(enabled ? subscribe : noSubscription, enabled ? snapshot : nothing)
}
