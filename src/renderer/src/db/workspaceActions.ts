import type { WorkspaceSettings } from '@shared/domain'
import { db, repositoryContext } from '.'
import { loadDemoTeam, startOwnTeam } from './firstRun'
import { saveReminderSettings } from './reminderSettings'
import { readSettings, resetWorkspace } from './workspace'
import { saveWorkspaceSettings, setSetupStepSkipped } from './workspaceSettings'

type Args<F> = F extends (db: never, ...rest: infer A) => unknown ? A : never

/** Workspace-wide reads and writes on the app's one database, for screens and UI stores. */
export const workspace = {
  readSettings: (): Promise<WorkspaceSettings | undefined> => readSettings(db),
  saveSettings: (...args: Args<typeof saveWorkspaceSettings>) => saveWorkspaceSettings(db, ...args),
  saveReminders: (...args: Args<typeof saveReminderSettings>) => saveReminderSettings(db, ...args),
  skipSetupStep: (...args: Args<typeof setSetupStepSkipped>) => setSetupStepSkipped(db, ...args),
  loadDemo: (today: string) => loadDemoTeam(db, repositoryContext, today),
  startOwn: () => startOwnTeam(db, repositoryContext),
  reset: () => resetWorkspace(db)
}
