import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The shell's styles, in cascade order: shared pieces, fields, then (with App) the shell's own
// sheets, then styles.css last. Each screen's sheet loads with its chunk.
import './ui/ui.css'
import './ui/fields.css'
import { App } from './app/App'
import { storeBackupBeforeUpgrade } from './db/automaticBackup'
import { platform } from './platform'
import './styles.css'

// Ask the browser not to evict the workspace under storage pressure (a no-op where unsupported).
void platform.persistentStorage?.persist().catch(() => false)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Electron: before this build upgrades a database an older build wrote, an encrypted copy of it
// goes into the backups folder. The database is not opened before this has run.
void storeBackupBeforeUpgrade().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
)
