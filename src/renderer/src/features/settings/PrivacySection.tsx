import { useState, type FormEvent } from 'react'
import type { WorkspaceSettings } from '@shared/domain'
import { passphraseProblem } from '@shared/privacy'
import { errorText } from '@shared/text/errorText'
import { privacy } from '../../db/privacyActions'
import { useLockState } from '../../ui/lockState'
import { NumberField } from '../../ui/formParts'
import { StatusMessage, type Status } from '../../ui/StatusMessage'
import { PassphraseField, privacyStatusText, WHAT_IS_SEALED } from './privacyWords'

const DEFAULT_IDLE_MINUTES = 10

/** Settings → Privacy: how private notes are kept, and the app lock (issue 17). */
export function PrivacySection({ settings }: { settings: WorkspaceSettings }) {
  const lock = settings.privacy?.lock
  const { lockNow, markUnlocked } = useLockState()
  const [status, setStatus] = useState<Status>()
  const [busy, setBusy] = useState(false)
  const [current, setCurrent] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [idle, setIdle] = useState(String(lock?.idleMinutes ?? DEFAULT_IDLE_MINUTES))

  const run = async (action: () => Promise<Status>) => {
    setBusy(true)
    setStatus(undefined)
    try {
      setStatus(await action())
      setCurrent('')
      setPassphrase('')
      setRepeated('')
    } catch (error) {
      setStatus({ error: true, text: errorText(error) })
    } finally {
      setBusy(false)
    }
  }

  const idleMinutes = (): number | string => {
    const n = Number(idle)
    return Number.isInteger(n) && n >= 0 && n <= 240
      ? n
      : 'Lock after: type whole minutes from 0 (never by itself) to 240.'
  }

  const setLock = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const minutes = idleMinutes()
    const problem = passphraseProblem(passphrase, repeated)
    if (typeof minutes === 'string' || problem) {
      setStatus({ error: true, text: problem ?? String(minutes) })
      return
    }
    void run(async () => {
      if (lock && !(await privacy.unlock(current))) {
        return { error: true, text: 'The current passphrase is not right; nothing was changed.' }
      }
      await privacy.setLock(passphrase, minutes)
      markUnlocked()
      return {
        error: false,
        text: lock
          ? 'The passphrase is changed.'
          : `The app lock is set. ${minutes > 0 ? `Fieldbook locks after ${minutes} minutes without use, and` : 'Fieldbook locks'} when you choose Lock Fieldbook.`
      }
    })
  }

  const saveIdle = () => {
    const minutes = idleMinutes()
    if (typeof minutes === 'string') return setStatus({ error: true, text: minutes })
    void run(async () => {
      await privacy.setIdleMinutes(minutes)
      return {
        error: false,
        text:
          minutes > 0
            ? `Fieldbook locks after ${minutes} minutes without use.`
            : 'Fieldbook locks only when you choose Lock Fieldbook.'
      }
    })
  }

  const removeLock = () =>
    void run(async () =>
      (await privacy.removeLock(current))
        ? { error: false, text: 'The app lock is removed.' }
        : { error: true, text: 'The current passphrase is not right; the lock stays.' }
    )

  return (
    <div className="panel privacy" aria-labelledby="privacy-title" role="region">
      <h2 id="privacy-title">Privacy and the app lock</h2>
      <p>{privacyStatusText(privacy.deviceKey(), lock !== undefined)}</p>
      <p className="cell-note">{WHAT_IS_SEALED}</p>
      {lock && (
        <div className="form-row">
          <NumberField
            label="Lock after (minutes without use, 0 = never)"
            value={idle}
            onChange={setIdle}
            min={0}
            max={240}
          />
          <button type="button" onClick={saveIdle} disabled={busy}>
            Save the time
          </button>
          <button type="button" onClick={lockNow} disabled={busy}>
            Lock now
          </button>
        </div>
      )}
      <form onSubmit={setLock} aria-label={lock ? 'Change the passphrase' : 'Set an app lock'}>
        <h3>{lock ? 'Change the passphrase or remove the lock' : 'Set an app lock'}</h3>
        {lock && (
          <div className="form-row">
            <PassphraseField
              label="Current passphrase"
              value={current}
              onChange={setCurrent}
              current
            />
          </div>
        )}
        <div className="form-row">
          <PassphraseField
            label={lock ? 'New passphrase' : 'Passphrase'}
            value={passphrase}
            onChange={setPassphrase}
          />
          <PassphraseField label="Type it again" value={repeated} onChange={setRepeated} />
          {!lock && (
            <NumberField
              label="Lock after (minutes without use, 0 = never)"
              value={idle}
              onChange={setIdle}
              min={0}
              max={240}
            />
          )}
        </div>
        <div className="form-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Working…' : lock ? 'Change the passphrase' : 'Set the app lock'}
          </button>
          {lock && (
            <button type="button" onClick={removeLock} disabled={busy || current.length === 0}>
              Remove the lock
            </button>
          )}
        </div>
      </form>
      {status && <StatusMessage status={status} />}
    </div>
  )
}
