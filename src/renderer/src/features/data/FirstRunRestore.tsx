import { useEffect, useState } from 'react'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import { checkBackup, type CheckedBackup } from '../../db/backup'
import { platform } from '../../platform'
import { StatusMessage } from '../../ui/StatusMessage'
import { useOpenedBackupStore } from './openedBackupStore'
import { RestoreConfirm } from './RestoreConfirm'

type Status = { error: boolean; text: string; problems?: string[] }

/**
 * The first screen's "Restore a backup" (issue 14): a new laptop starts from the manager's
 * backup. The same check and the same all-or-nothing restore as Settings › Your data; a
 * .fieldbook file the system opened Fieldbook with before any workspace exists lands here.
 */
export function FirstRunRestore() {
  const [pending, setPending] = useState<Extract<CheckedBackup, { ok: true }>>()
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)
  const opened = useOpenedBackupStore((s) => s.opened)
  const clearOpened = useOpenedBackupStore((s) => s.clear)

  // Files the system opened Fieldbook with: checked and offered, never restored unasked.
  useEffect(() => {
    let live = true
    const take = async () => {
      const file = await platform.openedBackups.take()
      if (file && live) await useOpenedBackupStore.getState().offer(file)
    }
    void take()
    const unsubscribe = platform.openedBackups.onOpened(() => void take())
    return () => {
      live = false
      unsubscribe()
    }
  }, [])

  const open = async () => {
    setStatus(undefined)
    clearOpened()
    const file = await platform.openFile({
      title: 'Restore a Fieldbook backup',
      filters: [{ name: 'Fieldbook backup', extensions: [BACKUP_FILE_EXTENSION, 'json', 'gz'] }],
      as: 'bytes'
    })
    if (file.canceled || !file.bytes) return
    setBusy(true)
    const checked = await checkBackup(file.bytes, file.name)
    setBusy(false)
    if (checked.ok) setPending(checked)
    else
      setStatus({
        error: true,
        text: `“${file.name}” cannot be restored; nothing was changed.`,
        problems: checked.problems
      })
  }

  const confirming = pending ?? (opened?.ok ? opened.checked : undefined)
  const shown =
    status ??
    (opened && !opened.ok
      ? { error: true, text: opened.text, problems: opened.problems }
      : undefined)
  return (
    <>
      <button type="button" onClick={() => void open()} disabled={busy}>
        {busy ? 'Checking the backup…' : 'Restore a backup…'}
      </button>
      {confirming && (
        <RestoreConfirm
          checked={confirming}
          onDone={() => {
            // The workspace now exists: the app leaves the welcome screen by itself.
            setPending(undefined)
            clearOpened()
          }}
          onCancel={() => {
            setPending(undefined)
            clearOpened()
          }}
        />
      )}
      {shown && <StatusMessage status={shown} />}
    </>
  )
}
