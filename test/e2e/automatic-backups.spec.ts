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

  // The pools, in words.
  await expect(panel).toContainText('the last 14 daily backups, the last 10 before an import')
  await expect(panel.getByRole('spinbutton')).toHaveCount(0)
  await panel.getByRole('button', { name: 'Back up now' }).click()
  // A whole-demo backup: seconds on a busy machine.
  await expect(panel.getByRole('status')).toHaveText(
    'Encrypted backup written to the backups folder.',
    { timeout: 30_000 }
  )
  // What reached main is encrypted: no rep's name in the bytes.
  const stored = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        fieldbook: {
          backupList(): Promise<{ data: { id: string }[] }>
          backupRead(i: { id: string }): Promise<{ data: { bytes: Uint8Array } }>
        }
      }
    ).fieldbook
    const [first] = (await api.backupList()).data
    const bytes = (await api.backupRead({ id: first!.id })).data.bytes
    return new TextDecoder('latin1').decode(bytes)
  })
  expect(stored.startsWith('FBKCRYPT')).toBe(true)
  expect(stored).not.toContain('Marcus Okafor')
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
  await expect(confirm).toContainText('This backup is encrypted with this computer’s key.')
  await expectAccessible(page)
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(panel.getByRole('status')).toContainText('Restored the backup of', {
    timeout: 30_000
  })
  await nav.getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Manual measures' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Covered the Henderson demo' })).toHaveCount(0)
})

test.describe('without a keychain', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installPreloadStandIn, { keychain: false })
  })

  test('automatic backups are off, said in Settings, and nothing unencrypted is written', async ({
    page
  }) => {
    await loadDemoTeam(page)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click()
    const panel = page.getByRole('region', { name: 'Automatic backups' })
    await expect(panel.getByRole('alert')).toHaveText(
      'Automatic backups are off on this computer: This computer’s keychain is not available to Fieldbook. Fieldbook does not write unencrypted copies. Save a backup “To take elsewhere” with a passphrase instead.'
    )
    await panel.getByRole('button', { name: 'Back up now' }).click()
    await expect(panel.getByText(/^No backup was written: /)).toBeVisible()
    await expect(panel.getByText('No automatic backups yet.')).toBeVisible()
    // "For this computer" cannot be saved either; "To take elsewhere" can.
    const backup = page.getByRole('region', { name: 'Backup and restore' })
    await backup.getByRole('button', { name: 'Save a backup…' }).click()
    await expect(backup.getByRole('alert')).toContainText(
      'This computer cannot keep a key for Fieldbook'
    )
    await backup.getByRole('radio', { name: /To take elsewhere/ }).check()
    await backup.getByLabel('Backup passphrase').fill('a passphrase to take along')
    await backup.getByLabel('Passphrase again').fill('a passphrase to take along')
    await backup.getByRole('button', { name: 'Save a backup…' }).click()
    await expect(backup.getByRole('status')).toContainText('encrypted with your passphrase', {
      timeout: 30_000
    })
  })
})
