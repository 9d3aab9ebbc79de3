import { useCallback, useEffect, useState } from 'react'
import { BACKUP_POOLS, type StoredBackup } from '@shared/ipc/contract'
import { platform } from '../../platform'
import { errorText } from '@shared/text/errorText'
import { RestoreChoice } from './RestoreChoice'
import { useBackupRestore } from './useBackupRestore'
import { deviceKey, storeAutomaticBackup, type DeviceKey } from '../../db/automaticBackup'
import { TableHead } from '../../ui/formParts'

const REASONS: Record<string, string> = {
  scheduled: 'Daily',
  beforeImport: 'Before an import',
  beforeUpgrade: 'Before an app update',
  beforeRestore: 'Before a restore',
  manual: 'Made here'
}

/** Electron only: the backups the app keeps in its data folder, and restoring one. */
export function AutomaticBackupsPanel() {
  const backups = platform.automaticBackups
  const [list, setList] = useState<StoredBackup[]>()
  const [key, setKey] = useState<DeviceKey>()
  const restore = useBackupRestore({ opened: false })
  const { setStatus } = restore
  const refresh = useCallback(() => {
    backups?.list().then(setList, (e: unknown) => setStatus({ error: true, text: errorText(e) }))
  }, [backups, setStatus])
  useEffect(refresh, [refresh])
  useEffect(() => {
    if (backups) void deviceKey().then(setKey)
  }, [backups])
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
  const backupNow = async () => {
    try {
      const result = await storeAutomaticBackup('manual')
      refresh()
      setStatus(
        result.stored
          ? { error: false, text: 'Encrypted backup written to the backups folder.' }
          : { error: true, text: `No backup was written: ${result.reason}` }
      )
    } catch (e) {
      setStatus({ error: true, text: errorText(e) })
    }
  }
  return (
    <section className="panel" aria-labelledby="auto-backups-title">
      <h2 id="auto-backups-title">Automatic backups</h2>
      <p>
        Fieldbook writes an encrypted backup every day, before every import, before every update and
        before every restore, into a folder only your account can open. Each kind is kept apart, so
        many imports never push out the daily backups: the last {BACKUP_POOLS.scheduled} daily
        backups, the last {BACKUP_POOLS.beforeImport} before an import, the last{' '}
        {BACKUP_POOLS.beforeRestore} before a restore, and every backup before an update. Backups
        you write here are never removed.
      </p>
      {key && key.key === null && (
        <p role="alert" className="error">
          Automatic backups are off on this computer: {key.reason} Fieldbook does not write
          unencrypted copies. Save a backup “To take elsewhere” with a passphrase instead.
        </p>
      )}
      {key && key.key !== null && key.protection === 'basic_text' && (
        <p className="hint">
          This system has no keychain (Linux without a secret service): the key that encrypts these
          backups is only hidden, not locked. Anyone who can read your account’s files can read
          them.
        </p>
      )}
      <div className="form-row">
        <button type="button" onClick={() => void backupNow()}>
          Back up now
        </button>
        <button type="button" onClick={() => void backups.revealFolder()}>
          Show the folder
        </button>
      </div>
      {list && list.length === 0 && <p>No automatic backups yet.</p>}
      {list && list.length > 0 && (
        <table className="data-table compact">
          <caption>Backups in the app’s data folder, newest first</caption>
          <TableHead columns={['When', 'Why', 'Size', 'Encrypted', 'Restore']} numeric={['Size']} />
          <tbody>
            {list.map((b) => (
              <tr key={b.id}>
                <th scope="row">{new Date(b.createdAt).toLocaleString()}</th>
                <td>{REASONS[b.reason] ?? b.reason}</td>
                <td className="numeric">{Math.max(1, Math.round(b.size / 1024))} KB</td>
                <td>{b.encrypted ? 'Yes' : 'No (older version)'}</td>
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
