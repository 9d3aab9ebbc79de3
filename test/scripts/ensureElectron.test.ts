import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  MINIMUM_NODE,
  ensureElectron,
  explainInstallFailure,
  installedElectronBinary,
  isAtLeast
} from '../../scripts/electron-binary.mjs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
  engines: { node: string }
}

describe('start scripts', () => {
  it("npm start and npm run dev install Electron's binary first", () => {
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-electron.mjs')
    expect(pkg.scripts.predev).toBe('node scripts/ensure-electron.mjs')
    expect(pkg.scripts.start).toMatch(/^electron-vite preview/)
    expect(pkg.scripts.dev).toMatch(/^electron-vite dev/)
  })

  it("the pre-step runs Electron's own installer script", () => {
    const script = readFileSync('scripts/ensure-electron.mjs', 'utf8')
    expect(script).toContain("require.resolve('electron/install.js')")
    expect(script).toContain('spawnSync(process.execPath, [installer]')
  })

  it('engines ask for the Node that Electron and Vite both accept', () => {
    const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
      engines: { node: string }
    }
    expect(electron.engines.node).toBe(`>= ${MINIMUM_NODE}`)
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE}`)
  })
})

describe('ensureElectron', () => {
  const base = { electronVersion: '45.4.1', nodeVersion: 'v22.12.0' }

  it('compares versions as numbers', () => {
    expect(isAtLeast('v22.12.0', '22.12.0')).toBe(true)
    expect(isAtLeast('v22.9.9', '22.12.0')).toBe(false)
    expect(isAtLeast('v24.0.0', '22.12.0')).toBe(true)
    expect(isAtLeast('v20.20.2', '22.12.0')).toBe(false)
    expect(isAtLeast('nonsense', '22.12.0')).toBe(false)
  })

  it('runs the installer and succeeds quietly when it does', () => {
    const log = vi.fn()
    const runInstaller = vi.fn(() => ({ status: 0, output: '' }))
    expect(ensureElectron({ ...base, runInstaller, log })).toBe(0)
    expect(runInstaller).toHaveBeenCalledOnce()
    expect(log).not.toHaveBeenCalled()
  })

  it('says in one line that the download failed when offline, and fails the start', () => {
    const log = vi.fn()
    // What Electron 45's installer prints on a machine with no network.
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n'
    expect(ensureElectron({ ...base, runInstaller: () => ({ status: 1, output }), log })).toBe(1)
    expect(log).toHaveBeenCalledOnce()
    const line = String(log.mock.calls[0]?.[0])
    expect(line).not.toContain('\n')
    expect(line).toContain('could not download Electron 45.4.1 (no network?)')
    expect(line).toContain('npm run web')
  })

  it('names another installer failure by its first line', () => {
    expect(explainInstallFailure('\nError: EACCES: permission denied\n  at x', '45.4.1')).toBe(
      'Fieldbook: Electron 45.4.1 did not install (Error: EACCES: permission denied). ' +
        'Delete node_modules/electron, run `npm install`, then `npm start` again.'
    )
  })

  it('stops before the installer on a Node that Electron cannot run on', () => {
    const log = vi.fn()
    const runInstaller = vi.fn(() => ({ status: 0, output: '' }))
    expect(ensureElectron({ ...base, nodeVersion: 'v20.20.2', runInstaller, log })).toBe(1)
    expect(runInstaller).not.toHaveBeenCalled()
    expect(String(log.mock.calls[0]?.[0])).toContain(
      'needs Node.js 22.12.0 or newer, this is v20.20.2'
    )
  })
})

describe('npm run test:electron', () => {
  it('is its own script, outside npm test', () => {
    expect(pkg.scripts['test:electron']).toBe('node scripts/test-electron.mjs')
    expect(pkg.scripts.test).not.toContain('test:electron')
  })

  it('finds an installed binary the way the electron package does, and never invents one', () => {
    const files = new Map([
      ['/e/path.txt', 'electron\n'],
      ['/e/dist/electron', '']
    ])
    const fs = { exists: (p: string) => files.has(p), read: (p: string) => files.get(p) ?? '' }
    expect(installedElectronBinary('/e', fs)).toBe('/e/dist/electron')
    files.delete('/e/dist/electron')
    expect(installedElectronBinary('/e', fs)).toBeNull()
    files.delete('/e/path.txt')
    expect(installedElectronBinary('/e', fs)).toBeNull()
  })
})
