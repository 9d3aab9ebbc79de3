import type { WorkspaceData } from '../domain'
import {
  DEFAULT_AE_QUARTERLY_QUOTA_MINOR,
  createAccountExecutiveRole,
  createDefaultChecklistTemplates,
  createDefaultRolePlayScenarios,
  createDefaultSalesProcess,
  createWorkspaceSettings
} from '../defaults'
import { generateActivities } from './activities'
import { addDays, addMonthsTo, at, quarterAt } from './calendar'
import { generateObservations } from './observations'
import { generateOneOnOnes } from './oneOnOnes'
import { generatePeopleRecords } from './people'
import { generatePipeline } from './pipeline'
import { generatePlans } from './plans'
import { DEMO_MANAGER_NAME } from './planRecords'
import { createRng } from './random'
import { buildReps } from './reps'
import type { Archetype, DemoContext, DemoWorkspace, GenerateDemoOptions } from './types'

/** The steady rep whose territory was re-cut: the one written override (fairness check). */
const OVERRIDE_REP = 'Hannah Schmidt'

/**
 * A realistic team of ten with twelve months of CRM history ending at `today`, built so that
 * every situation in DESIGN.md §1 shows up. Pure and deterministic: the same seed, today,
 * ids and `now` give byte-identical output.
 */
export function generateDemoWorkspace(options: GenerateDemoOptions): DemoWorkspace {
  const { seed, today, now, newId } = options
  const rng = createRng(seed)
  const ctx: DemoContext = {
    rng,
    today,
    now,
    newId,
    windowStart: addDays(addMonthsTo(today, -12), 1),
    // Two quarters back is always a whole quarter inside the 12 months, with whole ones around it.
    dipQuarter: quarterAt(today, -2),
    stallStage: rng.fork('stallStage').pick(['qualify', 'propose'] as const)
  }

  const process = createDefaultSalesProcess(newId(), now)
  const { role, expectationSet } = createAccountExecutiveRole(newId(), newId(), now)
  const checklistTemplates = createDefaultChecklistTemplates(newId, now)
  const rolePlayScenarios = createDefaultRolePlayScenarios(newId, now)
  const reps = buildReps(ctx, role.id)
  const overridden = reps.find((r) => r.rep.name === OVERRIDE_REP)
  if (overridden) {
    expectationSet.overrides.push({
      repId: overridden.rep.id,
      dimensionKey: 'closed-won-revenue',
      target: Math.round(DEFAULT_AE_QUARTERLY_QUOTA_MINOR * 0.9),
      reason: 'Territory re-cut this year: two large accounts moved to the enterprise team.',
      setAt: at(ctx.windowStart, '10:00')
    })
  }
  const stageName = process.stages.find((s) => s.key === ctx.stallStage)?.name ?? ctx.stallStage

  const deals = generatePipeline(ctx, process, reps)
  const activities = generateActivities(ctx, reps, deals)
  const observations = generateObservations(ctx, {
    reps,
    deals,
    templates: checklistTemplates,
    scenarios: rolePlayScenarios
  })
  const { oneOnOnes, actionItems } = generateOneOnOnes(ctx, reps, stageName)
  const people = generatePeopleRecords(ctx, reps, stageName)
  const plans = generatePlans(ctx, {
    reps,
    deals,
    activities,
    oneOnOnes,
    observations,
    expectationSet,
    roleName: role.name
  })
  const allDeals = reps.flatMap((r) => deals.get(r.rep.id) ?? [])

  const settings = createWorkspaceSettings({
    mode: 'demo',
    salesProcessId: process.id,
    now,
    managerName: DEMO_MANAGER_NAME,
    teamName: 'Mid-Market East'
  })

  const data: WorkspaceData = {
    settings: [settings],
    salesProcesses: [process],
    roles: [role],
    expectationSets: [expectationSet],
    reps: reps.map((r) => r.rep),
    opportunities: allDeals.map((d) => d.opportunity),
    opportunitySnapshots: allDeals.flatMap((d) => d.snapshots),
    activities,
    imports: [],
    importMappings: [],
    manualMeasures: people.manualMeasures,
    checklistTemplates,
    observations,
    rolePlayScenarios,
    developmentAssessments: people.developmentAssessments,
    oneOnOnes,
    actionItems,
    recognitions: people.recognitions,
    plans: plans.plans,
    planMilestones: plans.planMilestones,
    checkIns: plans.checkIns,
    planAuditLog: plans.planAuditLog
  }
  const archetypes: Record<string, Archetype> = Object.fromEntries(
    reps.map((r) => [r.rep.id, r.profile.archetype])
  )
  return {
    data,
    archetypes,
    facts: {
      stallStage: ctx.stallStage,
      teamDipQuarter: ctx.dipQuarter.label,
      windowStart: ctx.windowStart,
      today
    }
  }
}
