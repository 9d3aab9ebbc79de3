import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_HOST, APP_SCHEME } from './protocol'
import { secureWebPreferences } from './security'

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
  devServerUrl?: string
  log?: (message: string, error?: unknown) => void
}

/** Creates the single Fieldbook window; it is shown once the first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const log = options.log ?? ((message, error) => console.error(message, error))
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Fieldbook',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath(options.mainDir))
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(rendererEntryUrl(options.devServerUrl)).catch((error: unknown) => {
    log('Could not load the Fieldbook window', error)
  })
  return window
}
