import { useLiveQuery } from 'dexie-react-hooks'
import type {
  ChecklistTemplate,
  Observation,
  Opportunity,
  Rep,
  RolePlayScenario,
  SalesProcess
} from '@shared/domain'
import { db } from '.'

export interface ObservationData {
  reps: Rep[]
  process: SalesProcess | undefined
  templates: ChecklistTemplate[]
  observations: Observation[]
  scenarios: RolePlayScenario[]
}

/** The workspace's sales process: the one settings point at, else the first. */
export async function currentProcess(): Promise<SalesProcess | undefined> {
  const settings = await db.settings.get('workspace')
  const all = await db.salesProcesses.toArray()
  return all.find((p) => p.id === settings?.salesProcessId) ?? all[0]
}

/** Everything the observation screens read; small tables, read whole and filtered in memory. */
export function useObservationData(): ObservationData | undefined {
  return useLiveQuery(async () => {
    const [reps, process, templates, observations, scenarios] = await Promise.all([
      db.reps.toArray(),
      currentProcess(),
      db.checklistTemplates.toArray(),
      db.observations.toArray(),
      db.rolePlayScenarios.toArray()
    ])
    reps.sort((a, b) => a.name.localeCompare(b.name, 'en'))
    return { reps, process, templates, observations, scenarios }
  }, [])
}

/** A rep's open opportunities, for picking the deal a ride-along was about. */
export function useOpenOpportunities(repId: string): Opportunity[] | undefined {
  return useLiveQuery(async () => {
    if (!repId) return []
    const rows = await db.opportunities.where('repId').equals(repId).toArray()
    return rows
      .filter((o) => o.status === 'open')
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  }, [repId])
}

export const stageName = (process: SalesProcess | undefined, key: string): string =>
  process?.stages.find((s) => s.key === key)?.name ?? key

export const percent = (score: number | undefined): string =>
  score === undefined ? '—' : `${Math.round(score * 100)}%`
