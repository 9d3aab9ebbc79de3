import { useEffect, useState } from 'react'
import type { CheckedBackup } from '../../db/backup'
import { backupBeforeRestore, restoreWorkspace } from '../../db/workspaceFiles'
import { brokenRecords } from '@shared/backup/recordChains'
import { chainBreakSentence } from '@shared/plans/auditChain'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { currentLocale } from '../../ui/words'

const protection = {
  none: 'This backup is not encrypted: anyone who has the file can read it.',
  device: 'This backup is encrypted with this computer’s key.',
  passphrase: 'This backup is encrypted with a passphrase.'
} as const

const shown: [string, string][] = [
  ['reps', 'reps'],
  ['opportunities', 'opportunities'],
  ['activities', 'activities'],
  ['observations', 'observations'],
  ['oneOnOnes', 'one-on-ones'],
  ['plans', 'plans']
]

/** What the backup holds, and a last question before it replaces everything. */
export function RestoreConfirm({
  checked,
  onDone,
  onCancel
}: {
  checked: Extract<CheckedBackup, { ok: true }>
  onDone: (text: string) => void
  onCancel: () => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [noBackupFirst, setNoBackupFirst] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void backupBeforeRestore().then((why) => live && setNoBackupFirst(why))
    return () => {
      live = false
    }
  }, [])
  const { meta, data, notes, encryption } = checked
  const restore = async () => {
    setBusy(true)
    try {
      await restoreWorkspace(checked)
      onDone(`Restored the backup of ${new Date(meta.createdAt).toLocaleString()}.`)
    } catch (e) {
      setError(`Nothing was changed: ${errorText(e)}`)
      setBusy(false)
    }
  }
  return (
    <div role="group" aria-label="Confirm restore" className="confirm">
      <p>
        “{meta.fileName}” is a backup made {new Date(meta.createdAt).toLocaleString()} by{' '}
        {meta.app.name} {meta.app.version}. It holds{' '}
        {shown
          .map(
            ([table, noun]) =>
              `${(data[table as keyof typeof data] ?? []).length.toLocaleString()} ${noun}`
          )
          .join(', ')}
        .
      </p>
      <p>{protection[encryption]}</p>
      <BrokenRecords data={data} />
      {notes.length > 0 && (
        <ul className="notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {noBackupFirst && (
        <p className="hint">
          Fieldbook cannot keep an encrypted copy of this workspace first: {noBackupFirst} Save a
          backup “To take elsewhere” before restoring if you want to keep it.
        </p>
      )}
      <p>
        <strong>Restoring replaces everything in this workspace.</strong> Continue?
      </p>
      <button type="button" className="danger" onClick={() => void restore()} disabled={busy}>
        {busy ? 'Restoring…' : 'Yes, replace this workspace'}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
      {error && <StatusMessage status={{ error: true, text: error }} />}
    </div>
  )
}

/**
 * Plans in the backup whose record of changes is broken (issue 17). The restore is allowed,
 * and keeps each record exactly as the file has it: the break stays visible on the plan.
 */
function BrokenRecords({ data }: { data: Extract<CheckedBackup, { ok: true }>['data'] }) {
  const broken = brokenRecords(data)
  if (broken.length === 0) return null
  return (
    <div role="alert" className="error">
      <p>
        The record of changes of {broken.length} {broken.length === 1 ? 'plan' : 'plans'} in this
        backup is broken: entries were removed, changed or reordered outside Fieldbook. Restoring
        keeps {broken.length === 1 ? 'it' : 'them'} exactly as the file has them, and each plan
        shows the break afterwards. Fieldbook never repairs a record.
      </p>
      <ul>
        {broken.map((b) => (
          <li key={b.planId}>
            {b.planName}:{' '}
            {b.breaks.map((brk) => chainBreakSentence(brk, currentLocale())).join(' ')}
          </li>
        ))}
      </ul>
    </div>
  )
}
