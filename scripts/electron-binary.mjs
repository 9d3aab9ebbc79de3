// @ts-check
/**
 * Makes sure Electron's binary is on this machine before `npm start` / `npm run dev`.
 *
 * Since Electron 42 the npm package holds no binary and no postinstall: the binary is fetched
 * the first time `require('electron')` runs. electron-vite 6 reads Electron's `path.txt` before
 * anything triggers that fetch and stops with "Error: Electron uninstall" (electron-vite issue
 * #904), so the start scripts run Electron's own installer first. Pure decisions live here so
 * they can be tested without a network; ensure-electron.mjs wires them to the real installer.
 */

/** Electron 45 declares `engines.node >= 22.12.0`; its installer and electron-vite need it. */
export const MINIMUM_NODE = '22.12.0'

/** @param {string} version e.g. 'v20.20.2' or '22.12.0' */
export function parseVersion(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim())
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** @param {string} version @param {string} minimum */
export function isAtLeast(version, minimum) {
  const have = parseVersion(version)
  const need = parseVersion(minimum)
  if (!have || !need) return false
  for (let i = 0; i < 3; i += 1) {
    const a = have[i] ?? 0
    const b = need[i] ?? 0
    if (a !== b) return a > b
  }
  return true
}

const NETWORK_SIGNS = [
  'fetch failed',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'getaddrinfo',
  'socket hang up',
  'RequestError',
  'HTTPError'
]

/**
 * One line a person can act on, from what the installer printed.
 * @param {string} output the installer's stderr and stdout
 * @param {string} electronVersion
 */
export function explainInstallFailure(output, electronVersion) {
  const offline = NETWORK_SIGNS.some((sign) => output.includes(sign))
  if (offline) {
    return (
      `Fieldbook: could not download Electron ${electronVersion} (no network?). ` +
      'Connect once and run `npm start` again; `npm run web` runs the same app in a browser without it.'
    )
  }
  const firstLine =
    output
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? 'no output'
  return (
    `Fieldbook: Electron ${electronVersion} did not install (${firstLine.slice(0, 160)}). ` +
    'Delete node_modules/electron, run `npm install`, then `npm start` again.'
  )
}

/**
 * @typedef {{ status: number | null, output: string }} InstallerResult
 * @typedef {{
 *   nodeVersion: string,
 *   electronVersion: string,
 *   runInstaller: () => InstallerResult,
 *   log: (line: string) => void
 * }} EnsureElectronDeps
 */

/**
 * Runs Electron's installer (a no-op when the right binary is already there).
 * @param {EnsureElectronDeps} deps
 * @returns {number} the exit code for the start script
 */
export function ensureElectron(deps) {
  if (!isAtLeast(deps.nodeVersion, MINIMUM_NODE)) {
    deps.log(
      `Fieldbook: Electron ${deps.electronVersion} needs Node.js ${MINIMUM_NODE} or newer, ` +
        `this is ${deps.nodeVersion}. Install Node 22 LTS, or use \`npm run web\` on this Node.`
    )
    return 1
  }
  const result = deps.runInstaller()
  if (result.status === 0) return 0
  deps.log(explainInstallFailure(result.output, deps.electronVersion))
  return 1
}

/**
 * The Electron executable already on disk, or null; never downloads. Mirrors how the electron
 * package finds it: `path.txt` names the executable inside `dist/`.
 * @param {string} electronDir the electron package's folder
 * @param {{ exists: (path: string) => boolean, read: (path: string) => string }} fs
 */
export function installedElectronBinary(electronDir, fs) {
  const pathFile = `${electronDir}/path.txt`
  if (!fs.exists(pathFile)) return null
  const executable = `${electronDir}/dist/${fs.read(pathFile).trim()}`
  return fs.exists(executable) ? executable : null
}
