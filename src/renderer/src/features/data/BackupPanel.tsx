import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import { checkBackup, type CheckedBackup } from '../../db/backup'
import { backUpWorkspace, noteWorkspaceBackupSaved } from '../../db/workspaceFiles'
import { platform } from '../../platform'
import { APP_VERSION } from '../../db/automaticBackup'
import { useOpenedBackupStore } from './openedBackupStore'
import { RestoreConfirm } from './RestoreConfirm'
import { errorText } from '@shared/text/errorText'
import { StatusMessage, type Status } from '../../ui/StatusMessage'

/** Save the whole workspace to one file, or replace it from one (checked first). */
export function BackupPanel() {
  const [compress, setCompress] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  const [pending, setPending] = useState<Extract<CheckedBackup, { ok: true }>>()
  const panel = useRef<HTMLElement>(null)
  const [params, setParams] = useSearchParams()
  const backUpToken = params.get('backup')
  const handledToken = useRef<string | null>(null)
  const opened = useOpenedBackupStore((s) => s.opened)

  const save = async () => {
    setBusy(true)
    try {
      const now = new Date()
      const made = await backUpWorkspace({ appVersion: APP_VERSION, now, compress })
      const saved = await platform.saveFile({
        title: 'Save a backup of this workspace',
        suggestedName: made.fileName,
        filters: [{ name: 'Fieldbook backup', extensions: [BACKUP_FILE_EXTENSION] }],
        bytes: made.bytes
      })
      if (!saved.canceled) {
        await noteWorkspaceBackupSaved(now)
        setStatus({
          error: false,
          text: `Saved “${saved.name}” (${made.records.toLocaleString()} records).`
        })
      }
    } catch (error) {
      setStatus({ error: true, text: `The backup was not saved: ${errorText(error)}` })
    } finally {
      setBusy(false)
    }
  }

  // File › Back Up Now… (desktop menu) opens Settings with ?backup=<token>: save right away.
  useEffect(() => {
    if (!backUpToken || handledToken.current === backUpToken) return
    handledToken.current = backUpToken
    setParams(
      (p) => {
        p.delete('backup')
        return p
      },
      { replace: true }
    )
    panel.current?.scrollIntoView({ block: 'start' })
    void save()
    // save() reads the panel's current state; it runs once per token.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backUpToken])

  const check = async (file: { name: string; bytes: Uint8Array }) => {
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

  // A .fieldbook file opened with Fieldbook, already checked: the same question as Restore.
  useEffect(() => {
    if (opened) panel.current?.scrollIntoView({ block: 'start' })
  }, [opened])
  const clearOpened = useOpenedBackupStore((s) => s.clear)
  const confirming = pending ?? (opened?.ok ? opened.checked : undefined)
  const shownStatus =
    status ??
    (opened && !opened.ok
      ? { error: true, text: opened.text, problems: opened.problems }
      : undefined)

  const open = async () => {
    setStatus(undefined)
    clearOpened()
    const file = await platform.openFile({
      title: 'Restore a Fieldbook backup',
      // Older backups were saved as .json and .json.gz; they restore the same way.
      filters: [{ name: 'Fieldbook backup', extensions: [BACKUP_FILE_EXTENSION, 'json', 'gz'] }],
      as: 'bytes'
    })
    if (file.canceled || !file.bytes) return
    await check({ name: file.name, bytes: file.bytes })
  }

  return (
    <section className="panel" aria-labelledby="backup-title" ref={panel}>
      <h2 id="backup-title">Backup and restore</h2>
      <p>
        One file holds the whole workspace: reps, imports, notes, observations and plans. Keep it
        somewhere safe, such as a company drive; restore it on a new laptop.
      </p>
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          Save a backup…
        </button>
        <label className="radio">
          <input
            type="checkbox"
            checked={compress}
            onChange={(e) => setCompress(e.target.checked)}
          />
          Compress (gzip)
        </label>
        <button type="button" onClick={() => void open()} disabled={busy}>
          Restore from a backup…
        </button>
      </div>
      {confirming && (
        <RestoreConfirm
          checked={confirming}
          onDone={(text) => {
            setPending(undefined)
            clearOpened()
            setStatus({ error: false, text })
          }}
          onCancel={() => {
            setPending(undefined)
            clearOpened()
          }}
        />
      )}
      {shownStatus && <StatusMessage status={shownStatus} />}
    </section>
  )
}
