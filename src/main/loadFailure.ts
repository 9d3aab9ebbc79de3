/**
 * A window whose page fails to load must never stay invisible or blank: it shows a page that
 * says what happened and what to do. The page is a data: URL with no script, so it works even
 * when app:// itself is what failed.
 */

export interface LoadFailure {
  /** 'load' when the page did not load, 'crash' when the renderer process stopped. */
  kind: 'load' | 'crash'
  detail: string
  /** Where the manager's data and automatic backups are, so they know nothing is lost. */
  dataFolder: string
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
  )

export function loadFailurePage(failure: LoadFailure): string {
  const title =
    failure.kind === 'load'
      ? 'Fieldbook could not open its window'
      : 'Fieldbook stopped unexpectedly'
  const steps =
    failure.kind === 'load'
      ? [
          'Quit Fieldbook and start it again.',
          'If this page comes back, reinstall Fieldbook from its installer. Reinstalling keeps your data.'
        ]
      : [
          'Press Ctrl+R (⌘R on a Mac) or quit and start Fieldbook again; what you saved is kept.',
          'If it keeps happening, save the details below for support.'
        ]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1.5rem;color:#1f2933}
h1{font-size:1.5rem}code{background:#f1f5f4;padding:.1rem .3rem;border-radius:.2rem;word-break:break-all}</style>
</head><body><main>
<h1>${escapeHtml(title)}</h1>
<p>Your team's data is safe: it stays on this computer, with automatic backups in <code>${escapeHtml(
    failure.dataFolder
  )}</code>.</p>
<h2>What to do</h2>
<ol>${steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>
<p>Details: <code>${escapeHtml(failure.detail.slice(0, 500))}</code></p>
</main></body></html>`
}

export function loadFailureUrl(failure: LoadFailure): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(loadFailurePage(failure))}`
}

/** Chromium's net::ERR_ABORTED: a newer navigation replaced this one, not a failure. */
const ERR_ABORTED = -3

/** The parts of BrowserWindow the watcher uses. */
export interface WatchedWindowLike {
  show(): void
  isVisible(): boolean
  isDestroyed(): boolean
  loadURL(url: string): Promise<void>
  webContents: {
    on(
      event: 'did-fail-load',
      listener: (
        event: unknown,
        errorCode: number,
        errorDescription: string,
        validatedURL: string,
        isMainFrame: boolean
      ) => void
    ): unknown
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void
    ): unknown
  }
}

export interface WatchOptions {
  dataFolder: string
  /** Shown anyway after this long, even if the page never said it was ready. */
  showAfterMs?: number
  setTimeout?: (f: () => void, ms: number) => unknown
  log?: (message: string) => void
}

export function watchRendererLoad(window: WatchedWindowLike, options: WatchOptions): void {
  const log = options.log ?? ((message) => console.error(message))
  const later = options.setTimeout ?? ((f, ms) => setTimeout(f, ms))
  let showingFailure = false
  const fail = (kind: LoadFailure['kind'], detail: string) => {
    log(`Fieldbook window: ${detail}`)
    if (window.isDestroyed() || showingFailure) return
    showingFailure = true
    window
      .loadURL(loadFailureUrl({ kind, detail, dataFolder: options.dataFolder }))
      .catch((error: unknown) => log(`The error page did not load either: ${String(error)}`))
      .finally(() => {
        if (!window.isDestroyed()) window.show()
      })
  }
  window.webContents.on(
    'did-fail-load',
    (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
      if (!isMainFrame || errorCode === ERR_ABORTED || validatedURL.startsWith('data:')) return
      fail('load', `${errorDescription} (${errorCode}) loading ${validatedURL.slice(0, 200)}`)
    }
  )
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    fail('crash', `the page stopped: ${details.reason} (exit code ${details.exitCode})`)
  })
  later(() => {
    if (!window.isDestroyed() && !window.isVisible()) {
      log('Fieldbook window: not ready after a while; showing it anyway')
      window.show()
    }
  }, options.showAfterMs ?? 10_000)
}
