import { differenceInCalendarDays } from 'date-fns'
import type { WorkspaceSettings } from '@shared/domain'

/** Days after which a browser workspace without a fresh backup gets a reminder. */
export const BACKUP_REMINDER_DAYS = 7

/** True when no backup was saved by hand in the last week (browser workspaces only). */
export function backupIsStale(settings: WorkspaceSettings, now: Date): boolean {
  const last = settings.backups.lastSavedAt
  if (!last) return differenceInCalendarDays(now, new Date(settings.createdAt)) >= 1
  return differenceInCalendarDays(now, new Date(last)) >= BACKUP_REMINDER_DAYS
}
