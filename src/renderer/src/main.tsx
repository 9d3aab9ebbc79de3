import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { DEFAULT_BACKUPS_KEPT } from '@shared/domain'
// The shell's styles, in cascade order: shared pieces, fields, then (with App) the shell's own
// sheets, then styles.css last. Each screen's sheet loads with its chunk.
import './ui/ui.css'
import './ui/fields.css'
import { App } from './app/App'
import { WorkspaceGate } from './app/WorkspaceGate'
import { workspaceAccess } from './db'
import { backupBeforeUpgrade } from './db/upgradeBackup'
import { APP_VERSION } from './db/automaticBackup'
import { platform } from './platform'
import './styles.css'

/**
 * Electron: before this build upgrades a database an older build wrote, keep a copy of it in
 * the backups folder. The database is not opened before this has run.
 */
async function keepCopyBeforeUpgrade(): Promise<void> {
  const backups = platform.automaticBackups
  if (!backups) return
  try {
    const bytes = await backupBeforeUpgrade({ appVersion: APP_VERSION, now: new Date() })
    if (bytes) {
      await backups.store({
        reason: 'beforeUpgrade',
        bytes,
        keep: DEFAULT_BACKUPS_KEPT,
        compressed: true
      })
    }
  } catch (error) {
    console.warn('Fieldbook: could not back up before the upgrade', error)
  }
}

// Ask the browser not to evict the workspace under storage pressure (a no-op where unsupported).
void platform.persistentStorage?.persist().catch(() => false)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
void keepCopyBeforeUpgrade().then(() => {
  // One writer per workspace: the app shows once this page holds the workspace's lock.
  workspaceAccess.start()
  createRoot(root).render(
    <StrictMode>
      <WorkspaceGate>
        <App />
      </WorkspaceGate>
    </StrictMode>
  )
})
