import { useLiveQuery } from 'dexie-react-hooks'
import type { WorkspaceData, WorkspaceTableName } from '@shared/domain'
import { db } from '.'

/** Whole tables by name, e.g. `{ roles: Role[], reps: Rep[] }`. */
export type TablesOf<K extends WorkspaceTableName> = { [P in K]: WorkspaceData[P] }

/** Reads whole (small) tables at once: roles, reps, templates… never the CRM history. */
export async function readTables<K extends WorkspaceTableName>(
  names: readonly K[]
): Promise<TablesOf<K>> {
  const rows = await Promise.all(names.map((name) => db.table(name).toArray()))
  return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as TablesOf<K>
}

/** `readTables`, kept live: the screen renders again whenever any of the tables changes. */
export function useTables<K extends WorkspaceTableName>(...names: K[]): TablesOf<K> | undefined {
  return useLiveQuery(() => readTables(names), [names.join()])
}
