import type { ImportContext } from '@shared/import'
import { createDefaultSalesProcess } from '@shared/defaults/salesProcess'
import type { FieldbookDb } from './database'
import { latestTeamChoice } from './importRepository'
import { readSettings } from './workspace'

/** What the importer compares a file against: reps, the sales process, saved mappings. */
export async function loadImportContext(db: FieldbookDb, today: string): Promise<ImportContext> {
  const settings = await readSettings(db)
  const [reps, processes, savedMappings, team] = await Promise.all([
    db.reps.toArray(),
    db.salesProcesses.toArray(),
    db.importMappings.toArray(),
    latestTeamChoice(db)
  ])
  const process =
    processes.find((p) => p.id === settings?.salesProcessId) ??
    processes[0] ??
    createDefaultSalesProcess('default', new Date().toISOString())
  return {
    reps,
    process,
    savedMappings,
    currency: settings?.currency ?? 'USD',
    today,
    managerName: settings?.managerName,
    team
  }
}
