import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '@shared/security/csp'
import {
  handleAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppRequest,
  serveAppRequest
} from '../../src/main/protocol'

const ROOT = '/srv/fieldbook/renderer'

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme that does not bypass CSP', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
      }
    ])
  })
})

describe('resolveAppRequest', () => {
  it.each([
    ['app://fieldbook/index.html', `${ROOT}/index.html`],
    ['app://fieldbook/', `${ROOT}/index.html`],
    ['app://fieldbook', `${ROOT}/index.html`],
    ['app://fieldbook/assets/index-abc123.js', `${ROOT}/assets/index-abc123.js`],
    ['app://fieldbook/assets/index.css?v=1#x', `${ROOT}/assets/index.css`],
    ['app://fieldbook/fonts/Inter%20Var.woff2', `${ROOT}/fonts/Inter Var.woff2`],
    // Extension-less paths are app routes: the shell answers them.
    ['app://fieldbook/team/rep-1', `${ROOT}/index.html`]
  ])('serves %s from %s', (url, filePath) => {
    const result = resolveAppRequest(url, ROOT)
    expect(result).toMatchObject({ ok: true, filePath })
  })

  it.each([
    'app://fieldbook/..%2f..%2fetc/passwd',
    'app://fieldbook/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://fieldbook/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://fieldbook/..%5c..%5cwindows%5cwin.ini',
    'app://fieldbook/assets%5c..%5c..%5csecret.txt',
    'app://fieldbook/%2fetc%2fpasswd/..%2f..%2fx.js',
    'app://fieldbook/C:%5cWindows%5cwin.ini',
    'app://fieldbook/c%3a/windows/win.ini',
    'app://fieldbook/index.html%00.png',
    'app://fieldbook/assets/.%2e%2f.%2e%2fx.js'
  ])('refuses traversal %s', (url) => {
    const result = resolveAppRequest(url, ROOT)
    expect(result.ok).toBe(false)
  })

  it('keeps literal and dot-encoded ".." segments inside the root (the URL parser removes them)', () => {
    for (const url of [
      'app://fieldbook/../../etc/passwd.txt',
      'app://fieldbook/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://fieldbook/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd.txt'
    ]) {
      const result = resolveAppRequest(url, ROOT)
      expect(result).toEqual({
        ok: true,
        filePath: `${ROOT}/etc/passwd.txt`,
        mimeType: 'text/plain; charset=utf-8',
        spaFallback: false
      })
    }
  })

  it.each([
    ['app://evil/index.html', 404],
    ['app://fieldbook:8080/index.html', 404],
    ['https://fieldbook/index.html', 404],
    ['file:///etc/passwd', 404],
    ['app://user:pw@fieldbook/index.html', 400],
    ['app://fieldbook/%E0%A4%A', 400],
    ['not a url', 400],
    [`app://fieldbook/${'a/'.repeat(3000)}x.js`, 400]
  ] as const)('refuses %s with %i', (url, status) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ ok: false, status })
  })

  it('only answers GET and HEAD', () => {
    expect(resolveAppRequest('app://fieldbook/index.html', ROOT, 'POST')).toEqual({
      ok: false,
      status: 405
    })
    expect(resolveAppRequest('app://fieldbook/index.html', ROOT, 'HEAD').ok).toBe(true)
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['favicon.ico', 'image/x-icon'],
    ['f.woff2', 'font/woff2'],
    ['m.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream']
  ])('%s → %s', (file, mime) => {
    expect(mimeTypeFor(file)).toBe(mime)
  })
})

describe('serveAppRequest with real files', () => {
  let base: string
  let root: string

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'fieldbook-protocol-'))
    root = join(base, 'renderer')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Fieldbook</title>')
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(root, 'assets', 'app.css'), 'body{}')
    await writeFile(join(root, 'favicon.ico'), new Uint8Array([0, 0, 1, 0]))
    await writeFile(join(base, 'secret.txt'), 'top secret')
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  })
  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root)

  it.each([
    [
      'app://fieldbook/index.html',
      'text/html; charset=utf-8',
      '<!doctype html><title>Fieldbook</title>'
    ],
    ['app://fieldbook/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://fieldbook/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    [
      'app://fieldbook/plans/42',
      'text/html; charset=utf-8',
      '<!doctype html><title>Fieldbook</title>'
    ]
  ])('serves %s as %s', async (url, mime, body) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(mime)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(body)
  })

  it('serves binary files byte for byte', async () => {
    const response = await get('app://fieldbook/favicon.ico')
    expect(response.headers.get('content-type')).toBe('image/x-icon')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 0, 1, 0]))
  })

  it('answers 404 for a missing asset, with the CSP still set', async () => {
    const response = await get('app://fieldbook/assets/missing.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })

  it('refuses traversal and symlinks that point outside the root', async () => {
    expect((await get('app://fieldbook/..%2fsecret.txt')).status).toBe(403)
    const viaLink = await get('app://fieldbook/assets/leak.txt')
    expect(viaLink.status).toBe(403)
    expect(await viaLink.text()).not.toContain('top secret')
  })

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await get('app://fieldbook/assets/app.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('14')
    expect(await head.text()).toBe('')
    expect((await get('app://fieldbook/index.html', 'POST')).status).toBe(405)
  })

  it('installs the handler for the app scheme', async () => {
    const handle = vi.fn()
    handleAppProtocol({ handle }, root)
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>
    expect((await handler(new Request('app://fieldbook/index.html'))).status).toBe(200)
  })
})
