import { existsSync } from 'node:fs'
/**
 * The browser case's static server (node:http on 127.0.0.1, a free port): the built app at `/`,
 * and under `/__bench/` what the floor page needs from the same origin — dexie, papaparse, the
 * generated files and a blank page that loads them.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { readFile } from 'node:fs/promises'

/** Same flags as playwright.config.ts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--headless',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv'
}

/** Where the bench's own files are served: never a path of the built app. */
export const BENCH_PATH = '/__bench/'

/**
 * The floor page: papaparse as the app's bundle gets it (its `browser` build, a classic script
 * that sets `window.Papa`) and Dexie's ES module, exposed as `window.Dexie`.
 */
const FLOOR_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title>
<script src="${BENCH_PATH}papaparse.min.js"></script>
<script type="module">import Dexie from '${BENCH_PATH}dexie.mjs'; window.Dexie = Dexie</script>
</head><body></body></html>`

export interface BenchServer {
  /** The app's address, ending in `/`. */
  url: string
  /** The blank page that loads dexie and papaparse. */
  floorPageUrl: string
  /** The address of a file given to `serve` in `files`. */
  fileUrl(name: string): string
  close(): void
}

/**
 * Serves `appDir` at `/`, and `files` (name → absolute path) plus dexie and papaparse from
 * node_modules under `/__bench/`, on `port` (a free one by default; the cold-start case keeps
 * one port, so one origin, for a profile it reuses).
 */
export async function serve(
  appDir: string,
  files: Record<string, string>,
  port = 0
): Promise<BenchServer> {
  const modules = path.resolve('node_modules')
  const benchFiles: Record<string, string> = {
    'dexie.mjs': path.join(modules, 'dexie/dist/dexie.mjs'),
    'papaparse.min.js': path.join(modules, 'papaparse/papaparse.min.js'),
    ...files
  }
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file: string | undefined
    if (urlPath === `${BENCH_PATH}floor.html`) {
      res.writeHead(200, { 'content-type': MIME['.html'] }).end(FLOOR_PAGE)
      return
    } else if (urlPath.startsWith(BENCH_PATH)) {
      file = benchFiles[urlPath.slice(BENCH_PATH.length)]
    } else {
      file = path.join(appDir, urlPath === '/' ? 'index.html' : urlPath)
      if (!file.startsWith(appDir)) file = undefined
    }
    if (!file) {
      res.writeHead(404).end()
      return
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream'
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': type }).end(body),
      () => res.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url,
    floorPageUrl: `${url}${BENCH_PATH.slice(1)}floor.html`,
    fileUrl: (name) => `${url}${BENCH_PATH.slice(1)}${encodeURIComponent(name)}`,
    close: () => server.close()
  }
}

/** The built app and Chromium a browser case needs, or undefined (said why) when one is missing. */
export function builtApp(title: string): { webDir: string; executablePath: string } | undefined {
  const webDir = path.resolve(process.env.BENCH_WEB_DIR ?? 'out/web')
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  console.log(`\n## ${title} (Chromium at ${executablePath}, app from ${webDir})`)
  if (!existsSync(path.join(webDir, 'index.html'))) {
    console.log(`   ${webDir}/index.html is missing: run \`npm run build\` first; skipped.`)
    return undefined
  }
  if (!existsSync(executablePath)) {
    console.log(`   no Chromium at ${executablePath} (set CHROMIUM_PATH); skipped.`)
    return undefined
  }
  return { webDir, executablePath }
}
