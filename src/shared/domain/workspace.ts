import { z } from 'zod'
import {
  Activity,
  ImportMapping,
  ImportRecord,
  ManualMeasure,
  Opportunity,
  OpportunitySnapshot
} from './crm'
import {
  ActionItem,
  ChecklistTemplate,
  DevelopmentAssessment,
  Observation,
  OneOnOne,
  Recognition,
  RolePlayScenario
} from './coaching'
import { CheckIn, Plan, PlanAuditEntry, PlanMilestone } from './plans'
import { WorkspaceSettings } from './settings'
import { ExpectationSet, Rep, Role, SalesProcess } from './team'

/**
 * Everything in a workspace, table by table. The database tables, the demo generator and
 * (later) the backup file all use these names, so one schema checks all three.
 */
export const workspaceTables = {
  settings: WorkspaceSettings,
  salesProcesses: SalesProcess,
  roles: Role,
  expectationSets: ExpectationSet,
  reps: Rep,
  opportunities: Opportunity,
  opportunitySnapshots: OpportunitySnapshot,
  activities: Activity,
  imports: ImportRecord,
  importMappings: ImportMapping,
  manualMeasures: ManualMeasure,
  checklistTemplates: ChecklistTemplate,
  observations: Observation,
  rolePlayScenarios: RolePlayScenario,
  developmentAssessments: DevelopmentAssessment,
  oneOnOnes: OneOnOne,
  actionItems: ActionItem,
  recognitions: Recognition,
  plans: Plan,
  planMilestones: PlanMilestone,
  checkIns: CheckIn,
  planAuditLog: PlanAuditEntry
} as const

export type WorkspaceTableName = keyof typeof workspaceTables
export const workspaceTableNames = Object.keys(workspaceTables) as WorkspaceTableName[]

export type WorkspaceData = {
  [T in WorkspaceTableName]: z.infer<(typeof workspaceTables)[T]>[]
}

export const WorkspaceDataSchema = z.object(
  Object.fromEntries(workspaceTableNames.map((t) => [t, z.array(workspaceTables[t])])) as {
    [T in WorkspaceTableName]: z.ZodArray<(typeof workspaceTables)[T]>
  }
)
