import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFindings, unexplainedFindings } from '../../scripts/check-electronegativity.mjs'

// Rows as Electronegativity 1.10.3 writes them with -r (paths relative to the scanned folder).
const SRC = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/security.ts","171:2",N/A,"Failed to parse CSP, it may not be valid.",https://example.test/CSP
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/security.ts","110:6","options.shell.openExternal(url).catch((error: unknown) => {","Review the use of openExternal",https://example.test/OE
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/windows.ts","34:17","const window = new BrowserWindow({","Review the use of the contextIsolation option",https://example.test/CI
`
const OUT = `issue, severity, confidence, filename, location, sample, description, url
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.js","1126:30","if (isSafeExternalUrl(url)) options.shell.openExternal(url).catch((error) => {","Review the use of openExternal",https://example.test/OE
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.js","2001:4","shell.openExternal(somethingElse)","Review the use of openExternal",https://example.test/OE
`

const explained = (
  JSON.parse(readFileSync('scripts/electronegativity-explained.json', 'utf8')) as {
    explained: { file: string; check: string; sample?: string; reason: string }[]
  }
).explained

describe('the Electronegativity check (npm run audit:electron)', () => {
  it('reads the CSV, naming each file from the repository root', () => {
    const findings = parseFindings(SRC, 'src')
    expect(findings.map((f) => [f.check, f.severity, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'src/main/security.ts'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/main/security.ts'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'src/main/windows.ts']
    ])
    expect(findings[1]?.sample).toBe('options.shell.openExternal(url).catch((error: unknown) => {')
  })

  it('passes the reviewed findings and ignores those below MEDIUM', () => {
    expect(unexplainedFindings(parseFindings(SRC, 'src'), explained)).toEqual([])
  })

  it('fails a MEDIUM finding that no row explains, even in an explained file', () => {
    const open = unexplainedFindings(parseFindings(OUT, 'out'), explained)
    expect(open.map((f) => `${f.file}:${f.location}`)).toEqual(['out/main/index.js:2001:4'])
  })

  it('fails a finding in a file the list does not name', () => {
    const moved = parseFindings(SRC.replaceAll('main/windows.ts', 'main/otherWindow.ts'), 'src')
    expect(unexplainedFindings(moved, explained).map((f) => f.check)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK'
    ])
  })

  it('refuses a file that is not Electronegativity output', () => {
    expect(() => parseFindings('name,value\na,b\n', 'src')).toThrow(/Not an Electronegativity CSV/)
  })

  it('every explanation has a reason, names a source file that exists, and is in SECURITY.md', () => {
    const security = readFileSync('docs/SECURITY.md', 'utf8')
    for (const row of explained) {
      expect(row.reason.length).toBeGreaterThan(20)
      if (row.file.startsWith('src/')) expect(existsSync(row.file)).toBe(true)
      expect(security).toContain(row.check)
    }
  })

  it('runs in CI after the suite, once the build output exists', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
    }
    const audit = pkg.scripts['audit:electron'] ?? ''
    expect(audit).not.toMatch(/ -l( |$)/)
    expect(audit).toContain('-i src -e 45.4.1')
    expect(audit).toContain('-i out -e 45.4.1')
    expect(audit).toContain('node scripts/check-electronegativity.mjs')
    const ci = readFileSync('.ci/run', 'utf8')
    expect(ci.indexOf('npm run audit:electron')).toBeGreaterThan(ci.indexOf('npm test'))
  })
})
