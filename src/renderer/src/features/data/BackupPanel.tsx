import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { EnvelopeKey } from '@shared/backup/envelope'
import { BACKUP_FILE_EXTENSION } from '@shared/backup/format'
import { passphraseProblem } from '@shared/backup/passphrase'
import { backUpWorkspace, noteWorkspaceBackupSaved } from '../../db/workspaceFiles'
import { platform } from '../../platform'
import { APP_VERSION, deviceKey } from '../../db/automaticBackup'
import { BackupSaveChoice, NEW_SAVE_CHOICE, type SaveChoice } from './BackupSaveChoice'
import { useOpenedBackupStore } from './openedBackupStore'
import { RestoreChoice } from './RestoreChoice'
import { useBackupRestore } from './useBackupRestore'
import { errorText } from '@shared/text/errorText'

/** Save the whole workspace to one file, or replace it from one (checked first). */
export function BackupPanel() {
  const [choice, setChoice] = useState<SaveChoice>(NEW_SAVE_CHOICE)
  const withDeviceKey = platform.workspaceKey !== undefined
  const restore = useBackupRestore({ opened: true })
  const { busy, setBusy, setStatus } = restore
  const panel = useRef<HTMLElement>(null)
  const [params, setParams] = useSearchParams()
  const backUpToken = params.get('backup')
  const handledToken = useRef<string | null>(null)
  const opened = useOpenedBackupStore((s) => s.opened)

  /** The key the manager chose, or a sentence saying what is missing. */
  const chosenKey = async (): Promise<EnvelopeKey | string> => {
    if (withDeviceKey && choice.destination === 'thisComputer') {
      const device = await deviceKey()
      if (device.key) return { kind: 'device', key: device.key }
      return `This computer cannot keep a key for Fieldbook: ${device.reason} Choose “To take elsewhere” and a passphrase.`
    }
    return (
      passphraseProblem(choice.passphrase, choice.again) ?? {
        kind: 'passphrase',
        passphrase: choice.passphrase
      }
    )
  }

  const save = async () => {
    setStatus(undefined)
    const key = await chosenKey()
    if (typeof key === 'string') {
      setStatus({ error: true, text: `The backup was not saved: ${key}` })
      return
    }
    setBusy(true)
    try {
      const now = new Date()
      const made = await backUpWorkspace({ appVersion: APP_VERSION, now, key })
      const saved = await platform.saveFile({
        title: 'Save a backup of this workspace',
        suggestedName: made.fileName,
        filters: [{ name: 'Fieldbook backup', extensions: [BACKUP_FILE_EXTENSION] }],
        bytes: made.bytes
      })
      if (!saved.canceled) {
        await noteWorkspaceBackupSaved(now)
        setChoice((c) => ({ ...c, passphrase: '', again: '' }))
        const how =
          key.kind === 'device' ? 'encrypted for this computer' : 'encrypted with your passphrase'
        setStatus({
          error: false,
          text: `Saved “${saved.name}” (${made.records.toLocaleString()} records, ${how}).`
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

  // A .fieldbook file opened with Fieldbook, already checked: the same question as Restore.
  useEffect(() => {
    if (opened) panel.current?.scrollIntoView({ block: 'start' })
  }, [opened])

  return (
    <section className="panel" aria-labelledby="backup-title" ref={panel}>
      <h2 id="backup-title">Backup and restore</h2>
      <p>
        One file holds the whole workspace: reps, imports, notes, observations and plans. Keep it
        somewhere safe, such as a company drive; restore it on a new laptop. Every backup is
        encrypted.
      </p>
      <BackupSaveChoice choice={choice} onChange={setChoice} withDeviceKey={withDeviceKey} />
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          Save a backup…
        </button>
        <button type="button" onClick={() => void restore.openFile()} disabled={busy}>
          Restore from a backup…
        </button>
      </div>
      <RestoreChoice restore={restore} onRestored={(text) => setStatus({ error: false, text })} />
    </section>
  )
}
