import { ImportCancelledError } from '@shared/import/table'
import type { FieldbookApi, IpcResponse, ReadImportResult } from '@shared/ipc/contract'
import { readTranscriptFile } from './electronTranscripts'
import type { AutomaticBackups, ChosenImportFile, Platform, ReadImportOptions } from './types'

function unwrap<T>(response: IpcResponse<T>): T {
  if (!response.ok) throw new Error(response.error)
  return response.data
}

/**
 * import:read with progress and cancel. Main parses in a worker thread and tags progress with
 * the job id; aborting asks main to stop that job and rejects at once with
 * ImportCancelledError (like the web platform), whatever main answers later.
 */
async function readImportFile(
  api: FieldbookApi,
  options: ReadImportOptions,
  newJobId: () => string
): Promise<ReadImportResult> {
  const { signal, onProgress } = options
  if (signal?.aborted) throw new ImportCancelledError()
  const jobId = newJobId()
  const unsubscribe = onProgress
    ? api.on('import:progress', ({ jobId: id, rowsRead, bytesRead, totalBytes }) => {
        if (id === jobId) onProgress({ rowsRead, bytesRead, totalBytes })
      })
    : () => undefined
  let onAbort = (): void => undefined
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      api.importCancel({ jobId }).catch(() => undefined)
      reject(new ImportCancelledError())
    }
  })
  signal?.addEventListener('abort', onAbort, { once: true })
  const reading = api.importRead({
    jobId,
    sheet: options.sheet,
    sameFile: options.sameFile ?? false
  })
  // If the abort wins the race, the read's own answer (or failure) is ignored.
  reading.catch(() => undefined)
  try {
    return unwrap(await Promise.race([reading, aborted]))
  } finally {
    signal?.removeEventListener('abort', onAbort)
    unsubscribe()
  }
}

/** Backups in main's backups folder; main's error sentences are thrown as Errors. */
function automaticBackups(api: FieldbookApi): AutomaticBackups {
  return {
    store: async ({ reason, bytes }) => unwrap(await api.backupStore({ reason, bytes })),
    list: async () => unwrap(await api.backupList()),
    read: async (id) => unwrap(await api.backupRead({ id })).bytes,
    revealFolder: async () => unwrap(await api.backupRevealFolder()).opened,
    onDue: (listener) => api.on('backup:due', () => listener())
  }
}

/** The platform inside Electron: every call goes through the typed preload API. */
export function createElectronPlatform(
  api: FieldbookApi,
  newJobId: () => string = () => crypto.randomUUID()
) {
  return {
    kind: 'electron',
    openFile: async (o) =>
      unwrap(await api.fileOpen({ title: o.title, filters: o.filters ?? [], as: o.as ?? 'bytes' })),
    saveFile: async (o) =>
      unwrap(
        await api.fileSave({
          title: o.title,
          suggestedName: o.suggestedName,
          filters: o.filters ?? [],
          bytes: o.bytes
        })
      ),
    exportDocument: async (o) =>
      unwrap(
        await api.exportDocument({
          format: o.format,
          suggestedName: o.suggestedName,
          title: o.title,
          document: o.document
        })
      ),
    appInfo: async () => unwrap(await api.appInfo()),
    openExternal: async (url) => unwrap(await api.shellOpenExternal({ url })).opened,
    // Main reads the file in its worker thread; the table goes on to the import worker.
    chooseImportFile: async (options): Promise<ChosenImportFile> => {
      const read = await readImportFile(api, options, newJobId)
      return read.canceled
        ? read
        : { canceled: false, source: { kind: 'table', table: read.table } }
    },
    readTranscriptFile: (options) => readTranscriptFile(api, options, newJobId),
    automaticBackups: automaticBackups(api),
    reminders: {
      delivery: 'desktop',
      schedule: async (reminders) => void unwrap(await api.remindersSchedule({ reminders })),
      onDue: (listener) => api.on('reminder:due', listener)
    },
    workspaceKey: async () => unwrap(await api.keysWorkspace()),
    onMenuCommand: (listener) => api.on('menu:command', ({ command }) => listener(command)),
    openedBackups: {
      take: async () => unwrap(await api.backupTakeOpened()),
      onOpened: (listener) => api.on('backup:fileOpened', () => listener())
    }
  } satisfies Platform
}
