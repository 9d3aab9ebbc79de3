import type { DocumentFormat, DocumentModel } from '@shared/documents/model'
import type { ImportSource, ReadProgress } from '@shared/import/table'
import type { Reminder } from '@shared/reminders'
import type {
  AppInfo,
  BackupReason,
  ExportedDocument,
  FileFilter,
  MenuCommand,
  OpenedBackupFile,
  OpenedFile,
  ReadTranscriptResult,
  SavedFile,
  StoredBackup
} from '@shared/ipc/contract'

export type { BackupReason, StoredBackup } from '@shared/ipc/contract'

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

export interface ExportDocumentOptions {
  format: DocumentFormat
  /** A file name without a folder; the format's extension is added when missing. */
  suggestedName: string
  title?: string
  document: DocumentModel
}

export type ChosenImportFile = { canceled: true } | { canceled: false; source: ImportSource }

export interface ReadImportOptions {
  /** XLSX: the sheet to read; the first one when absent. */
  sheet?: string
  /** Read the file chosen last time again (another sheet) instead of asking for a file. */
  sameFile?: boolean
  onProgress?: (progress: ReadProgress) => void
  /** Aborting stops the read; the promise then rejects with ImportCancelledError. */
  signal?: AbortSignal
}

export interface ReadTranscriptFileOptions {
  /** Aborting stops the read; the promise then resolves `{ canceled: true }`. */
  signal?: AbortSignal
  onProgress?: (progress: { bytesRead: number; totalBytes: number }) => void
}

export interface StoreBackupOptions {
  reason: BackupReason
  /** An encrypted backup file (docs/BACKUP-FORMAT.md); at most 200 MB. Main refuses plain ones. */
  bytes: Uint8Array
}

/**
 * Backups the app keeps on disk by itself (Electron: `<userData>/backups`, folder 0700, files
 * 0600). Main names the files and rotates each automatic reason in its own pool (BACKUP_POOLS:
 * daily 14, before import 10, before restore 10, before upgrade all); `manual` never rotates.
 */
export interface AutomaticBackups {
  store(options: StoreBackupOptions): Promise<StoredBackup>
  /** Newest first. */
  list(): Promise<StoredBackup[]>
  /** The bytes of a backup `list` returned, by its id. */
  read(id: string): Promise<Uint8Array>
  /** Shows the backups folder in the file manager; false when the platform cannot. */
  revealFolder(): Promise<boolean>
  /** Main says a scheduled backup is due: build the bytes and call `store`. Returns unsubscribe. */
  onDue(listener: () => void): () => void
}

/**
 * Reminders before 1:1s and when commitments fall due. Electron shows desktop notifications
 * from main (even with the window minimised); a browser keeps the timers in the page and shows
 * reminders in the app only. Both call `onDue` listeners, which list the reminder in the app.
 */
export interface Reminders {
  /** 'desktop' when the system shows notifications, 'inApp' when only the app does. */
  delivery: 'desktop' | 'inApp'
  /** Replaces every scheduled reminder with these (the whole list, each time data changes). */
  schedule(reminders: Reminder[]): Promise<void>
  /** Returns unsubscribe. */
  onDue(listener: (reminder: { title: string; body: string }) => void): () => void
}

/** Whether the browser may evict this site's data (IndexedDB) under storage pressure. */
export interface PersistentStorage {
  /** Asks the browser to keep the data; true when it is (or already was) persistent. */
  persist(): Promise<boolean>
  /** True when the data is already marked persistent. */
  persisted(): Promise<boolean>
}

/**
 * Everything the UI needs from the machine it runs on. UI code imports only this interface;
 * Electron (preload API) and the browser (file input + download) each implement it.
 */
export interface Platform {
  kind: 'electron' | 'web'
  openFile(options: OpenFileOptions): Promise<OpenedFile>
  saveFile(options: SaveFileOptions): Promise<SavedFile>
  /**
   * Renders a document (PDF, DOCX or Markdown) off the page's thread and saves it: Electron's
   * main process with a save dialog, a browser's Web Worker with a download. A saved file
   * comes with the SHA-256 of its bytes.
   */
  exportDocument(options: ExportDocumentOptions): Promise<ExportedDocument>
  reminders: Reminders
  appInfo(): Promise<AppInfo>
  openExternal(url: string): Promise<boolean>
  /**
   * Asks for a CRM export (CSV/TSV/TXT/XLSX) and hands it over for the import worker: its
   * bytes (browser; the worker reads them) or the table main read (Electron). Resolves
   * `{ canceled: true }` when the person closes the file chooser; rejects with
   * ImportCancelledError when `signal` aborts, and with an Error whose message is a sentence
   * for the person when the file cannot be opened or read.
   */
  chooseImportFile(options: ReadImportOptions): Promise<ChosenImportFile>
  /**
   * Asks for a call transcript (WebVTT, SRT, text, Word .docx, or a CSV/XLSX with a transcript
   * column) and reads it off the UI thread into its conversations. Resolves `{ canceled: true }`
   * when the chooser closes or `signal` aborts, and `{ ok: false, message }` (a sentence naming
   * the file) when it is no readable transcript; nothing is stored either way.
   */
  readTranscriptFile(options: ReadTranscriptFileOptions): Promise<ReadTranscriptResult>
  /**
   * Present in Electron only. In a browser the app keeps no files, so Settings reminds the
   * manager to download a backup instead.
   */
  automaticBackups?: AutomaticBackups
  /**
   * Electron only: the workspace key, random and kept by the OS keychain (safeStorage). It seals
   * private text at rest and device backups. A browser has none: there the app lock's
   * passphrase makes the key.
   */
  workspaceKey?: () => Promise<
    { key: Uint8Array; protection: string } | { key: null; reason: string }
  >
  /** Present in a browser only: Electron's data folder is never evicted. */
  persistentStorage?: PersistentStorage
  /**
   * The desktop app's menu commands and their shortcuts (File › New 1:1…); a browser has no
   * application menu and never calls the listener. Returns unsubscribe.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Backup files the system opened Fieldbook with (double-clicked .fieldbook files). */
  openedBackups: OpenedBackups
}

export interface OpenedBackups {
  /** The waiting file, once; null when there is none (always, in a browser). */
  take(): Promise<OpenedBackupFile | null>
  /** Called when one arrives while the app runs. Returns unsubscribe. */
  onOpened(listener: () => void): () => void
}
