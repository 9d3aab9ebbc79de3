import type { ReadProgress } from '@shared/import/table'
import type {
  AppInfo,
  FileFilter,
  OpenedFile,
  ReadImportResult,
  SavedFile
} from '@shared/ipc/contract'

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

export interface ReadImportOptions {
  /** XLSX: the sheet to read; the first one when absent. */
  sheet?: string
  /** Read the file chosen last time again (another sheet) instead of asking for a file. */
  sameFile?: boolean
  onProgress?: (progress: ReadProgress) => void
  /** Aborting stops the parse; the promise then rejects with ImportCancelledError. */
  signal?: AbortSignal
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
  /**
   * Asks for a CRM export (CSV/TSV/TXT/XLSX) and parses it off the UI thread. Resolves
   * `{ canceled: true }` when the person closes the file chooser; rejects with
   * ImportCancelledError when `signal` aborts, and with an Error whose message is a sentence
   * for the person when the file cannot be read.
   */
  readImportFile(options: ReadImportOptions): Promise<ReadImportResult>
}
