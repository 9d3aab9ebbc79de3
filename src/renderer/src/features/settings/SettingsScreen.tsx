import { useEffect, useState, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { WorkspaceSettings } from '@shared/domain'
import type { AppInfo } from '@shared/ipc/contract'
import { useWorkspaceStore } from '../../ui/workspaceStore'
import { platform } from '../../platform'
import { PrivacySection } from './PrivacySection'
import { RemindersSection } from './RemindersSection'
import { WorkspaceSection } from './WorkspaceSection'
import { ErrorMessage } from '../../ui/StatusMessage'
import './settings.css'
import { screens } from '../../ui/routes'

/**
 * Settings. The "Your data" section (backups, restore, exports) belongs to the data feature;
 * the shell passes it in, so the two features never import each other.
 */
export function SettingsScreen({
  settings,
  yourData
}: {
  settings: WorkspaceSettings
  yourData: ReactNode
}) {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [confirming, setConfirming] = useState(false)
  const { busy, error, reset } = useWorkspaceStore()
  useEffect(() => {
    platform.appInfo().then(setInfo, () => setInfo(null))
  }, [])
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Settings</h1>
      <WorkspaceSection settings={settings} />
      <div className="panel">
        <h2>This workspace</h2>
        <dl className="facts">
          <dt>Contents</dt>
          <dd>{settings.mode === 'demo' ? 'Demo team' : 'Your own team'}</dd>
          <dt>Currency</dt>
          <dd>{settings.currency}</dd>
          <dt>Created</dt>
          <dd>{new Date(settings.createdAt).toLocaleString()}</dd>
          <dt>Stored in</dt>
          <dd>{info?.userDataPath ?? '…'}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>Sales process and checklists</h2>
        <ul>
          <li>
            <Link to={screens.salesProcess}>Sales process</Link>: stages in order, exit criteria and
            the CRM stage names of each.
          </li>
          <li>
            <Link to={screens.checklists}>Checklists</Link>: what good looks like at each stage for
            ride-alongs, call reviews and role-plays (versioned).
          </li>
          <li>
            <Link to={screens.scenarios}>Role-play scenarios</Link>: the library per stage.
          </li>
        </ul>
      </div>
      <RemindersSection settings={settings} />
      <PrivacySection settings={settings} />
      {yourData}
      <div className="panel danger-zone">
        <h2>Reset workspace</h2>
        <p>
          Deletes every rep, import, note and plan in this workspace and returns to the first-launch
          screen.
        </p>
        {confirming ? (
          <div role="group" aria-label="Confirm reset">
            <p>
              <strong>This cannot be undone.</strong> Delete everything?
            </p>
            <button
              type="button"
              className="danger"
              onClick={() => void reset()}
              disabled={busy !== null}
            >
              Yes, delete everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Reset workspace…
          </button>
        )}
        <ErrorMessage text={error ?? undefined} />
      </div>
      <div className="panel">
        <h2>About</h2>
        <p>
          {info
            ? `${info.name} ${info.version} · ${info.platform} · Electron: ${info.electron}`
            : 'Reading app information…'}
        </p>
      </div>
    </section>
  )
}
