import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'
import { installPreloadStandIn } from './preloadStandIn'

/**
 * Automatic backups live in Electron's main process, which cannot run here (main's side is
 * tested in Node, test/main/backup). This spec gives the page a stand-in for the preload API
 * (the same `window.fieldbook` shape, keeping files in memory) so the real Settings panel and
 * the real Electron platform adapter are exercised end to end in Chromium.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(installPreloadStandIn)
})

// Four whole-demo backups and a restore: minutes when the machine is shared.
test.describe.configure({ timeout: 180_000 })

test('automatic backups: back up now, a scheduled one, then restore one and lose later changes', async ({
  page
}) => {
  await loadDemoTeam(page)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  const panel = page.getByRole('region', { name: 'Automatic backups' })
  await expect(panel.getByText('No automatic backups yet.')).toBeVisible()
  // In Electron the browser-storage panel is not shown: the data folder is never evicted.
  await expect(page.getByRole('heading', { name: 'This browser’s storage' })).toHaveCount(0)

  await panel.getByRole('button', { name: 'Back up now' }).click()
  // A whole-demo backup: seconds on a busy machine.
  await expect(panel.getByRole('status')).toHaveText('Backup written to the backups folder.', {
    timeout: 30_000
  })
  const rows = panel
    .getByRole('table', { name: /Backups in the app’s data folder/ })
    .getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Made here')

  // Main says the daily backup is due: the page writes one.
  await page.evaluate(() =>
    (globalThis as unknown as { emitFromMain(e: string, p: unknown): void }).emitFromMain(
      'backup:due',
      {
        reason: 'scheduled'
      }
    )
  )
  await panel.getByRole('button', { name: 'Back up now' }).click()
  // Two whole-demo backups in a row: seconds on a busy machine.
  await expect(rows).toHaveCount(4, { timeout: 30_000 })
  await expect(panel.getByRole('cell', { name: 'Daily' })).toBeVisible()

  // A change after the backups: a manual measure with a note.
  await nav.getByRole('link', { name: 'Import' }).click()
  const form = page.getByRole('form', { name: 'Enter a measure' })
  await form.getByLabel('Measure').selectOption('teamwork')
  await form.getByLabel('Value').fill('4')
  await form.getByLabel('Note').fill('Covered the Henderson demo')
  await form.getByRole('button', { name: 'Save measure' }).click()
  await expect(page.getByRole('cell', { name: 'Covered the Henderson demo' })).toBeVisible()

  // Restore the oldest backup ("Made here", taken before the measure).
  await nav.getByRole('link', { name: 'Settings' }).click()
  await rows.last().getByRole('button', { name: 'Restore…' }).click()
  const confirm = panel.getByRole('group', { name: 'Confirm restore' })
  await expect(confirm).toContainText('It holds 10 reps')
  await expectAccessible(page)
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(panel.getByRole('status')).toContainText('Restored the backup of', {
    timeout: 30_000
  })
  await nav.getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Manual measures' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Covered the Henderson demo' })).toHaveCount(0)
})
