// What a first load of the web build fetches, gzipped (issue 16: at most 250 kB gzip of script).
//
//   npm run size            (after `npm run build`; or: node scripts/first-load.mjs [out/web])
//
// Reads index.html, takes its entry script and every modulepreload link, follows each script's
// static imports (import ... from './x.js', not import()), gzips each file with node:zlib and
// prints the sizes and the total. The stylesheets index.html links are listed apart.
// Exits 1 when the script total is over the budget.
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_kB = 250
const web = resolve(process.argv[2] ?? 'out/web')
const indexFile = join(web, 'index.html')
if (!existsSync(indexFile)) {
  console.error(`No ${relative(process.cwd(), indexFile)}: run npm run build first.`)
  process.exit(2)
}
const html = readFileSync(indexFile, 'utf8')
/** @type {(tag: string, name: string) => string | undefined} */
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1]
/** @type {(tag: string, name: string) => string} */
const href = (tag, name) => attr(tag, name) ?? ''
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
const entries = tags
  .filter((t) => t.startsWith('<script') && attr(t, 'type') === 'module' && attr(t, 'src'))
  .map((t) => href(t, 'src'))
if (entries.length === 0) {
  console.error('index.html has no module entry script.')
  process.exit(1)
}
const preloads = tags
  .filter((t) => t.startsWith('<link') && attr(t, 'rel') === 'modulepreload')
  .map((t) => href(t, 'href'))
const styles = tags
  .filter((t) => t.startsWith('<link') && attr(t, 'rel') === 'stylesheet')
  .map((t) => href(t, 'href'))

/** Static imports of a built ES module: `import … from "./x.js"`, `import "./x.js"`, `export … from`. */
function staticImports(/** @type {string} */ code) {
  /** @type {string[]} */
  const found = []
  const re = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g
  for (const m of code.matchAll(re)) if (m[1]) found.push(m[1])
  return found
}

/** @type {Map<string, Buffer>} */
const scripts = new Map()
const queue = [...entries, ...preloads].map((src) => join(web, src))
while (queue.length > 0) {
  const file = queue.shift()
  if (file === undefined || scripts.has(file)) continue
  const bytes = readFileSync(file)
  scripts.set(file, bytes)
  for (const spec of staticImports(bytes.toString('utf8')))
    if (spec.startsWith('.')) queue.push(join(dirname(file), spec))
}

// kB of 1000 bytes and zlib's default level, as Vite's build output reports them.
const kb = (/** @type {number} */ n) => (n / 1000).toFixed(2).padStart(9)
const row = (/** @type {string} */ file, /** @type {Buffer} */ bytes) => {
  const gz = gzipSync(bytes).length
  console.log(`${kb(bytes.length)} kB  ${kb(gz)} kB gzip  ${relative(web, file)}`)
  return { raw: bytes.length, gz }
}
console.log(
  `First load of ${relative(process.cwd(), web) || '.'} (index.html's entry and what it imports):`
)
let raw = 0
let gzip = 0
for (const [file, bytes] of [...scripts].sort((a, b) => b[1].length - a[1].length)) {
  const size = row(file, bytes)
  raw += size.raw
  gzip += size.gz
}
console.log(
  `${kb(raw)} kB  ${kb(gzip)} kB gzip  script total (${scripts.size} files; budget ${BUDGET_kB} kB gzip)`
)
let css = 0
for (const sheet of styles) css += row(join(web, sheet), readFileSync(join(web, sheet))).gz
if (styles.length > 0) console.log(`             ${kb(css)} kB gzip  stylesheets`)
if (gzip / 1000 > BUDGET_kB) {
  console.error(
    `The first load's script is ${(gzip / 1000).toFixed(1)} kB gzip: over ${BUDGET_kB} kB.`
  )
  process.exit(1)
}
