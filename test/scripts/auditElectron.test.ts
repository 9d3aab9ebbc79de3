import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ELECTRON_VERSION,
  SCANNED,
  findingsOf,
  readExplained,
  unexplainedFindings
} from '../../scripts/audit-electron.mjs'

/** An issue as Electronegativity 1.10.3's run() returns it (paths relative to the scanned folder). */
const issue = (
  id: string,
  severity: string,
  file: string,
  sample: string,
  line = 34
): Parameters<typeof findingsOf>[0][number] => ({
  id,
  severity: { name: severity },
  confidence: { name: 'FIRM' },
  file,
  location: { line, column: 17 },
  sample
})

const SRC = [
  issue('CSP_GLOBAL_CHECK', 'LOW', 'main/security.ts', 'N/A', 171),
  issue(
    'OPEN_EXTERNAL_JS_CHECK',
    'MEDIUM',
    'main/security.ts',
    'options.shell.openExternal(url)',
    110
  ),
  issue(
    'CONTEXT_ISOLATION_JS_CHECK',
    'HIGH',
    'main/windows.ts',
    'const window = new BrowserWindow({'
  )
]
const OUT = [
  issue(
    'OPEN_EXTERNAL_JS_CHECK',
    'MEDIUM',
    'main/index.js',
    'if (isSafeExternalUrl(url)) options.shell.openExternal(url).catch((error) => {',
    1126
  ),
  issue(
    'OPEN_EXTERNAL_JS_CHECK',
    'MEDIUM',
    'main/index.js',
    'shell.openExternal(somethingElse)',
    2001
  )
]

const explained = readExplained()

describe('the Electronegativity audit (npm run audit:electron)', () => {
  it('names each finding from the repository root, with its severity', () => {
    expect(findingsOf(SRC, 'src').map((f) => [f.check, f.severity, f.file, f.location])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'src/main/security.ts', '171:17'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/main/security.ts', '110:17'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'src/main/windows.ts', '34:17']
    ])
  })

  it('passes the reviewed findings and ignores those below MEDIUM', () => {
    expect(unexplainedFindings(findingsOf(SRC, 'src'), explained)).toEqual([])
  })

  it('fails a MEDIUM finding that no row explains, even in an explained file', () => {
    const open = unexplainedFindings(findingsOf(OUT, 'out'), explained)
    expect(open.map((f) => `${f.file}:${f.location}`)).toEqual(['out/main/index.js:2001:17'])
  })

  it('fails a finding in a file the list does not name, and one of unknown severity', () => {
    const moved = findingsOf(
      [
        issue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/otherWindow.ts', 'new BrowserWindow({'),
        issue('SOME_NEW_CHECK', 'SEVERE', 'main/windows.ts', '')
      ],
      'src'
    )
    expect(unexplainedFindings(moved, explained).map((f) => f.check)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
      'SOME_NEW_CHECK'
    ])
  })

  it('every explanation has a reason, names a source file that exists, and is in SECURITY.md', () => {
    const security = readFileSync('docs/SECURITY.md', 'utf8')
    expect(explained.length).toBeGreaterThan(0)
    for (const row of explained) {
      expect(row.reason.length).toBeGreaterThan(20)
      if (row.file.startsWith('src/')) expect(existsSync(row.file)).toBe(true)
      expect(security).toContain(row.check)
    }
  })

  it('scans src and out as Electron 45, and runs in CI after the suite (the build exists then)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
      devDependencies: Record<string, string>
    }
    expect(SCANNED).toEqual(['src', 'out'])
    expect(pkg.devDependencies.electron).toBe(`^${ELECTRON_VERSION}`)
    expect(pkg.scripts['audit:electron']).toBe('node scripts/audit-electron.mjs')
    const ci = readFileSync('.ci/run', 'utf8')
    expect(ci.indexOf('npm run audit:electron')).toBeGreaterThan(ci.indexOf('npm test'))
  })
})
