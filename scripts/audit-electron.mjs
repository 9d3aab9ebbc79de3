#!/usr/bin/env node
// @ts-check
// npm run audit:electron: scans src and the build output (out/) with Electronegativity and fails
// when a finding of MEDIUM or above is not explained in scripts/electronegativity-explained.json.
//
// The scanner runs through its own programmatic entry (the package's main), not the CLI: the
// CLI's CSV writer writes the header and the rows with two concurrent fs.writeFile calls, so
// its file comes out garbled when one lands on the other (seen on every run once the file
// exists), and its SARIF has no severities. The entry returns the findings themselves.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'

/** The Electron the app is built with: cannot be detected offline or from out/ (see SECURITY.md). */
export const ELECTRON_VERSION = '45.4.1'
/** Both, because the bundled out/main calls `new electron.BrowserWindow`, which the checks miss. */
export const SCANNED = ['src', 'out']

/** @typedef {{ check: string, severity: string, confidence: string, file: string, location: string, sample: string }} Finding */
/** @typedef {{ file: string, check: string, sample?: string, reason: string }} Explanation */
/**
 * An issue as Electronegativity's run() returns it.
 * @typedef {{ id: string, severity: { name: string }, confidence: { name: string }, file: string, location?: { line?: number, column?: number }, sample?: string }} Issue
 */

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']
const AT_LEAST = SEVERITIES.indexOf('MEDIUM')

/**
 * The scanner's issues as findings, each file named from the repository root.
 * @param {Issue[]} issues
 * @param {string} folder the folder that was scanned (issues' paths are relative to it)
 * @returns {Finding[]}
 */
export function findingsOf(issues, folder) {
  return issues.map((issue) => ({
    check: issue.id,
    severity: String(issue.severity?.name ?? '').toUpperCase(),
    confidence: String(issue.confidence?.name ?? ''),
    file: `${folder}/${String(issue.file).replace(/^\.?\//, '')}`,
    location: `${issue.location?.line ?? '?'}:${issue.location?.column ?? '?'}`,
    sample: issue.sample ?? ''
  }))
}

/** @param {Finding} finding */
export const isMediumOrAbove = (finding) => SEVERITIES.indexOf(finding.severity) >= AT_LEAST

/**
 * @param {Explanation} explanation
 * @param {Finding} finding
 */
const explains = (explanation, finding) =>
  explanation.file === finding.file &&
  explanation.check === finding.check &&
  (explanation.sample === undefined || finding.sample.includes(explanation.sample))

/**
 * Findings of MEDIUM or above that no explanation covers (an unknown severity counts as one).
 * @param {Finding[]} findings
 * @param {Explanation[]} explained
 */
export function unexplainedFindings(findings, explained) {
  return findings.filter(
    (f) =>
      (isMediumOrAbove(f) || !SEVERITIES.includes(f.severity)) &&
      !explained.some((e) => explains(e, f))
  )
}

/** @param {Finding} f */
export const describeFinding = (f) =>
  `${f.check} (${f.severity}, ${f.confidence}) in ${f.file}:${f.location}${f.sample && f.sample !== 'N/A' ? ` — ${f.sample.trim().slice(0, 120)}` : ''}`

/** @returns {Explanation[]} */
export function readExplained() {
  const path = fileURLToPath(new URL('./electronegativity-explained.json', import.meta.url))
  return JSON.parse(readFileSync(path, 'utf8')).explained
}

async function main() {
  const require = createRequire(import.meta.url)
  /** @type {(options: object) => Promise<{ issues: Issue[], errors: { file: string, message: string, tolerable: boolean }[] }>} */
  const scan = require('@doyensec/electronegativity')
  /** @type {Finding[]} */
  const findings = []
  let failed = false
  for (const folder of SCANNED) {
    if (!existsSync(folder)) {
      console.error(
        `Electronegativity: “${folder}” does not exist (run npm run build before the audit).`
      )
      return 1
    }
    const result = await scan({
      input: resolve(folder),
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: []
    })
    for (const error of result.errors.filter((e) => !e.tolerable)) {
      // A file the scanner cannot parse is a file it did not check.
      console.error(`Electronegativity could not parse ${error.file}: ${error.message}`)
      failed = true
    }
    findings.push(...findingsOf(result.issues, folder))
  }
  const open = unexplainedFindings(findings, readExplained())
  const serious = findings.filter(isMediumOrAbove).length
  if (open.length > 0) {
    console.error(
      `Electronegativity: ${open.length} finding(s) of MEDIUM or above are not explained:`
    )
    for (const f of open) console.error(`  ${describeFinding(f)}`)
    console.error(
      'Fix each one, or add it with its reason to scripts/electronegativity-explained.json and docs/SECURITY.md.'
    )
    return 1
  }
  if (failed) return 1
  console.log(
    `Electronegativity (${SCANNED.join(' and ')}, Electron ${ELECTRON_VERSION}): ${findings.length} finding(s), ${serious} of MEDIUM or above, all explained.`
  )
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(
        `Electronegativity audit: ${error instanceof Error ? error.stack : String(error)}`
      )
      process.exitCode = 1
    }
  )
}
