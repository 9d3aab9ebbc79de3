import type { AppInfo, FileFilter, OpenedFile, SavedFile } from '@shared/ipc/contract'
import { isSafeExternalUrl } from '@shared/security/urls'
import { createPersistentStorage } from './storage'
import { createWebReminders } from './webReminders'
import { createWebDocumentExporter } from './webDocuments'
import type { OpenFileOptions, Platform, SaveFileOptions } from './types'
import { IMPORT_FILTERS, createWebImportChooser } from './webImport'
import { TRANSCRIPT_FILTERS, createWebTranscriptReader } from './webTranscripts'

const accept = (filters: FileFilter[] = []) =>
  filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')

/** Opens the browser's file picker; resolves canceled when the picker closes without a file. */
function pickFile(options: OpenFileOptions): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept(options.filters)
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0])
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(undefined)
      input.remove()
    })
    document.body.append(input)
    input.click()
  })
}

async function openFile(options: OpenFileOptions): Promise<OpenedFile> {
  const file = await pickFile(options)
  if (!file) return { canceled: true }
  const base = { canceled: false as const, name: file.name, size: file.size }
  return options.as === 'text'
    ? { ...base, text: await file.text() }
    : { ...base, bytes: new Uint8Array(await file.arrayBuffer()) }
}

/** Saves through a download: the browser decides the folder (or asks, per its settings). */
async function saveFile(options: SaveFileOptions): Promise<SavedFile> {
  const blob = new Blob([options.bytes.slice().buffer])
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = options.suggestedName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return { canceled: false, name: options.suggestedName, size: options.bytes.byteLength }
}

async function appInfo(): Promise<AppInfo> {
  return {
    name: 'Fieldbook',
    version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
    platform: 'web',
    electron: 'none (browser)',
    userDataPath: 'browser storage (IndexedDB) for this site'
  }
}

async function openExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  return window.open(url, '_blank', 'noopener,noreferrer') !== null
}

/**
 * The platform in a plain browser: file input for opening, a download for saving, and a module
 * Web Worker (bundled by Vite from the `new URL(…, import.meta.url)` below) for import parsing.
 */
export function createWebPlatform() {
  const chooseImportFile = createWebImportChooser({
    pickFile: () => pickFile({ filters: IMPORT_FILTERS })
  })
  const readTranscriptFile = createWebTranscriptReader({
    pickFile: () => pickFile({ filters: TRANSCRIPT_FILTERS }),
    // The import worker reads transcripts too (the request's `kind` says which).
    createWorker: () =>
      new Worker(new URL('./importWorker.ts', import.meta.url), {
        type: 'module',
        name: 'fieldbook-transcript'
      })
  })
  const exportDocument = createWebDocumentExporter({
    saveFile,
    createWorker: () =>
      new Worker(new URL('./documentWorker.ts', import.meta.url), {
        type: 'module',
        name: 'fieldbook-document'
      })
  })
  return {
    kind: 'web',
    openFile,
    saveFile,
    exportDocument,
    appInfo,
    openExternal,
    chooseImportFile,
    readTranscriptFile,
    reminders: createWebReminders(),
    // No automaticBackups: a browser keeps no files, so Settings reminds the manager to download.
    persistentStorage: createPersistentStorage(),
    // No application menu, and no files handed over by the system.
    onMenuCommand: () => () => undefined,
    openedBackups: { take: async () => null, onOpened: () => () => undefined }
  } satisfies Platform
}
