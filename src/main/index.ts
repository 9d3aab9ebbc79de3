import {
  BrowserWindow,
  Menu,
  Notification,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  screen,
  session,
  shell
} from 'electron'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { createBackupHandlers, listBackups } from './backup/handlers'
import {
  DEFAULT_BACKUP_INTERVAL_HOURS,
  createBackupSchedule,
  type BackupSchedule
} from './backup/schedule'
import { createImportHandlers } from './import/handlers'
import { createReminderService } from './reminders/service'
import readWorkerPath from './import/readWorker?modulePath'
import { createWorkerReadRunner, READ_WORKER_RESOURCE_LIMITS } from './import/runners'
import { createTranscriptHandlers } from './import/transcriptHandlers'
import { createWorkerTranscriptRunner } from './import/transcriptJob'
import { createAppHandlers } from './ipc/app'
import { sendToPage } from './ipc/events'
import { createExportHandlers } from './ipc/exports'
import { createFileHandlers, type FileDialogs } from './ipc/files'
import { readPickedFile } from './ipc/pickedFile'
import { registerHandlers } from './ipc/register'
import { applicationMenuTemplate } from './menu'
import { backupPathFromArgv, createOpenedBackups } from './openedBackups'
import { makePdfInNode } from './render/pdf'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { runtimeFor } from './runtime'
import {
  applyCspHeaders,
  denyAllPermissions,
  hardenAllWebContents,
  isTrustedUrl,
  trustedOrigins
} from './security'
import { createMainWindow } from './windows'
import { initialBounds, loadWindowState, saveWindowState, trackWindowState } from './windowState'

/** Lifecycle only: wiring of the modules next to this file. */

// ELECTRON_RENDERER_URL (set by `electron-vite dev`), DevTools and the looser dev CSP count
// only in an unpackaged app.
const runtime = runtimeFor({ isPackaged: app.isPackaged, env: process.env })
// Before anything reads the data folder (the single-instance lock lives there too).
if (runtime.userData) app.setPath('userData', runtime.userData)
const origins = trustedOrigins(runtime.devServerUrl)
let mainWindow: BrowserWindow | null = null
/** Asks the window for automatic backups; created once ready. */
let backupSchedule: BackupSchedule | null = null

// Both must happen before 'ready': sandbox every renderer, and give app:// its privileges.
app.enableSandbox()
registerAppScheme(protocol)

const page = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null)
const windowStateFile = () => join(app.getPath('userData'), 'window-state.json')

/** Double-clicked .fieldbook files: kept until the page asks for them (backup:takeOpened). */
const openedBackups = createOpenedBackups({
  read: (path) => readPickedFile(path),
  notify: () => sendToPage(page(), (url) => isTrustedUrl(url, origins), 'backup:fileOpened', {})
})
// macOS hands over a double-clicked file with 'open-file', possibly before 'ready'.
app.on('open-file', (event, path) => {
  event.preventDefault()
  void openedBackups.offer(path)
  showMainWindow()
})

async function openMainWindow(): Promise<void> {
  const saved = await loadWindowState(windowStateFile())
  mainWindow = createMainWindow({
    mainDir: __dirname,
    runtime,
    initial: initialBounds(saved, screen),
    dataFolder: app.getPath('userData')
  })
  trackWindowState(mainWindow, (state) => saveWindowState(windowStateFile(), state))
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  // Each load (and reload) of the page checks soon whether a backup is due.
  mainWindow.webContents.on('did-finish-load', () => backupSchedule?.checkSoon())
}

function showMainWindow(): void {
  // A second launch during startup is answered by the window onReady creates.
  if (!app.isReady()) return
  if (mainWindow === null || mainWindow.isDestroyed()) {
    openMainWindow().catch((error: unknown) => console.error('Could not open the window', error))
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

/** Dialogs are modal to the main window when it exists. */
const dialogs: FileDialogs = {
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)
}

async function onReady(): Promise<void> {
  const ses = session.defaultSession
  denyAllPermissions(ses)
  applyCspHeaders(ses, runtime.contentSecurityPolicy)
  handleAppProtocol(protocol, join(__dirname, '../renderer'))
  const backupDirectory = join(app.getPath('userData'), 'backups')
  backupSchedule = createBackupSchedule({
    list: () => listBackups(backupDirectory),
    emit: (payload) =>
      sendToPage(page(), (url) => isTrustedUrl(url, origins), 'backup:due', payload),
    intervalMs: DEFAULT_BACKUP_INTERVAL_HOURS * 60 * 60 * 1000
  })
  // Timers do not run while the laptop sleeps: look again when it wakes up.
  powerMonitor.on('resume', () => backupSchedule?.checkSoon())
  const reminders = createReminderService({
    Notification,
    emit: (payload) =>
      sendToPage(page(), (url) => isTrustedUrl(url, origins), 'reminder:due', payload),
    onClick: showMainWindow
  })
  app.on('will-quit', () => {
    backupSchedule?.dispose()
    reminders.dispose()
  })
  const fileHandlers = createFileHandlers({ dialogs, defaultDirectory: app.getPath('documents') })
  registerHandlers(
    ipcMain,
    {
      ...fileHandlers,
      ...createExportHandlers({ saveFile: fileHandlers['file:save'], makePdf: makePdfInNode }),
      ...createImportHandlers({
        dialogs,
        defaultDirectory: app.getPath('documents'),
        // readWorker.ts is bundled on its own next to index.js; one thread per file read.
        runRead: createWorkerReadRunner(
          () => new Worker(readWorkerPath, { resourceLimits: READ_WORKER_RESOURCE_LIMITS })
        )
      }),
      ...createTranscriptHandlers({
        dialogs,
        defaultDirectory: app.getPath('documents'),
        // The same worker entry reads transcripts (the request's `kind` says which).
        runTranscript: createWorkerTranscriptRunner(
          () => new Worker(readWorkerPath, { resourceLimits: READ_WORKER_RESOURCE_LIMITS })
        )
      }),
      ...createBackupHandlers({
        directory: backupDirectory,
        clock: { now: () => new Date() },
        openFolder: (path) => shell.openPath(path)
      }),
      ...reminders.handlers,
      ...openedBackups.handlers,
      ...createAppHandlers({
        app,
        shell,
        platform: process.platform,
        electronVersion: process.versions.electron ?? 'unknown'
      })
    },
    { isTrustedSender: (url) => isTrustedUrl(url, origins) }
  )
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate(process.platform, runtime.devTools, (command) => {
        showMainWindow()
        sendToPage(page(), (url) => isTrustedUrl(url, origins), 'menu:command', { command })
      })
    )
  )
  // Windows and Linux pass a double-clicked .fieldbook file on the command line.
  const launchedWith = backupPathFromArgv(process.argv)
  if (launchedWith) void openedBackups.offer(launchedWith)
  showMainWindow()
}

// One Fieldbook per user: two instances would write the same IndexedDB and backups.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    const path = backupPathFromArgv(argv)
    if (path) void openedBackups.offer(path)
    showMainWindow()
  })
  hardenAllWebContents(app, { shell, origins })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow()
  })
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Fieldbook failed to start', error)
      app.quit()
    })
}
