import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import {
  historyRow,
  historyTable,
  importButton,
  nav,
  openImport,
  openTeam,
  pickFile,
  reviewCounts,
  shot,
  startOwnTeam,
  teamRow
} from './importSteps'

/*
 * Issue 18: the import runs in a worker with its own database connection. A manager starts a
 * big import, goes to another screen while it is saved, sees the new reps appear there when it
 * is, and can undo it; a commit cancelled halfway leaves nothing written.
 */

const OWNERS = ['Dana Whitfield', 'Marcus Oyelaran', 'Priya Raman']

/** A HubSpot deals export of `rows` deals for three reps (no CRM data from outside the repo). */
function dealsFile(path: string, rows: number): string {
  const lines = ['Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner']
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    const month = String((i % 11) + 1).padStart(2, '0')
    lines.push(
      `${700000 + i},Account ${i} renewal,appointmentscheduled,${250 + (i % 40) * 100},2026-${month}-${day},${OWNERS[i % 3]}`
    )
  }
  writeFileSync(path, lines.join('\r\n'))
  return path
}

test('a big import is saved while the manager works on the Team screen, which then shows the new reps; undo takes them away', async ({
  page
}, testInfo) => {
  test.setTimeout(300_000)
  const file = dealsFile(testInfo.outputPath('deals-10000.csv'), 10_000)
  await startOwnTeam(page)
  await expect(page.getByText('No reps yet.')).toBeVisible()
  await openImport(page)
  await pickFile(page, file)
  await expect(reviewCounts(page)).toBeVisible({ timeout: 120_000 })
  await expect(page.getByText('“deals-10000.csv”: 10,000 rows, comma-separated')).toBeVisible()
  const button = importButton(page)
  await expect(button).toHaveText('Import 10,000 opportunities')
  await button.click()
  await expect(page.getByRole('group', { name: 'Importing' })).toBeVisible()
  // The manager leaves the Import screen while the file is saved; the sidebar says how far it is.
  await nav(page).getByRole('link', { name: 'Team' }).click()
  await expect(page.getByRole('status', { name: 'Import underway' })).toContainText(
    'Importing “deals-10000.csv”'
  )
  await page.screenshot(shot('import-worker-underway'))
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible({
    timeout: 180_000
  })
  for (const owner of OWNERS) {
    await expect(teamRow(page, owner)).toBeVisible({ timeout: 180_000 })
  }
  await expect(page.getByRole('status', { name: 'Import underway' })).toBeHidden()
  await page.screenshot(shot('import-worker-team-after'))

  await openImport(page)
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “deals-10000.csv”: 10,000 new' })
  ).toBeVisible()
  await expect(historyTable(page)).toContainText('deals-10000.csv')
  // The history writes its counts as the status line does: 10,000, not 10000.
  await expect(historyRow(page, 'deals-10000.csv').getByRole('cell').nth(2)).toHaveText('10,000')
  await page.getByRole('button', { name: 'Undo latest import…' }).click()
  await page.getByRole('button', { name: 'Yes, undo this import' }).click()
  await expect(page.getByRole('button', { name: 'Undo latest import…' })).toBeHidden({
    timeout: 120_000
  })
  await nav(page).getByRole('link', { name: 'Team' }).click()
  await expect(page.getByText('No reps yet.')).toBeVisible({ timeout: 60_000 })
})

test('cancelling an import while it is written leaves the workspace as it was', async ({
  page
}, testInfo) => {
  test.setTimeout(300_000)
  const file = dealsFile(testInfo.outputPath('deals-60000.csv'), 60_000)
  await startOwnTeam(page)
  await openImport(page)
  await pickFile(page, file)
  await expect(reviewCounts(page)).toBeVisible({ timeout: 180_000 })
  await importButton(page).click()
  const importing = page.getByRole('group', { name: 'Importing' })
  await expect(importing).toContainText(/[1-9][\d,]* of [\d,]+ records written/, {
    timeout: 120_000
  })
  await expect(page.getByRole('status', { name: 'Import underway' })).toContainText(
    /Importing “deals-60000\.csv”: [1-9][\d,]* of [\d,]+ records written\./
  )
  await page.screenshot(shot('import-worker-writing'))
  await page.getByRole('button', { name: 'Cancel the import' }).click()
  await expect(page.getByRole('alert')).toHaveText('Import cancelled: nothing was imported.', {
    timeout: 60_000
  })
  // The file is still open for review: the manager may import it after all, or close it.
  await expect(importButton(page)).toHaveText('Import 60,000 opportunities')
  await page.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(page.getByText('No imports yet.')).toBeVisible()
  await openTeam(page)
  await expect(page.getByText('No reps yet.')).toBeVisible()
})
