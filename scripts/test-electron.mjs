#!/usr/bin/env node
// @ts-check
// `npm run test:electron`: builds the app and runs the real-Electron smoke suite
// (playwright.electron.config.ts). It never downloads anything: with no Electron binary on
// this machine it says so and fails, so a missing binary is never mistaken for a pass.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { installedElectronBinary } from './electron-binary.mjs'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const binary = installedElectronBinary(electronDir, {
  exists: existsSync,
  read: (file) => readFileSync(file, 'utf8')
})
if (!binary) {
  console.error(
    `test:electron: Electron's binary is not installed (${join(electronDir, 'dist')}). ` +
      'Run `npx install-electron` (or `npm start` once) on a machine that can download it.'
  )
  process.exit(1)
}

/** @param {string} command @param {string[]} args */
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
run('npx', ['electron-vite', 'build'])
run('npx', [
  'playwright',
  'test',
  '--config',
  'playwright.electron.config.ts',
  ...process.argv.slice(2)
])
