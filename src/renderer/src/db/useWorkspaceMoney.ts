import { useLiveQuery } from 'dexie-react-hooks'
import { workspaceMoney } from '@shared/money'
import { db } from './index'
import { readSettings } from './workspace'

/** The workspace's currency and locale, live: money fields and money text follow Settings. */
export function useWorkspaceMoney(): { currency: string; locale: string } {
  const settings = useLiveQuery(() => readSettings(db), [])
  return workspaceMoney(settings)
}
