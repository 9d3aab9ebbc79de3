import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, loadDemoTeam, test } from './fixtures'
import { E2E_PASSPHRASE, parseBackup } from './dataSteps'

/**
 * Crash safety: the window closes in the middle of a big import or restore. IndexedDB aborts
 * the unfinished transaction, so the reopened app must show the workspace exactly as it was.
 */

const teamTable = (page: Page) => page.getByRole('table', { name: /team headline numbers/i })

async function teamNumbers(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  await expect(teamTable(page).getByRole('row')).toHaveCount(11)
  // Each rep's status is worked out after the numbers show: read the rows once it is.
  await expect(teamTable(page)).not.toContainText('Working it out…', { timeout: 30_000 })
  return teamTable(page).getByRole('row').allInnerTexts()
}

async function reopen(page: Page): Promise<Page> {
  const context = page.context()
  await page.close()
  const again = await context.newPage()
  await again.goto('/#/team')
  // The closed page's unfinished transaction is rolled back before the database opens again:
  // for 100,000 rows that can take most of a minute on a busy machine.
  await expect(again.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible({
    timeout: 90_000
  })
  return again
}

test('closing the window during a 100,000-row import leaves the workspace as it was', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  const before = await teamNumbers(page)
  const owners = ['Marcus Okafor', 'Priya Raman', 'Aisha Bello', 'Kevin Walsh']
  const lines = ['Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner']
  for (let i = 1; i <= 100_000; i++) {
    lines.push(`${900000 + i},Deal ${i},closedwon,${1000 + (i % 500)},2026-11-02,${owners[i % 4]}`)
  }
  const file = testInfo.outputPath('big-hubspot.csv')
  writeFileSync(file, lines.join('\n'))

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import a file…' }).click()
  await (await chooser).setFiles(file)
  const importButton = page.getByRole('button', { name: 'Import 100,000 opportunities' })
  await expect(importButton).toBeEnabled({ timeout: 90_000 })
  await importButton.click()
  await expect(page.getByRole('button', { name: 'Importing…' })).toBeVisible()

  const again = await reopen(page)
  expect(await teamNumbers(again)).toEqual(before)
  await again
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import' })
    .click()
  await expect(again.getByText('No imports yet.')).toBeVisible()
})

test('closing the window during a big restore leaves the workspace as it was', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  const before = await teamNumbers(page)

  // A real backup of the demo team, grown to 100,000 more opportunities of its own reps.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  // Saved encrypted with a passphrase; grown here and restored as an older plain backup.
  const download = page.waitForEvent('download')
  await page.getByLabel('Backup passphrase').fill(E2E_PASSPHRASE)
  await page.getByLabel('Passphrase again').fill(E2E_PASSPHRASE)
  await page.getByRole('button', { name: 'Save a backup…' }).click()
  const backup = parseBackup(readFileSync((await (await download).path())!)) as unknown as {
    counts: Record<string, number>
    data: { opportunities: Record<string, unknown>[]; reps: { id: string }[] }
  }
  const template = backup.data.opportunities[0]!
  const reps = backup.data.reps
  for (let i = 1; i <= 100_000; i++) {
    backup.data.opportunities.push({
      ...template,
      id: `big-${i}`,
      crmId: `BIG-${i}`,
      name: `Deal ${i}`,
      repId: reps[i % reps.length]!.id,
      importId: undefined
    })
  }
  backup.counts['opportunities'] = backup.data.opportunities.length
  const file = testInfo.outputPath('big-backup.json')
  writeFileSync(file, JSON.stringify(backup))

  // Something to lose if the restore half-happened: the restore replaces everything.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore from a backup…' }).click()
  await (await chooser).setFiles(file)
  const confirm = page.getByRole('group', { name: 'Confirm restore' })
  await expect(confirm).toContainText('opportunities', { timeout: 90_000 })
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(confirm.getByRole('button', { name: 'Restoring…' })).toBeVisible()

  const again = await reopen(page)
  // Wholly the old workspace (the restore had not committed): never a mix of the two.
  expect(await teamNumbers(again)).toEqual(before)
})
