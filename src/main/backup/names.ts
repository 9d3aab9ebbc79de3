import {
  AUTOMATIC_BACKUP_REASONS,
  BACKUP_FILE_PATTERN,
  type AutomaticBackupReason,
  type BackupReason
} from '@shared/ipc/contract'

/**
 * Backup file names. Main makes every name from the time and the reason, and a name is the
 * backup's id; a file whose name does not match exactly is not a backup and is never touched.
 */

export interface BackupName {
  reason: BackupReason
  /** ISO time in UTC, with milliseconds: `2026-11-23T15:04:05.123Z`. */
  createdAt: string
  /** `.json.gz`: a plain gzip backup from an older version. */
  compressed: boolean
  /** `.fieldbook`: an encrypted backup (every backup this version writes). */
  encrypted: boolean
}

/** `fieldbook-2026-11-23T15-04-05-123Z-beforeImport.fieldbook`: an encrypted backup. */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[:.]/g, '-')
  return `fieldbook-${stamp}-${reason}.fieldbook`
}

/** The time, reason and kind a backup's name records; null for any other name. */
export function parseBackupFileName(name: string): BackupName | null {
  const match = BACKUP_FILE_PATTERN.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, reason, extension] = match
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  // Refuses impossible times such as 2026-02-30 or 25:00, which Date would roll over.
  const time = new Date(createdAt)
  if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt) return null
  return {
    reason: reason as BackupReason,
    createdAt,
    compressed: extension === 'json.gz',
    encrypted: extension === 'fieldbook'
  }
}

export function isAutomaticReason(reason: BackupReason): reason is AutomaticBackupReason {
  return (AUTOMATIC_BACKUP_REASONS as readonly string[]).includes(reason)
}
