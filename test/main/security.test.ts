import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '@shared/security/csp'
import {
  APP_ORIGIN,
  applyCspHeaders,
  denyAllPermissions,
  hardenAllWebContents,
  hardenWebContents,
  isSafeExternalUrl,
  isTrustedUrl,
  originOf,
  secureWebPreferences,
  trustedOrigins,
  withCspHeader,
  type AppLike,
  type WebContentsLike
} from '../../src/main/security'
import { FakeWebContents } from './fakes'

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables every Node and legacy surface', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      plugins: false,
      spellcheck: false,
      navigateOnDragDrop: false
    })
    expect(prefs.enableBlinkFeatures).toBeUndefined()
  })
})

describe('isSafeExternalUrl', () => {
  const accepted = [
    'https://example.com',
    'http://example.com/path?q=1#frag',
    'HTTPS://EXAMPLE.COM',
    'https://sub.example.co.uk:8443/a/b',
    'https://xn--bcher-kva.example/'
  ]
  const rejected: unknown[] = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'file:///etc/passwd',
    'file://server/share',
    'data:text/html,<script>alert(1)</script>',
    'app://fieldbook/index.html',
    'app://fieldbook/..',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'smb://attacker/share',
    'mailto:someone@example.com',
    'https://user:pw@x.com',
    'https://user@x.com',
    'https://bank.example@evil.example',
    'http://',
    'https://',
    'https:x.com',
    'https:///x.com',
    'https:\\\\x.com',
    '  https://x.com',
    'https://x.com ',
    'https://x.com/\u0000',
    'https://x.com/\n',
    'https://exa\u00a0mple.com',
    '//example.com',
    'example.com',
    '',
    `https://x.com/${'a'.repeat(3000)}`,
    'not a url',
    42,
    null,
    undefined,
    { toString: () => 'https://x.com' }
  ]

  it.each(accepted)('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each(rejected.map((url) => [String(url).slice(0, 60), url]))('rejects %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('origins', () => {
  it('rebuilds origins for the app:// scheme (Node reports "null" for it)', () => {
    expect(originOf('app://fieldbook/index.html')).toBe(APP_ORIGIN)
    expect(originOf('APP://FIELDBOOK/x')).toBe(APP_ORIGIN)
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('not a url')).toBeNull()
  })

  it('trusts the app origin, and the dev server only when one is given', () => {
    expect(trustedOrigins()).toEqual([APP_ORIGIN])
    const dev = trustedOrigins('http://localhost:5173/')
    expect(dev).toEqual([APP_ORIGIN, 'http://localhost:5173'])
    expect(isTrustedUrl('http://localhost:5173/#/team', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedUrl('app://fieldbook.evil/', dev)).toBe(false)
    expect(isTrustedUrl('app://evil/index.html', [APP_ORIGIN])).toBe(false)
  })
})

function hardened(origins = [APP_ORIGIN]) {
  const contents = new FakeWebContents()
  const shell = { openExternal: vi.fn(() => Promise.resolve()) }
  const log = vi.fn()
  hardenWebContents(contents, { shell, origins, log })
  return { contents, shell, log }
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects that leave app://fieldbook', () => {
    const { contents } = hardened()
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      'http://localhost:5173/'
    ]) {
      expect(contents.emit('will-navigate', url)).toBe(true)
      expect(contents.emit('will-redirect', url)).toBe(true)
    }
  })

  it('lets the app reload or move between its own pages', () => {
    const { contents } = hardened()
    expect(contents.emit('will-navigate', 'app://fieldbook/index.html')).toBe(false)
    expect(contents.emit('will-navigate', 'app://fieldbook/team')).toBe(false)
  })

  it('allows the dev server origin only when it is trusted', () => {
    const { contents } = hardened(trustedOrigins('http://localhost:5173').slice())
    expect(contents.emit('will-navigate', 'http://localhost:5173/index.html')).toBe(false)
    expect(contents.emit('will-navigate', 'http://localhost:9999/')).toBe(true)
  })

  it('denies every window.open and sends only safe web links to the browser', () => {
    const { contents, shell } = hardened()
    const open = contents.windowOpenHandler
    expect(open).not.toBeNull()
    expect(open?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help')
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://fieldbook/x',
      'smb://h/s'
    ]) {
      expect(open?.({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('logs instead of throwing when the browser cannot be opened', async () => {
    const { contents, shell, log } = hardened()
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'))
    contents.windowOpenHandler?.({ url: 'https://example.com' })
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser')))
  })

  it('prevents <webview> from attaching', () => {
    const { contents } = hardened()
    expect(contents.emit('will-attach-webview')).toBe(true)
  })

  it('hardens every webContents the app creates', () => {
    let created: ((event: unknown, contents: WebContentsLike) => void) | undefined
    const app: AppLike = {
      on: (_event, listener) => {
        created = listener
      }
    }
    hardenAllWebContents(app, {
      shell: { openExternal: vi.fn() },
      origins: [APP_ORIGIN],
      log: vi.fn()
    })
    const contents = new FakeWebContents()
    created?.({}, contents)
    expect(contents.emit('will-navigate', 'https://evil.example')).toBe(true)
    expect(contents.windowOpenHandler).not.toBeNull()
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0]
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0]
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check({}, permission)).toBe(false)
    }
  })
})

describe('CSP headers', () => {
  it('adds the shared policy and replaces any policy the response had', () => {
    const headers = withCspHeader(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      contentSecurityPolicy
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy]
    })
  })

  it('installs an onHeadersReceived hook that applies it to every response', () => {
    const onHeadersReceived = vi.fn()
    applyCspHeaders({ webRequest: { onHeadersReceived } })
    const listener = onHeadersReceived.mock.calls[0]?.[0]
    const callback = vi.fn()
    listener({ responseHeaders: { Server: ['vite'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { Server: ['vite'], 'Content-Security-Policy': [contentSecurityPolicy] }
    })
    listener({}, callback)
    expect(callback).toHaveBeenLastCalledWith({
      responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] }
    })
  })
})
