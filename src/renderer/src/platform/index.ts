import { createElectronPlatform } from './electron'
import type { Platform } from './types'
import { createWebPlatform } from './web'

export type {
  AutomaticBackups,
  OpenFileOptions,
  PersistentStorage,
  Reminders,
  Platform,
  ReadImportOptions,
  SaveFileOptions,
  StoreBackupOptions,
  StoredBackup
} from './types'

/** The one platform the UI talks to: Electron's preload API when present, the browser's otherwise. */
export const platform: Platform = window.fieldbook
  ? createElectronPlatform(window.fieldbook)
  : createWebPlatform()
