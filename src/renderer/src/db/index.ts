import type { Clock, IdGenerator } from '@shared/domain'
import { DATABASE_NAME, openDatabase } from './database'
import { ExpectationSetRepository } from './expectationRepository'
import { ChecklistRepository, ObservationRepository } from './observationRepository'
import { OneOnOneRepository } from './oneOnOneRepository'
import { PlanRepository } from './planRepository'
import { Repository, type RepositoryContext } from './repository'
import { RoleRepository } from './roleRepository'
import { RosterRepository } from './rosterRepository'
import { createWorkspaceAccess, workspaceLockName } from './workspaceAccess'

export { openDatabase, type FieldbookDb } from './database'
export type { WorkspaceAccessState } from './workspaceAccess'
export * from './workspace'

const clock: Clock = { now: () => new Date() }
const newId: IdGenerator = () => crypto.randomUUID()

/** The app's one database and the context its repositories write with. */
export const db = openDatabase()
/**
 * Whether this page is the workspace's one writer (Web Locks), and what to show when it is not.
 * main.tsx starts it; nothing reads or writes the database before it says 'here'.
 */
export const workspaceAccess = createWorkspaceAccess({
  locks: typeof navigator === 'undefined' ? undefined : navigator.locks,
  lockName: workspaceLockName(DATABASE_NAME),
  connection: { close: () => db.close(), open: () => db.open() }
})
// A newer build in another tab or window is upgrading (or a page is deleting) the database:
// let it, instead of blocking it, and ask for a reload here.
db.on('versionchange', () => {
  workspaceAccess.closeForUpgrade()
})

export const repositoryContext: RepositoryContext = { clock, newId }

export const repositories = {
  reps: new RosterRepository(db, repositoryContext),
  roles: new RoleRepository(db, repositoryContext),
  manualMeasures: new Repository(db, 'manualMeasures', repositoryContext),
  expectationSets: new ExpectationSetRepository(db, repositoryContext),
  developmentAssessments: new Repository(db, 'developmentAssessments', repositoryContext),
  plans: new PlanRepository(db, repositoryContext),
  observations: new ObservationRepository(db, repositoryContext),
  checklists: new ChecklistRepository(db, repositoryContext),
  scenarios: new Repository(db, 'rolePlayScenarios', repositoryContext),
  salesProcesses: new Repository(db, 'salesProcesses', repositoryContext),
  oneOnOnes: new OneOnOneRepository(db, repositoryContext),
  actionItems: new Repository(db, 'actionItems', repositoryContext),
  recognitions: new Repository(db, 'recognitions', repositoryContext)
}
