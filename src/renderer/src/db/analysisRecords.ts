import type {
  ChecklistTemplate,
  DevelopmentAssessment,
  ExpectationSet,
  Observation,
  OneOnOne,
  Plan,
  Recognition,
  Rep,
  Role,
  SalesProcess,
  WorkspaceSettings
} from '@shared/domain'
import { db, readSettings } from '.'
import { sharedLiveRead } from './sharedLive'

/**
 * What the dashboard, rep page, team report and Home read on the page, besides the analysis
 * worker's answers: the team, its expectations and what the manager wrote (observations,
 * plans, 1:1s — private text, opened with the workspace key here and never sent to the
 * worker). The CRM history (deals, snapshots, activities) stays in the worker.
 */
export interface AnalysisRecords {
  settings?: WorkspaceSettings
  process?: SalesProcess
  roles: Role[]
  sets: ExpectationSet[]
  /** Active reps, by name. */
  reps: Rep[]
  recognitions: Recognition[]
  observations: Observation[]
  /** Every checklist version: each observation is scored with the one it was made with. */
  checklistTemplates: ChecklistTemplate[]
  plans: Plan[]
  oneOnOnes: OneOnOne[]
  assessments: DevelopmentAssessment[]
}

/** Reads those tables in one read transaction: a consistent picture. */
export function readAnalysisRecords(): Promise<AnalysisRecords> {
  const tables = [
    db.settings,
    db.salesProcesses,
    db.roles,
    db.expectationSets,
    db.reps,
    db.recognitions,
    db.observations,
    db.checklistTemplates,
    db.plans,
    db.oneOnOnes,
    db.developmentAssessments
  ]
  return db.transaction('r', tables, readEverything)
}

async function readEverything(): Promise<AnalysisRecords> {
  const settings = await readSettings(db)
  const [process, roles, sets, reps, recognitions, observations] = await Promise.all([
    settings?.salesProcessId ? db.salesProcesses.get(settings.salesProcessId) : undefined,
    db.roles.toArray(),
    db.expectationSets.toArray(),
    db.reps.toArray(),
    db.recognitions.toArray(),
    db.observations.toArray()
  ])
  const [checklistTemplates, plans, oneOnOnes, assessments] = await Promise.all([
    db.checklistTemplates.toArray(),
    db.plans.toArray(),
    db.oneOnOnes.toArray(),
    db.developmentAssessments.toArray()
  ])
  return {
    settings,
    process,
    roles,
    sets,
    reps: reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name)),
    recognitions,
    observations,
    checklistTemplates,
    plans,
    oneOnOnes,
    assessments
  }
}

/** The records, live and shared by every screen; undefined while they load (or when not `enabled`). */
export const useAnalysisRecords = sharedLiveRead(readAnalysisRecords, 'the analysis records')
