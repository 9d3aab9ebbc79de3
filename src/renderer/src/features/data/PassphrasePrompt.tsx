import { useState, type FormEvent } from 'react'
import { ErrorMessage } from '../../ui/StatusMessage'
import type { LockedBackup } from './useBackupRestore'

/** A backup saved "to take elsewhere": the passphrase it was saved with opens it. */
export function PassphrasePrompt({
  locked,
  busy,
  onUnlock,
  onCancel
}: {
  locked: LockedBackup
  busy: boolean
  onUnlock(passphrase: string): void
  onCancel(): void
}) {
  const [passphrase, setPassphrase] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (passphrase !== '') onUnlock(passphrase)
  }
  return (
    <form className="confirm" aria-label="Passphrase for the backup" onSubmit={submit}>
      <p>
        “{locked.fileName}” is encrypted with a passphrase. Type the passphrase it was saved with.
      </p>
      <label>
        Passphrase
        <input
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={locked.problem ? true : undefined}
        />
      </label>{' '}
      <button type="submit" className="primary" disabled={busy || passphrase === ''}>
        {busy ? 'Opening…' : 'Open the backup'}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
      <ErrorMessage text={locked.problem} />
    </form>
  )
}
