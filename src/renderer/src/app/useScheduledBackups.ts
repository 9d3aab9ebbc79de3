import { useEffect } from 'react'
import { storeAutomaticBackup } from '../db/automaticBackup'
import { platform } from '../platform'

/** Electron: when main says a scheduled backup is due, write one (errors go to the console). */
export function useScheduledBackups(): void {
  useEffect(() => {
    const backups = platform.automaticBackups
    if (!backups) return
    return backups.onDue(() => {
      storeAutomaticBackup('scheduled').catch((error: unknown) => {
        console.warn('Fieldbook: the scheduled backup failed', error)
      })
    })
  }, [])
}
