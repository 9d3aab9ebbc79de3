import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The shell's styles, in cascade order: shared pieces, fields, then (with App) the shell's own
// sheets, then styles.css last. Each screen's sheet loads with its chunk.
import './ui/ui.css'
import './ui/fields.css'
import { App } from './app/App'
import { WorkspaceGate } from './app/WorkspaceGate'
import { workspaceAccess } from './db'
import { privacy } from './db/privacyActions'
import { deviceKey, storeBackupBeforeUpgrade } from './db/automaticBackup'
import { startAnalysisWorker } from './db/analysisWorker/useAnswer'
import { platform } from './platform'
import './styles.css'

// Ask the browser not to evict the workspace under storage pressure (a no-op where unsupported).
void platform.persistentStorage?.persist().catch(() => false)

/**
 * Issue 17: the workspace key from the OS keychain (Electron), before anything reads the
 * database; then private text written before is sealed with it. `deviceKey()` never throws: a
 * refusal becomes the reason Settings shows.
 */
async function openPrivateText(): Promise<void> {
  await deviceKey()
}

async function sealOldText(): Promise<void> {
  try {
    await privacy.sealIfNeeded()
  } catch (error) {
    console.warn('Fieldbook: could not seal private text yet', error)
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Electron: the key first; then, before this build upgrades a database an older build wrote, an
// encrypted copy of it goes into the backups folder. The database is not opened before this.
void openPrivateText()
  .then(storeBackupBeforeUpgrade)
  .then(sealOldText)
  .then(() => {
    // One writer per workspace: the app shows once this page holds the workspace's lock.
    workspaceAccess.start()
    // After the backup above: the worker opens (and so may upgrade) the database too.
    startAnalysisWorker()
    createRoot(root).render(
      <StrictMode>
        <WorkspaceGate>
          <App />
        </WorkspaceGate>
      </StrictMode>
    )
  })
