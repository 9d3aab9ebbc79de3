import { useState, type FormEvent } from 'react'
import { useLockState } from '../ui/lockState'
import { errorText } from '@shared/text/errorText'

/** What shows instead of every screen while the app lock is closed. */
export function LockScreen({ teamName }: { teamName: string }) {
  const unlock = useLockState((s) => s.unlock)
  const [passphrase, setPassphrase] = useState('')
  const [checking, setChecking] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setChecking(true)
    setProblem(null)
    try {
      if (!(await unlock(passphrase))) {
        setProblem('That passphrase does not unlock Fieldbook. Check Caps Lock and try again.')
      }
    } catch (error) {
      setProblem(errorText(error))
    } finally {
      setChecking(false)
    }
  }

  return (
    <main className="lock-screen">
      <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="lock-title">
        <h1 id="lock-title">Fieldbook is locked</h1>
        <p>
          {teamName ? `${teamName}: type` : 'Type'} the app lock passphrase to open your workspace.
        </p>
        <label>
          Passphrase
          <input
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'lock-problem' : undefined}
          />
        </label>
        {problem && (
          <p id="lock-problem" role="alert" className="error">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={checking || passphrase.length === 0}>
          {checking ? 'Checking…' : 'Unlock'}
        </button>
        <p className="hint">
          A forgotten passphrase cannot be recovered: that is what keeps the private notes private.
          A backup saved with its own passphrase can still be restored.
        </p>
      </form>
    </main>
  )
}
