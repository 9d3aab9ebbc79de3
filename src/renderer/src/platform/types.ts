import type { AppInfo, FileFilter, OpenedFile, SavedFile } from '@shared/ipc/contract'

export interface OpenFileOptions {
  title?: string
  filters?: FileFilter[]
  as?: 'bytes' | 'text'
}

export interface SaveFileOptions {
  title?: string
  suggestedName: string
  filters?: FileFilter[]
  bytes: Uint8Array
}

/**
 * Everything the UI needs from the machine it runs on. UI code imports only this interface;
 * Electron (preload API) and the browser (file input + download) each implement it.
 */
export interface Platform {
  kind: 'electron' | 'web'
  openFile(options: OpenFileOptions): Promise<OpenedFile>
  saveFile(options: SaveFileOptions): Promise<SavedFile>
  appInfo(): Promise<AppInfo>
  openExternal(url: string): Promise<boolean>
}
