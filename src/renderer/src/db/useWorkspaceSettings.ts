import { useLiveQuery } from 'dexie-react-hooks'
import type { WorkspaceSettings } from '@shared/domain'
import { db } from './index'
import { readSettings } from './workspace'

/** The workspace's settings, live: undefined while loading, null when there is no workspace yet. */
export function useWorkspaceSettings(): WorkspaceSettings | null | undefined {
  return useLiveQuery(async () => (await readSettings(db)) ?? null, [])
}
