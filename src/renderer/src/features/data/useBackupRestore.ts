import { useState } from 'react'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import { checkBackup, type CheckedBackup } from '../../db/backup'
import { platform } from '../../platform'
import type { Status } from '../../ui/StatusMessage'
import { useOpenedBackupStore } from './openedBackupStore'

export type RestorableBackup = Extract<CheckedBackup, { ok: true }>

export interface BackupRestore {
  /** The backup waiting for the manager's "Yes, replace", if any. */
  confirming?: RestorableBackup
  /** What the panel last said (or why an opened file cannot be restored). */
  status?: Status
  setStatus(status: Status | undefined): void
  busy: boolean
  setBusy(busy: boolean): void
  /** Checks a backup's bytes; a backup that cannot be restored says why with `refusal`. */
  check(bytes: Uint8Array, fileName: string, refusal: string): Promise<void>
  /** Asks for a backup file, then checks it. */
  openFile(): Promise<void>
  /** The question is answered (restored or cancelled). */
  finish(): void
}

/**
 * Restoring a backup: a file is checked first, then offered for confirmation. With
 * `opened`, a .fieldbook file the system opened Fieldbook with is offered the same way.
 */
export function useBackupRestore({ opened: withOpened }: { opened: boolean }): BackupRestore {
  const [pending, setPending] = useState<RestorableBackup>()
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)
  const storeOpened = useOpenedBackupStore((s) => s.opened)
  const clearOpened = useOpenedBackupStore((s) => s.clear)
  const opened = withOpened ? storeOpened : null

  const check = async (bytes: Uint8Array, fileName: string, refusal: string) => {
    setBusy(true)
    const checked = await checkBackup(bytes, fileName)
    setBusy(false)
    if (checked.ok) setPending(checked)
    else setStatus({ error: true, text: refusal, problems: checked.problems })
  }

  const openFile = async () => {
    setStatus(undefined)
    clearOpened()
    const file = await platform.openFile({
      title: 'Restore a Fieldbook backup',
      // Older backups were saved as .json and .json.gz; they restore the same way.
      filters: [{ name: 'Fieldbook backup', extensions: [BACKUP_FILE_EXTENSION, 'json', 'gz'] }],
      as: 'bytes'
    })
    if (file.canceled || !file.bytes) return
    await check(file.bytes, file.name, `“${file.name}” cannot be restored; nothing was changed.`)
  }

  return {
    confirming: pending ?? (opened?.ok ? opened.checked : undefined),
    status:
      status ??
      (opened && !opened.ok
        ? { error: true, text: opened.text, problems: opened.problems }
        : undefined),
    setStatus,
    busy,
    setBusy,
    check,
    openFile,
    finish: () => {
      setPending(undefined)
      if (withOpened) clearOpened()
    }
  }
}
