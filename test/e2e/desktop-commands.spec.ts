import { expect, loadDemoTeam, test } from './fixtures'
import { installPreloadStandIn } from './preloadStandIn'

/**
 * The desktop app's menu (File › New 1:1…, Back Up Now… …) and double-clicked .fieldbook
 * files both reach the page through the preload API, which cannot run here. As in
 * automatic-backups.spec.ts, the page gets a stand-in `window.fieldbook` (the contract's
 * shape, files kept in memory) so the real Electron platform adapter and the real screens
 * answer what main would send. Main's side (menu template, argv, reading the file) is tested
 * in Node: test/main/windows.test.ts and test/main/openedBackups.test.ts.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(installPreloadStandIn)
})

const command = (page: import('@playwright/test').Page, name: string) =>
  page.evaluate((c) => {
    ;(globalThis as unknown as { emitFromMain(e: string, p: unknown): void }).emitFromMain(
      'menu:command',
      { command: c }
    )
  }, name)

test('each menu command opens its screen', async ({ page }) => {
  await loadDemoTeam(page)
  await command(page, 'newOneOnOne')
  await expect(page.getByRole('heading', { name: 'One-on-ones', level: 1 })).toBeVisible()
  await command(page, 'newRideAlong')
  await expect(page.getByRole('heading', { name: 'New ride-along', level: 1 })).toBeVisible()
  await command(page, 'import')
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible()
  await command(page, 'search')
  const search = page.getByRole('searchbox', { name: 'Search 1:1 notes and commitments' })
  await expect(search).toBeFocused()
  // Chosen again while the screen is open, it puts the cursor back in the box.
  await page.getByRole('heading', { name: 'One-on-ones', level: 1 }).click()
  await expect(search).not.toBeFocused()
  await command(page, 'search')
  await expect(search).toBeFocused()
})

test('Back Up Now saves a .fieldbook file, and opening it with Fieldbook offers to restore it', async ({
  page
}) => {
  await loadDemoTeam(page)
  await command(page, 'backUp')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  const panel = page.getByRole('region', { name: 'Backup and restore' })
  await expect(panel.getByRole('status')).toHaveText(
    /^Saved “fieldbook-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.fieldbook” \([\d,]+ records, encrypted for this computer\)\.$/,
    { timeout: 30_000 }
  )
  // Once per command: going back to Settings does not save again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  expect(
    await page.evaluate(
      () => (globalThis as unknown as { savedFiles: unknown[] }).savedFiles.length
    )
  ).toBe(1)

  // The manager renames a rep, then double-clicks the backup they saved before.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      savedFiles: { name: string; bytes: Uint8Array }[]
      openWithFieldbook(file: unknown): void
    }
    const file = g.savedFiles[0]!
    g.openWithFieldbook({ name: file.name, bytes: file.bytes })
  })
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  const confirm = panel.getByRole('group', { name: 'Confirm restore' })
  await expect(confirm).toContainText(/“fieldbook-backup-.*\.fieldbook” is a backup made/)
  await expect(confirm).toContainText('10 reps')
  await expect(confirm).toContainText('This backup is encrypted with this computer’s key.')
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(panel.getByRole('status')).toHaveText(/^Restored the backup of /, {
    timeout: 30_000
  })
  // The workspace as it was went into the backups folder first, encrypted.
  const kept = await page.evaluate(async () => {
    const api = (globalThis as unknown as { fieldbook: { backupList(): Promise<unknown> } })
      .fieldbook
    return api.backupList()
  })
  expect(kept).toMatchObject({ ok: true, data: [{ reason: 'beforeRestore', encrypted: true }] })
})

test('a damaged .fieldbook file opened with Fieldbook changes nothing and says why', async ({
  page
}) => {
  await loadDemoTeam(page)
  await page.evaluate(() => {
    ;(globalThis as unknown as { openWithFieldbook(file: unknown): void }).openWithFieldbook({
      name: 'May team.fieldbook',
      bytes: new TextEncoder().encode('{"format": "something else"}')
    })
  })
  const panel = page.getByRole('region', { name: 'Backup and restore' })
  await expect(panel.getByRole('alert')).toContainText(
    '“May team.fieldbook” cannot be restored; nothing was changed.'
  )
  await expect(panel.getByRole('group', { name: 'Confirm restore' })).toHaveCount(0)
  await page.evaluate(() => {
    ;(globalThis as unknown as { openWithFieldbook(file: unknown): void }).openWithFieldbook({
      name: 'gone.fieldbook',
      error: '“gone.fieldbook” could not be opened: the file or folder no longer exists.'
    })
  })
  await expect(panel.getByRole('alert')).toContainText('“gone.fieldbook” could not be opened')
})
