import {
  createAccountExecutiveRole,
  createDefaultChecklistTemplates,
  createDefaultRolePlayScenarios,
  createDefaultSalesProcess,
  createWorkspaceSettings
} from '@shared/defaults'
import { workspaceTableNames, type WorkspaceData } from '@shared/domain'
import type { FieldbookDb } from './database'
import type { RepositoryContext } from './repository'
import { replaceWorkspace } from './workspace'

/** The demo is the same team for everyone (fixed seed), dated so its last day is today. */
export const DEMO_SEED = 20261123

export async function loadDemoTeam(
  db: FieldbookDb,
  ctx: RepositoryContext,
  today: string
): Promise<void> {
  // Loaded on demand: the generator is only needed when the manager asks for the demo.
  const { generateDemoWorkspace } = await import('@shared/demo')
  const { data } = generateDemoWorkspace({
    seed: DEMO_SEED,
    today,
    now: ctx.clock.now().toISOString(),
    newId: ctx.newId
  })
  await replaceWorkspace(db, data)
}

/** An empty team with the default sales process, an Account Executive role and starter checklists. */
export function ownTeamWorkspace(ctx: RepositoryContext): WorkspaceData {
  const now = ctx.clock.now().toISOString()
  const empty = Object.fromEntries(
    workspaceTableNames.map((t) => [t, []])
  ) as unknown as WorkspaceData
  const process = createDefaultSalesProcess(ctx.newId(), now)
  const { role, expectationSet } = createAccountExecutiveRole(ctx.newId(), ctx.newId(), now)
  return {
    ...empty,
    settings: [createWorkspaceSettings({ mode: 'own', salesProcessId: process.id, now })],
    salesProcesses: [process],
    roles: [role],
    expectationSets: [expectationSet],
    checklistTemplates: createDefaultChecklistTemplates(ctx.newId, now),
    rolePlayScenarios: createDefaultRolePlayScenarios(ctx.newId, now)
  }
}

export async function startOwnTeam(db: FieldbookDb, ctx: RepositoryContext): Promise<void> {
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
}
