import type { Clock, IdGenerator } from '@shared/domain'
import { openDatabase } from './database'
import { ExpectationSetRepository } from './expectationRepository'
import { ChecklistRepository, ObservationRepository } from './observationRepository'
import { OneOnOneRepository } from './oneOnOneRepository'
import { PlanRepository } from './planRepository'
import { Repository, type RepositoryContext } from './repository'
import { RoleRepository } from './roleRepository'
import { RosterRepository } from './rosterRepository'

export { openDatabase, type FieldbookDb } from './database'
export * from './workspace'

const clock: Clock = { now: () => new Date() }
const newId: IdGenerator = () => crypto.randomUUID()

/** The app's one database and the context its repositories write with. */
export const db = openDatabase()
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
