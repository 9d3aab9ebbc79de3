import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { contentSecurityPolicy } from '@shared/security/csp'

/**
 * The app:// scheme: the renderer is served from the built files under a stable, secure origin
 * (IndexedDB lives there), never from file://. URL → file resolution is a pure function so the
 * path-traversal rules can be tested with hostile URLs.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'fieldbook'

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(
    schemes: {
      scheme: string
      privileges: {
        standard: boolean
        secure: boolean
        supportFetchAPI: boolean
        codeCache: boolean
      }
    }[]
  ): void
}

/** Must run before app 'ready': Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin and relative URLs; secure: IndexedDB, crypto.subtle;
      // supportFetchAPI: fetch() and module workers; no bypassCSP, no CORS for other origins.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
    }
  ])
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

export type ResolvedRequest =
  | { ok: true; filePath: string; mimeType: string; spaFallback: boolean }
  | { ok: false; status: 400 | 403 | 404 | 405 }

const MAX_URL_LENGTH = 4096

/**
 * Maps app://fieldbook/<path> to a file inside `root`, or a refusal. Checks the decoded path
 * segment by segment (so "%2e%2e", "..%2f" and "%5c" are caught, not only literal "..") and
 * then confirms the resolved path is still inside root.
 */
export function resolveAppRequest(url: string, root: string, method = 'GET'): ResolvedRequest {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 }
  if (url.length > MAX_URL_LENGTH) return { ok: false, status: 400 }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 400 }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') {
    return { ok: false, status: 404 }
  }
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, status: 400 }

  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  // Backslashes and NULs have no place in a web path; a colon would allow "C:" on Windows.
  if (/[\\\0:]/.test(decoded)) return { ok: false, status: 403 }
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { ok: false, status: 403 }
  }

  const spaFallback = segments.length === 0 || extname(segments[segments.length - 1] ?? '') === ''
  const relativePath = spaFallback ? 'index.html' : segments.join('/')
  const absoluteRoot = resolve(root)
  const filePath = resolve(absoluteRoot, relativePath)
  if (!isInside(absoluteRoot, filePath)) return { ok: false, status: 403 }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath), spaFallback }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/** Headers every app:// response carries: the CSP even if a page lacks its meta tag. */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer'
  }
}

function refusal(status: number): Response {
  const text = status === 404 ? 'Not found' : status === 405 ? 'Method not allowed' : 'Forbidden'
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }
  })
}

/**
 * Serves one request. Extension-less paths (app routes such as /team) get index.html so a
 * reload on a route works; a missing asset is a 404. Symlinks are resolved and re-checked.
 */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  const resolved = resolveAppRequest(request.url, root, request.method)
  if (!resolved.ok) return refusal(resolved.status)
  try {
    const realRoot = await realpath(root)
    const realFile = await realpath(resolved.filePath)
    if (!isInside(realRoot, realFile)) return refusal(403)
    const info = await stat(realFile)
    if (!info.isFile()) return refusal(404)
    const body = request.method === 'HEAD' ? null : await readFile(realFile)
    return new Response(body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': resolved.mimeType,
        'Content-Length': String(info.size),
        // Built assets are content-hashed, index.html is not: never serve a stale shell.
        'Cache-Control': resolved.filePath.endsWith('.html') ? 'no-cache' : 'max-age=31536000'
      }
    })
  } catch {
    return refusal(404)
  }
}

export interface ProtocolHandlerLike {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void
}

/** Installs the app:// handler; call after app 'ready'. */
export function handleAppProtocol(protocol: ProtocolHandlerLike, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root))
}
