import { useLiveQuery } from 'dexie-react-hooks'
import type { ExpectationSet, Rep, Role, WorkspaceSettings } from '@shared/domain'
import { db, readSettings } from '.'

export interface ExpectationsData {
  roles: Role[]
  sets: ExpectationSet[]
  reps: Rep[]
  settings?: WorkspaceSettings
  currency: string
}

/** Everything the expectations screens read: small tables, read whole. */
export function useExpectationsData(): ExpectationsData | undefined {
  return useLiveQuery(async () => {
    const [roles, sets, reps, settings] = await Promise.all([
      db.roles.toArray(),
      db.expectationSets.toArray(),
      db.reps.toArray(),
      readSettings(db)
    ])
    roles.sort((a, b) => a.name.localeCompare(b.name))
    reps.sort((a, b) => a.name.localeCompare(b.name))
    return { roles, sets, reps, settings, currency: settings?.currency ?? 'USD' }
  }, [])
}

export { setForRole } from '@shared/expectations/setForRole'
