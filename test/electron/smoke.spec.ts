import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

/**
 * The smoke suite of the real desktop app. Dialogs are answered in main (electronApp.evaluate
 * replaces dialog.showSaveDialog / showOpenDialog), as a person would answer them. Each launch
 * uses the same fresh user-data folder (FIELDBOOK_USER_DATA, honoured only by an unpackaged
 * app), so the restart finds what the first run stored.
 */
const root = resolve(__dirname, '../..')
const fixture = (name: string) => join(root, 'test/fixtures/import', name)

function launch(userData: string): Promise<ElectronApplication> {
  return electron.launch({
    args: [root],
    cwd: root,
    env: { ...process.env, FIELDBOOK_USER_DATA: userData, ELECTRON_ENABLE_LOGGING: '1' }
  })
}

test('demo, PIP packet through the save dialog, CSV import through the open dialog, restart, quit', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'fieldbook-electron-'))
  const packet = join(userData, 'packet.pdf')
  let app = await launch(userData)
  let page = await app.firstWindow()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  // The built app over app://, sandboxed, with the preload's API and nothing else.
  expect(page.url()).toBe('app://fieldbook/index.html')
  expect(await page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
    'undefined'
  )
  expect(await page.evaluate(() => typeof (window as { fieldbook?: unknown }).fieldbook)).toBe(
    'object'
  )

  await page.getByRole('button', { name: 'Explore the demo team' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({
    timeout: 60_000
  })

  // The PIP packet, saved where the save dialog says.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never
  }, packet)
  await page.evaluate(() => {
    window.location.hash = '#/plans'
  })
  await page
    .getByRole('region', { name: /^Active/ })
    .getByRole('link', { name: /^PIP: 90-day performance improvement plan/ })
    .click()
  await page.getByRole('button', { name: 'Packet as PDF' }).click()
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText(
    'Its SHA-256, logged in the record of changes:'
  )
  expect((await stat(packet)).size).toBeGreaterThan(1000)
  const text = execFileSync('pdftotext', ['-layout', packet, '-'], { encoding: 'utf8' })
  expect(text).toContain('Performance improvement plan: Jamal Carter')

  // A HubSpot deals export, picked in the open dialog and read in main's worker thread.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as never
  }, fixture('hubspot-deals.csv'))
  await page.evaluate(() => {
    window.location.hash = '#/import'
  })
  await page.getByRole('button', { name: 'Import a file…' }).click()
  await expect(page.getByRole('heading', { name: 'Review', level: 2 })).toBeVisible({
    timeout: 60_000
  })
  const importButton = page.getByRole('button', { name: /^Import \d[\d,]* \w+$/ })
  await expect(importButton).toBeEnabled()
  await importButton.click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “hubspot-deals.csv”' })
  ).toBeVisible({ timeout: 60_000 })

  // Restart: the workspace, the import and the window are all still there.
  await app.close()
  app = await launch(userData)
  page = await app.firstWindow()
  page.on('pageerror', (e) => errors.push(e.message))
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({
    timeout: 60_000
  })
  await page.evaluate(() => {
    window.location.hash = '#/import'
  })
  await expect(
    page
      .getByRole('table', { name: 'Imports, newest first' })
      .getByRole('rowheader', { name: 'hubspot-deals.csv' })
  ).toBeVisible()
  const state = JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8')) as {
    width: number
  }
  expect(state.width).toBeGreaterThanOrEqual(900)

  await app.close()
  expect(errors).toEqual([])
})
