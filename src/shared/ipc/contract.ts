import { z } from 'zod'
import { DocumentFormat, DocumentModel } from '../documents/model'
import type { ParsedTable } from '../import/table'
import { MAX_REMINDERS, Reminder } from '../reminders'
import type { TranscriptFileResult } from '../transcripts/types'

/**
 * The IPC contract: every channel the renderer may call, with the zod schema of its input and
 * the type of its result. Main validates inputs against these schemas; preload exposes one
 * function per channel; nothing else crosses the bridge.
 */

export const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension without dot'))
    .min(1)
    .max(20)
})
export type FileFilter = z.infer<typeof FileFilter>

export const OpenFileInput = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(FileFilter).max(10).default([]),
  /** How to return the content: raw bytes (XLSX, unknown encodings) or UTF-8 text. */
  as: z.enum(['bytes', 'text']).default('bytes')
})

export const SaveFileInput = z.object({
  title: z.string().max(200).optional(),
  /** Only a file name: the user chooses the folder in the dialog. */
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', 'a file name, not a path'),
  filters: z.array(FileFilter).max(10).default([]),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the file content as bytes')
})

/** A document to render in main (PDF, DOCX or Markdown) and save where the user chooses. */
export const ExportDocumentInput = z
  .object({
    format: DocumentFormat,
    /** Only a file name, like file:save; main adds the format's extension when it is missing. */
    suggestedName: SaveFileInput.shape.suggestedName,
    title: z.string().max(200).optional(),
    document: DocumentModel
  })
  .strict()

/** The whole list of upcoming reminders; each call replaces the previous list. */
export const ScheduleRemindersInput = z
  .object({ reminders: z.array(Reminder).max(MAX_REMINDERS) })
  .strict()

export const OpenExternalInput = z.object({ url: z.string().max(2048) })

/** Names a running import so progress and cancel reach the right one (e.g. a UUID). */
export const ImportJobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of 1–64 letters, digits, - or _')

export const ImportReadInput = z
  .object({
    jobId: ImportJobId,
    /** XLSX: the sheet to read; the first one when absent. */
    sheet: z.string().min(1).max(200).optional(),
    /** Read the file chosen last time again (e.g. another sheet) instead of opening the dialog. */
    sameFile: z.boolean().default(false)
  })
  // Unknown keys are refused, not stripped: a renderer that sends a path gets an error.
  .strict()

export const ImportCancelInput = z.object({ jobId: ImportJobId }).strict()

/** A call transcript: main opens the dialog and reads it in the import worker. */
export const TranscriptReadInput = z.object({ jobId: ImportJobId }).strict()
export const TranscriptCancelInput = z.object({ jobId: ImportJobId }).strict()

/** Why a backup was written. `manual` backups are never removed by rotation. */
export const BackupReason = z.enum(['scheduled', 'beforeImport', 'beforeUpgrade', 'manual'])
export type BackupReason = z.infer<typeof BackupReason>
/** The reasons main writes on its own (or the renderer writes for it); rotation keeps the last N. */
export const AUTOMATIC_BACKUP_REASONS = ['scheduled', 'beforeImport', 'beforeUpgrade'] as const

/** The same cap as opening a file: a backup larger than this could not be read back. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024

/**
 * A backup's id is its file name, made by main: `fieldbook-<UTC time>-<reason>.json[.gz]`,
 * e.g. `fieldbook-2026-11-23T15-04-05-123Z-beforeImport.json.gz`. Nothing else is an id.
 */
export const BACKUP_FILE_PATTERN =
  /^fieldbook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(scheduled|beforeImport|beforeUpgrade|manual)\.json(\.gz)?$/

export const BackupId = z
  .string()
  .max(100)
  .regex(BACKUP_FILE_PATTERN, 'the name of a Fieldbook backup, not a path')

export const BackupStoreInput = z
  .object({
    reason: BackupReason,
    /** The backup file's content, made by the renderer (UTF-8 JSON, or gzip of it). */
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the backup content as bytes')
      .refine((b) => !(b instanceof Uint8Array) || b.byteLength > 0, 'the backup is empty')
      .refine(
        (b) => !(b instanceof Uint8Array) || b.byteLength <= MAX_BACKUP_BYTES,
        'the backup is larger than 200 MB'
      ),
    /** How many automatic backups to keep, this one included (the workspace setting). */
    keep: z.number().int().min(1).max(100),
    /** True when `bytes` is gzip: the file is then named `.json.gz`. */
    compressed: z.boolean()
  })
  .strict()

export const BackupReadInput = z.object({ id: BackupId }).strict()

/** One backup file in the app's backups folder. `createdAt` is an ISO time (UTC). */
export interface StoredBackup {
  id: string
  reason: BackupReason
  size: number
  createdAt: string
  compressed: boolean
}

export interface BackupContent {
  id: string
  bytes: Uint8Array
}

/** A closed dialog or a cancelled job answers canceled; a file that is no transcript, ok: false. */
export type ReadTranscriptResult = { canceled: true } | TranscriptFileResult

/** `size` is the file's size in bytes. A closed dialog or a cancelled job answers canceled. */
export type ReadImportResult =
  { canceled: true } | { canceled: false; table: ParsedTable; size: number }

export type OpenedFile =
  | { canceled: true }
  | { canceled: false; name: string; size: number; bytes?: Uint8Array; text?: string }

export type SavedFile = { canceled: true } | { canceled: false; name: string; size: number }

export interface AppInfo {
  name: string
  version: string
  platform: string
  electron: string
  userDataPath: string
}

/** A backup file the system handed to Fieldbook (a double-clicked .fieldbook file). */
export type OpenedBackupFile = { name: string; bytes: Uint8Array } | { name: string; error: string }

/** The application menu's own commands; the page decides what each one opens. */
export const MENU_COMMANDS = ['newOneOnOne', 'newRideAlong', 'import', 'backUp', 'search'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const ipcContract = {
  'file:open': { input: OpenFileInput, result: {} as OpenedFile },
  'file:save': { input: SaveFileInput, result: {} as SavedFile },
  /** Renders a document model in main and saves it through the save dialog. */
  'export:document': { input: ExportDocumentInput, result: {} as SavedFile },
  'app:info': { input: z.undefined(), result: {} as AppInfo },
  'shell:openExternal': { input: OpenExternalInput, result: {} as { opened: boolean } },
  /** Opens the import dialog (or re-reads the last file) and parses it in a worker thread. */
  'import:read': { input: ImportReadInput, result: {} as ReadImportResult },
  'import:cancel': { input: ImportCancelInput, result: {} as { cancelled: boolean } },
  /** Writes a backup into the app's backups folder (name made by main), then rotates. */
  'backup:store': { input: BackupStoreInput, result: {} as StoredBackup },
  /** The backups in that folder, newest first. */
  'backup:list': { input: z.undefined(), result: {} as StoredBackup[] },
  /** The content of one listed backup, by id (its file name). */
  'backup:read': { input: BackupReadInput, result: {} as BackupContent },
  /** Shows the backups folder in the system's file manager. */
  'backup:revealFolder': { input: z.undefined(), result: {} as { opened: boolean } },
  /** The .fieldbook file the system opened Fieldbook with, once; null when there is none. */
  'backup:takeOpened': { input: z.undefined(), result: {} as OpenedBackupFile | null },
  /** Desktop notifications before 1:1s and when commitments fall due (timers kept in main). */
  'reminders:schedule': { input: ScheduleRemindersInput, result: {} as { scheduled: number } },
  /** Opens the transcript dialog and reads the call transcript in a worker thread. */
  'transcript:read': { input: TranscriptReadInput, result: {} as ReadTranscriptResult },
  'transcript:cancel': { input: TranscriptCancelInput, result: {} as { cancelled: boolean } }
} as const

export type IpcContract = typeof ipcContract
export type Channel = keyof IpcContract
export type ChannelInput<C extends Channel> = z.input<IpcContract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<IpcContract[C]['input']>
export type ChannelResult<C extends Channel> = IpcContract[C]['result']

/** Every handler answers with this envelope; errors are sentences a person can read. */
export type IpcResponse<T> = { ok: true; data: T } | { ok: false; error: string }

export const channels = Object.keys(ipcContract) as Channel[]

/** Events main sends to the renderer (e.g. progress of a long parse). */
export const ipcEvents = {
  'import:progress': {} as {
    jobId: string
    rowsRead: number
    bytesRead: number
    totalBytes: number
  },
  'reminder:due': {} as { title: string; body: string },
  /** Main's schedule: time for an automatic backup; the renderer answers with backup:store. */
  'backup:due': {} as { reason: 'scheduled' },
  /** A .fieldbook file was opened with Fieldbook: the page asks for it with backup:takeOpened. */
  'backup:fileOpened': {} as Record<string, never>,
  /** A command of the application menu (or its shortcut) was chosen. */
  'menu:command': {} as { command: MenuCommand },
  'transcript:progress': {} as { jobId: string; bytesRead: number; totalBytes: number }
} as const
export type IpcEvents = typeof ipcEvents
export type EventName = keyof IpcEvents
export const eventNames = Object.keys(ipcEvents) as EventName[]

/** The API preload exposes as `window.fieldbook`, derived from the contract. */
export type FieldbookApi = {
  [C in Channel as ChannelFunctionName<C>]: ChannelInput<C> extends undefined
    ? () => Promise<IpcResponse<ChannelResult<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResponse<ChannelResult<C>>>
} & {
  on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

type CamelTail<S extends string> = S extends `${infer H}:${infer T}`
  ? `${H}${Capitalize<CamelTail<T>>}`
  : S
/** 'file:open' → 'fileOpen', 'shell:openExternal' → 'shellOpenExternal'. */
export type ChannelFunctionName<C extends string> = CamelTail<C>

export function channelFunctionName<C extends Channel>(channel: C): ChannelFunctionName<C> {
  return channel.replace(/:(.)/g, (_m, c: string) => c.toUpperCase()) as ChannelFunctionName<C>
}
