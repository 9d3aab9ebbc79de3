import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { WorkspaceSettings } from '@shared/domain'
import type { StoredBackup } from '@shared/ipc/contract'
import { platform } from '../../platform'
import { errorText } from '@shared/text/errorText'
import { RestoreChoice } from './RestoreChoice'
import { useBackupRestore } from './useBackupRestore'
import { storeAutomaticBackup } from '../../db/automaticBackup'
import { keepAutomaticBackups } from '../../db/workspaceFiles'
import { TableHead } from '../../ui/formParts'

const REASONS: Record<string, string> = {
  scheduled: 'Daily',
  beforeImport: 'Before an import',
  beforeUpgrade: 'Before an app update',
  manual: 'Made here'
}

/** Electron only: the backups the app keeps in its data folder, and restoring one. */
export function AutomaticBackupsPanel({ settings }: { settings: WorkspaceSettings }) {
  const backups = platform.automaticBackups
  const [list, setList] = useState<StoredBackup[]>()
  const restore = useBackupRestore({ opened: false })
  const { setStatus } = restore
  const refresh = useCallback(() => {
    backups?.list().then(setList, (e: unknown) => setStatus({ error: true, text: errorText(e) }))
  }, [backups, setStatus])
  useEffect(refresh, [refresh])
  if (!backups) return null

  const choose = async (backup: StoredBackup) => {
    try {
      await restore.check(
        await backups.read(backup.id),
        backup.id,
        `${backup.id} cannot be restored.`
      )
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    }
  }
  const saveKeep = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const keep = Number(new FormData(event.currentTarget).get('keep'))
    await keepAutomaticBackups(settings, keep, new Date())
    setStatus({ error: false, text: `Fieldbook keeps the last ${keep} automatic backups.` })
  }
  const backupNow = async () => {
    try {
      await storeAutomaticBackup('manual')
      refresh()
      setStatus({ error: false, text: 'Backup written to the backups folder.' })
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    }
  }
  return (
    <section className="panel" aria-labelledby="auto-backups-title">
      <h2 id="auto-backups-title">Automatic backups</h2>
      <p>Fieldbook writes a backup every day, before every import and before every update.</p>
      <form className="form-row" onSubmit={(e) => void saveKeep(e)}>
        <label>
          Keep the last
          <input type="number" name="keep" min={1} max={100} defaultValue={settings.backups.keep} />
        </label>
        <button type="submit">Save</button>
        <button type="button" onClick={() => void backupNow()}>
          Back up now
        </button>
        <button type="button" onClick={() => void backups.revealFolder()}>
          Show the folder
        </button>
      </form>
      {list && list.length === 0 && <p>No automatic backups yet.</p>}
      {list && list.length > 0 && (
        <table className="data-table compact">
          <caption>Backups in the app’s data folder, newest first</caption>
          <TableHead columns={['When', 'Why', 'Size', 'Restore']} numeric={['Size']} />
          <tbody>
            {list.map((b) => (
              <tr key={b.id}>
                <th scope="row">{new Date(b.createdAt).toLocaleString()}</th>
                <td>{REASONS[b.reason] ?? b.reason}</td>
                <td className="numeric">{Math.max(1, Math.round(b.size / 1024))} KB</td>
                <td>
                  <button type="button" onClick={() => void choose(b)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RestoreChoice restore={restore} onRestored={(text) => setStatus({ error: false, text })} />
    </section>
  )
}
