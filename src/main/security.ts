import type { WebPreferences } from 'electron'
import { contentSecurityPolicy } from '@shared/security/csp'
import { isSafeExternalUrl } from '@shared/security/urls'

export { isSafeExternalUrl }

/**
 * Security policy as code: the window's web preferences, the navigation/new-window/webview
 * guards, permission denial and the CSP header. Electron objects are described structurally
 * so the policy can be exercised with fakes in Node tests (Electron cannot launch here).
 */

/** The renderer's own origin: a privileged standard scheme served by protocol.ts. */
export const APP_ORIGIN = 'app://fieldbook'

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Middle-click must not be a second way to open windows (Electronegativity AUXCLICK).
    disableBlinkFeatures: 'Auxclick',
    plugins: false,
    spellcheck: false,
    // A dropped link or file must never replace the app with other content.
    navigateOnDragDrop: false,
    safeDialogs: true,
    enableWebSQL: false
  }
}

/**
 * `${protocol}//${host}` of a URL, or null. Node's URL reports "null" as the origin of
 * non-special schemes such as app:, so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.host === '') return null
    return `${parsed.protocol}//${parsed.host}`.toLowerCase()
  } catch {
    return null
  }
}

/** The origins the app's own pages come from: app://fieldbook, plus the dev server in dev. */
export function trustedOrigins(devServerUrl?: string): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN]
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

export interface PreventableEvent {
  preventDefault(): void
}
export interface NavigationEvent extends PreventableEvent {
  url: string
}
export interface WindowOpenDetails {
  url: string
}

/** The parts of WebContents the guards use. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void
}

export interface ShellLike {
  openExternal(url: string): Promise<void>
}

export interface HardeningOptions {
  shell: ShellLike
  origins: readonly string[]
  log?: (message: string) => void
}

/** Keeps a webContents on the app's own pages: no leaving, no popups, no webviews. */
export function hardenWebContents(contents: WebContentsLike, options: HardeningOptions): void {
  const log = options.log ?? ((message: string) => console.warn(message))
  const guardNavigation = (event: NavigationEvent): void => {
    if (!isTrustedUrl(event.url, options.origins)) {
      event.preventDefault()
      log(`Blocked navigation to ${event.url.slice(0, 200)}`)
    }
  }
  contents.on('will-navigate', guardNavigation)
  contents.on('will-redirect', guardNavigation)
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('Blocked a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    // No second window ever; a plain web link goes to the user's browser instead.
    if (isSafeExternalUrl(url)) {
      options.shell.openExternal(url).catch((error: unknown) => {
        log(`Could not open ${url.slice(0, 200)} externally: ${String(error)}`)
      })
    } else {
      log(`Blocked window.open of ${url.slice(0, 200)}`)
    }
    return { action: 'deny' }
  })
}

export interface AppLike {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: WebContentsLike) => void
  ): unknown
}

/** Applies the guards to every webContents the app ever creates, not only the main window. */
export function hardenAllWebContents(app: AppLike, options: HardeningOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options))
}

export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void
    ) => void
  ): void
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void
}

/** Fieldbook needs no camera, notifications, geolocation, HID…: every request is refused. */
export function denyAllPermissions(session: PermissionSessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

type ResponseHeaders = Record<string, string | string[]>

export interface HeaderSessionLike {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void
      ) => void
    ): void
  }
}

/** Replaces any CSP a response carries with ours (matters for the dev server's responses). */
export function withCspHeader(
  headers: ResponseHeaders | undefined,
  policy: string
): ResponseHeaders {
  const result: ResponseHeaders = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [policy]
  return result
}

export function applyCspHeaders(session: HeaderSessionLike, policy = contentSecurityPolicy): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) })
  })
}
