import { useState } from 'react'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import { checkBackup, type CheckedBackup } from '../../db/backup'
import { deviceKey } from '../../db/automaticBackup'
import { platform } from '../../platform'
import type { Status } from '../../ui/StatusMessage'
import { useOpenedBackupStore } from './openedBackupStore'

export type RestorableBackup = Extract<CheckedBackup, { ok: true }>

/** A backup protected with a passphrase, waiting for the manager to type it. */
export interface LockedBackup {
  bytes: Uint8Array
  fileName: string
  /** What was wrong with the last passphrase tried ("That passphrase does not open…"). */
  problem?: string
}

export interface BackupRestore {
  /** The backup waiting for the manager's "Yes, replace", if any. */
  confirming?: RestorableBackup
  /** A passphrase backup waiting for its passphrase, if any. */
  locked?: LockedBackup
  /** What the panel last said (or why an opened file cannot be restored). */
  status?: Status
  setStatus(status: Status | undefined): void
  busy: boolean
  setBusy(busy: boolean): void
  /** Checks a backup's bytes; a backup that cannot be restored says why with `refusal`. */
  check(bytes: Uint8Array, fileName: string, refusal: string): Promise<void>
  /** Tries the typed passphrase on the locked backup; a wrong one leaves it locked. */
  unlock(passphrase: string): Promise<void>
  /** Asks for a backup file, then checks it. */
  openFile(): Promise<void>
  /** The question is answered (restored or cancelled). */
  finish(): void
}

/**
 * Restoring a backup: a file is checked first (decrypted with this computer's key, or with a
 * passphrase the manager types), then offered for confirmation. With `opened`, a .fieldbook
 * file the system opened Fieldbook with is offered the same way.
 */
export function useBackupRestore({ opened: withOpened }: { opened: boolean }): BackupRestore {
  const [pending, setPending] = useState<RestorableBackup>()
  const [locked, setLocked] = useState<LockedBackup>()
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)
  const storeOpened = useOpenedBackupStore((s) => s.opened)
  const clearOpened = useOpenedBackupStore((s) => s.clear)
  const opened = withOpened ? storeOpened : null
  const openedLocked = opened && !opened.ok && 'locked' in opened ? opened.locked : undefined
  const waiting = locked ?? openedLocked

  const check = async (bytes: Uint8Array, fileName: string, refusal: string) => {
    setBusy(true)
    setLocked(undefined)
    const device = await deviceKey()
    const checked = await checkBackup(bytes, fileName, { deviceKey: device.key })
    setBusy(false)
    if (checked.ok) setPending(checked)
    else if (checked.reason === 'needsPassphrase') setLocked({ bytes, fileName })
    else setStatus({ error: true, text: refusal, problems: checked.problems })
  }

  const unlock = async (passphrase: string) => {
    if (!waiting) return
    setBusy(true)
    const checked = await checkBackup(waiting.bytes, waiting.fileName, { passphrase })
    setBusy(false)
    if (checked.ok) {
      setLocked(undefined)
      if (openedLocked) clearOpened()
      setPending(checked)
    } else if (checked.reason === 'wrongPassphrase') {
      setLocked({ ...waiting, problem: checked.problems[0] })
    } else {
      setLocked(undefined)
      if (openedLocked) clearOpened()
      setStatus({
        error: true,
        text: `“${waiting.fileName}” cannot be restored; nothing was changed.`,
        problems: checked.problems
      })
    }
  }

  const openFile = async () => {
    setStatus(undefined)
    setLocked(undefined)
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
    locked: waiting,
    status:
      status ??
      (opened && !opened.ok && 'text' in opened
        ? { error: true, text: opened.text, problems: opened.problems }
        : undefined),
    setStatus,
    busy,
    setBusy,
    check,
    unlock,
    openFile,
    finish: () => {
      setPending(undefined)
      setLocked(undefined)
      if (withOpened) clearOpened()
    }
  }
}
