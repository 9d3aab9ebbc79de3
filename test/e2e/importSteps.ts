import path from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** Steps a manager takes on the Import screen, shared by the import specs. */

export const fixture = (name: string): string => path.resolve(__dirname, '../fixtures/import', name)

export const shot = (name: string) => ({
  path: `test-results/screens/${name}.png`,
  fullPage: true
})

/** From a fresh browser profile: start with an empty team and wait for the Team screen. */
export async function startOwnTeam(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
  await page.getByRole('button', { name: 'Start with my own team' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  await openTeam(page)
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' })
}

export async function openImport(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible()
}

export async function openTeam(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Team' }).click()
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
}

/** "Import a file…" then picks the file in the chooser (no waiting for the result). */
export async function pickFile(page: Page, filePath: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import a file…' }).click()
  await (await chooser).setFiles(filePath)
}

/** Picks a file and waits for the preview's Review section with its counts. */
export async function previewFile(page: Page, filePath: string): Promise<void> {
  await pickFile(page, filePath)
  await expect(page.getByRole('heading', { name: 'Review', level: 2 })).toBeVisible({
    timeout: 20_000
  })
  await expect(reviewCounts(page)).toBeVisible()
}

export function reviewCounts(page: Page): Locator {
  return page.getByLabel('What this import will do')
}

export interface Counts {
  New: number
  Updated: number
  Unchanged: number
  Skipped: number
  Rejected: number
}

/** Each term of "What this import will do" shows the expected number. */
export async function expectReviewCounts(page: Page, counts: Counts): Promise<void> {
  const dl = reviewCounts(page)
  for (const [label, value] of Object.entries(counts)) {
    await expect(
      dl
        .locator('div')
        .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
        .getByRole('definition'),
      `${label} count`
    ).toHaveText(value.toLocaleString('en-US'))
  }
}

export function importButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Import \d[\d,]* \w+$/ })
}

/** Clicks "Import N …" and waits for the "Imported “file”: …" status. */
export async function commitImport(page: Page, fileName: string, writes: number): Promise<void> {
  const button = importButton(page)
  await expect(button).toHaveText(new RegExp(`^Import ${writes} `))
  await expect(button).toBeEnabled()
  await button.click()
  await expect(page.getByRole('status').filter({ hasText: `Imported “${fileName}”` })).toBeVisible({
    timeout: 20_000
  })
}

export function historyTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Imports, newest first' })
}

export function historyRow(page: Page, fileName: string): Locator {
  return historyTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: fileName }) })
}

/** The history row's New/Updated/Unchanged/Skipped/Rejected cells. */
export async function expectHistoryCounts(
  page: Page,
  fileName: string,
  counts: Counts
): Promise<void> {
  const cells = historyRow(page, fileName).getByRole('cell')
  // Cells: When, What, New, Updated, Unchanged, Skipped, Rejected (the file is the row header).
  await expect(cells).toHaveCount(7)
  const values = [counts.New, counts.Updated, counts.Unchanged, counts.Skipped, counts.Rejected]
  for (const [i, value] of values.entries()) {
    await expect(cells.nth(i + 2)).toHaveText(String(value))
  }
}

/** The Team table row of one rep. */
export function teamRow(page: Page, repName: string): Locator {
  return page
    .getByRole('table', { name: /team headline numbers/i })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: repName, exact: true }) })
}

/** Checks a rep's Open pipeline cell on the Team screen ("$61,735" and "3 open"). */
export async function expectOpenPipeline(
  page: Page,
  repName: string,
  amount: string,
  open: number
): Promise<void> {
  // Cells: attainment, open pipeline, activities, last 1:1.
  const cell = teamRow(page, repName).getByRole('cell').nth(1)
  await expect(cell).toHaveText(`${amount}${open} open`)
}
