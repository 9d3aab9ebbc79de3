import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { watchRendererLoad } from './loadFailure'
import { APP_HOST, APP_SCHEME } from './protocol'
import type { Runtime } from './runtime'
import { secureWebPreferences } from './security'
import { MINIMUM_SIZE, type InitialBounds } from './windowState'

/** The page the window loads: the built renderer over app://, or the dev server in dev. */
export function rendererEntryUrl(devServerUrl: string | undefined): string {
  return devServerUrl && devServerUrl.length > 0
    ? devServerUrl
    : `${APP_SCHEME}://${APP_HOST}/index.html`
}

/** electron-vite emits the preload as CommonJS out/preload/index.js next to out/main. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.js')
}

export interface MainWindowOptions {
  mainDir: string
  runtime: Pick<Runtime, 'devServerUrl' | 'devTools'>
  /** From the saved window state (windowState.ts). */
  initial: InitialBounds
  /** Named on the error page, so a manager knows their data is still there. */
  dataFolder: string
  log?: (message: string, error?: unknown) => void
}

/** Creates the single Fieldbook window; it is shown once the first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const log = options.log ?? ((message, error) => console.error(message, error))
  const window = new BrowserWindow({
    ...options.initial.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: 'Fieldbook',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      ...secureWebPreferences(preloadPath(options.mainDir)),
      devTools: options.runtime.devTools
    }
  })
  window.once('ready-to-show', () => {
    if (options.initial.maximized) window.maximize()
    window.show()
  })
  watchRendererLoad(window, {
    dataFolder: options.dataFolder,
    log: (message) => log(message)
  })
  window.loadURL(rendererEntryUrl(options.runtime.devServerUrl)).catch((error: unknown) => {
    log('Could not load the Fieldbook window', error)
  })
  return window
}
