import type { WorkspaceSettings } from '@shared/domain'
import { AutomaticBackupsPanel } from './AutomaticBackupsPanel'
import { BackupPanel } from './BackupPanel'
import { BrowserStoragePanel } from './BrowserStoragePanel'
import { CsvExportsPanel } from './CsvExportsPanel'

/** Settings → Your data: backups, restore, automatic backups or browser storage, CSV. */
export function YourData({ settings }: { settings: WorkspaceSettings }) {
  return (
    <>
      <BackupPanel />
      <AutomaticBackupsPanel />
      <BrowserStoragePanel settings={settings} />
      <CsvExportsPanel />
    </>
  )
}
