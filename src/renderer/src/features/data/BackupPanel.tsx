import { useState } from 'react'
import { db } from '../../db'
import { checkBackup, makeBackup, noteBackupSaved, type CheckedBackup } from '../../db/backup'
import { platform } from '../../platform'
import { APP_VERSION } from './automaticBackup'
import { RestoreConfirm } from './RestoreConfirm'

type Status = { error: boolean; text: string; problems?: string[] }

/** Save the whole workspace to one file, or replace it from one (checked first). */
export function BackupPanel() {
  const [compress, setCompress] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>()
  const [pending, setPending] = useState<Extract<CheckedBackup, { ok: true }>>()

  const save = async () => {
    setBusy(true)
    try {
      const now = new Date()
      const made = await makeBackup(db, { appVersion: APP_VERSION, now, compress })
      const saved = await platform.saveFile({
        title: 'Save a backup of this workspace',
        suggestedName: made.fileName,
        filters: [{ name: 'Fieldbook backup', extensions: compress ? ['gz'] : ['json'] }],
        bytes: made.bytes
      })
      if (!saved.canceled) {
        await noteBackupSaved(db, now)
        setStatus({
          error: false,
          text: `Saved “${saved.name}” (${made.records.toLocaleString()} records).`
        })
      }
    } catch (error) {
      setStatus({ error: true, text: `The backup was not saved: ${message(error)}` })
    } finally {
      setBusy(false)
    }
  }

  const open = async () => {
    setStatus(undefined)
    const file = await platform.openFile({
      title: 'Restore a Fieldbook backup',
      filters: [{ name: 'Fieldbook backup', extensions: ['json', 'gz'] }],
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

  return (
    <section className="panel" aria-labelledby="backup-title">
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
          Compress (.json.gz)
        </label>
        <button type="button" onClick={() => void open()} disabled={busy}>
          Restore from a backup…
        </button>
      </div>
      {pending && (
        <RestoreConfirm
          checked={pending}
          onDone={(text) => {
            setPending(undefined)
            setStatus({ error: false, text })
          }}
          onCancel={() => setPending(undefined)}
        />
      )}
      {status && <StatusMessage status={status} />}
    </section>
  )
}

export function StatusMessage({ status }: { status: Status }) {
  return (
    <div role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'success'}>
      <p>{status.text}</p>
      {status.problems && (
        <ul className="problems">
          {status.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

export const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
