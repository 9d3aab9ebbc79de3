#!/usr/bin/env node
// @ts-check
// prestart / predev: install Electron's binary with Electron's own installer before electron-vite
// looks for it. See electron-binary.mjs for why.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { ensureElectron } from './electron-binary.mjs'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const installer = require.resolve('electron/install.js')

process.exitCode = ensureElectron({
  nodeVersion: process.version,
  electronVersion,
  runInstaller: () => {
    // Progress and errors are collected so a failure becomes one line, not a stack trace.
    const run = spawnSync(process.execPath, [installer], { encoding: 'utf8' })
    return { status: run.status, output: `${run.stderr ?? ''}\n${run.stdout ?? ''}` }
  },
  log: (line) => console.error(line)
})
