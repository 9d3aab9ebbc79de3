#!/usr/bin/env node
// @ts-check
// npm run audit:electron: reads Electronegativity's CSV results (one file per scanned folder,
// written with -r so paths are relative to that folder) and fails when a finding of MEDIUM or
// above is not explained in scripts/electronegativity-explained.json.
//   node scripts/check-electronegativity.mjs src=electronegativity-src.csv out=electronegativity-out.csv
import { existsSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'

/** @typedef {{ check: string, severity: string, confidence: string, file: string, location: string, sample: string }} Finding */
/** @typedef {{ file: string, check: string, sample?: string, reason: string }} Explanation */

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']
const AT_LEAST = SEVERITIES.indexOf('MEDIUM')

/**
 * The findings in one results file, with each path prefixed by the folder that was scanned.
 * @param {string} csv
 * @param {string} folder
 * @returns {Finding[]}
 */
export function parseFindings(csv, folder) {
  const parsed = Papa.parse(csv.trim(), { skipEmptyLines: true })
  const [header, ...rows] = /** @type {string[][]} */ (parsed.data)
  const names = (header ?? []).map((h) => h.trim())
  if (names[0] !== 'issue' || !names.includes('severity') || !names.includes('filename'))
    throw new Error(`Not an Electronegativity CSV (header: ${names.join(', ') || 'none'}).`)
  const at = (/** @type {string} */ name) => names.indexOf(name)
  return rows.map((row) => ({
    check: row[at('issue')] ?? '',
    severity: (row[at('severity')] ?? '').toUpperCase(),
    confidence: row[at('confidence')] ?? '',
    file: `${folder}/${(row[at('filename')] ?? '').replace(/^\.?\//, '')}`,
    location: row[at('location')] ?? '',
    sample: row[at('sample')] ?? ''
  }))
}

/** @param {Finding} finding */
export const isMediumOrAbove = (finding) => SEVERITIES.indexOf(finding.severity) >= AT_LEAST

/**
 * @param {Finding} finding
 * @param {Explanation} explanation
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

/** @param {string[]} args */
function main(args) {
  const explainedPath = fileURLToPath(
    new URL('./electronegativity-explained.json', import.meta.url)
  )
  /** @type {Explanation[]} */
  const explained = JSON.parse(readFileSync(explainedPath, 'utf8')).explained
  if (args.length === 0)
    throw new Error('Give the results as folder=results.csv (e.g. src=electronegativity-src.csv).')
  /** @type {Finding[]} */
  const findings = []
  for (const arg of args) {
    const [folder, file] = arg.split('=')
    if (!folder || !file) throw new Error(`“${arg}” is not folder=results.csv.`)
    if (!existsSync(folder))
      throw new Error(
        `The scanned folder “${folder}” does not exist (run npm run build before scanning out).`
      )
    if (!existsSync(file))
      throw new Error(`${file} is missing: Electronegativity did not write its results.`)
    findings.push(...parseFindings(readFileSync(file, 'utf8'), folder))
  }
  const open = unexplainedFindings(findings, explained)
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
  console.log(
    `Electronegativity: ${findings.length} finding(s), ${serious} of MEDIUM or above, all explained.`
  )
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (error) {
    console.error(
      `Electronegativity check: ${error instanceof Error ? error.message : String(error)}`
    )
    process.exitCode = 1
  }
}
