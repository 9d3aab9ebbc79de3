import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import {
  commitImport,
  expectReviewCounts,
  nav,
  openImport,
  openTeam,
  previewFile,
  shot,
  startOwnTeam
} from './importSteps'

/**
 * Issue 14: a manager starts their own team from their CRM's files (own fixtures reproducing
 * the Maven sample's shapes): people with a manager column, then deals. Only their team joins,
 * history counts from each rep's first deal, and the dashboard opens on the data's last quarter.
 */

const own = (name: string) => path.resolve(__dirname, '../fixtures/own-team', name)
const rows = (name: string) =>
  readFileSync(own(name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))

const people = rows('people.csv')
const deals = rows('deals.csv')
const TEAM = people.filter((p) => p[1] === 'Dana Reyes').map((p) => p[0] ?? '')
const ours = deals.filter((d) => TEAM.includes(d[1] ?? ''))
const lastYear = deals
  .map((d) => d[6] ?? '')
  .filter((d) => d !== '')
  .sort()
  .at(-1)!
  .slice(0, 4)
const firstRecord = (name: string) =>
  deals
    .filter((d) => d[1] === name)
    .flatMap((d) => [d[5], d[4] === 'Won' || d[4] === 'Lost' ? d[6] : undefined])
    .filter((d): d is string => !!d)
    .sort()[0]!
const wonBetween = (name: string, from: string, to: string) =>
  deals
    .filter((d) => d[1] === name && d[4] === 'Won' && (d[6] ?? '') >= from && (d[6] ?? '') <= to)
    .reduce((sum, d) => sum + Number(d[7]), 0)
const wonInQ4 = (name: string) => wonBetween(name, `${lastYear}-10-01`, `${lastYear}-12-31`)
const dollars = (n: number) =>
  n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })

test('people of one manager, then deals: own team with its real history on the dashboard', async ({
  page
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await startOwnTeam(page)
  await openImport(page)

  // People file: the review asks whose team; nothing ticked means everyone.
  await previewFile(page, own('people.csv'))
  await expect(page.getByRole('heading', { name: 'Whose team?', level: 2 })).toBeVisible()
  await expect(
    page.getByText(`No manager ticked: all ${people.length} people of 3 managers will join`)
  ).toBeVisible()
  await page.getByRole('checkbox', { name: 'Dana Reyes (3 people)' }).check()
  await expect(
    page.getByText(
      `${TEAM.length} people will join your team; ${people.length - TEAM.length} people of other managers will not.`
    )
  ).toBeVisible()
  await expectReviewCounts(page, {
    New: TEAM.length,
    Updated: 0,
    Unchanged: 0,
    Skipped: people.length - TEAM.length,
    Rejected: 0
  })
  await page.screenshot(shot('own-team-people-review'))
  await commitImport(page, 'people.csv', TEAM.length)

  // Deals file: other teams' rows are skipped with a count; start dates from the records.
  await previewFile(page, own('deals.csv'))
  const otherRows = deals.length - ours.length
  await expect(
    page.getByText(`4 owners are on other managers’ teams: their ${otherRows} rows are skipped.`)
  ).toBeVisible()
  await expect(page.getByLabel('Exported on')).toHaveValue(
    deals
      .flatMap((d) => [d[5], d[6]])
      .filter((d): d is string => !!d)
      .sort()
      .at(-1)!
  )
  const starts = page.getByRole('table', { name: 'Reps, their start dates and ramps' })
  await expect(starts.getByLabel('Start date of Ana-Maria Ruiz')).toHaveValue(
    firstRecord('Ana-Maria Ruiz')
  )
  await expect(starts.getByLabel('Ramp months of Ana-Maria Ruiz')).toHaveValue('3')
  await expect(starts.getByLabel('Start date of Sam Carter')).toHaveValue(firstRecord('Sam Carter'))
  // Lee Park owns no deals: nothing to move.
  await expect(starts.getByText('Lee Park')).toHaveCount(0)
  // The manager knows better for Sam: he started on 1 Oct 2016.
  await starts.getByLabel('Start date of Sam Carter').fill('2016-10-01')
  await expect(starts.getByLabel('Start date of Sam Carter')).toHaveValue('2016-10-01')
  await expectReviewCounts(page, {
    New: ours.length,
    Updated: 0,
    Unchanged: 0,
    Skipped: otherRows,
    Rejected: 0
  })
  await page.screenshot(shot('own-team-deals-review'))
  await commitImport(page, 'deals.csv', ours.length)

  // The start date is stored: the rep page says so.
  await openTeam(page)
  await page.getByRole('link', { name: 'Sam Carter', exact: true }).click()
  await expect(page.getByText(/started Oct 1, 2016/)).toBeVisible()
  await nav(page).getByRole('link', { name: 'Team' }).click()
  await page.getByRole('link', { name: 'Ana-Maria Ruiz', exact: true }).click()
  await expect(
    page.getByText(
      new RegExp(
        `started ${new Date(`${firstRecord('Ana-Maria Ruiz')}T00:00:00`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })}`
      )
    )
  ).toBeVisible()

  // The dashboard opens on Q4 of the data's last year, with the rep's real closed-won.
  await nav(page).getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByLabel('Which quarter')).toHaveValue(`${lastYear}-10-01`)
  await expect(page.getByLabel('Which quarter').locator('option:checked')).toHaveText(
    `Q4 ${lastYear}`
  )
  const grid = page.getByRole('table', { name: /every rep against every expectation/i })
  const anaRow = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Ana-Maria Ruiz' }) })
  const expected = wonInQ4('Ana-Maria Ruiz')
  expect(expected).toBeGreaterThan(0)
  await expect(anaRow.getByRole('cell').first()).toContainText(dollars(expected))
  // No activities imported: "no data", with what to import, never a miss.
  await expect(anaRow.getByRole('cell').nth(3)).toContainText('No data')
  await expect(page.getByRole('note', { name: 'Expectations without data' })).toContainText(
    'import an activities export'
  )
  // Only the chosen team is on it.
  await expect(grid.getByRole('rowheader')).toHaveCount(TEAM.length)
  await page.screenshot(shot('own-team-dashboard'))

  // A custom range: typed days, checked; the same sum over those days.
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('custom')
  await page.getByLabel('From').fill(`${lastYear}-11-11`)
  await page.getByLabel('To', { exact: true }).fill(`${lastYear}-10-01`)
  await page.getByRole('button', { name: 'Show this range' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'The last day is before the first day: swap them.'
  )
  await page.getByLabel('From').fill(`${lastYear}-10-01`)
  await page.getByLabel('To', { exact: true }).fill(`${lastYear}-11-11`)
  await page.getByRole('button', { name: 'Show this range' }).click()
  await expect(
    page.getByRole('heading', { name: `Findings, 1 Oct ${lastYear} to 11 Nov ${lastYear}` })
  ).toBeVisible({ timeout: 30_000 })
  const inRange = wonBetween('Ana-Maria Ruiz', `${lastYear}-10-01`, `${lastYear}-11-11`)
  // The fixture's Q4 win falls after this range: the number must change.
  expect(inRange).not.toBe(expected)
  await expect(anaRow.getByRole('cell').first()).toContainText(dollars(inRange))
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('quarter')
  await page.getByLabel('Which quarter').selectOption({ label: `Q4 ${lastYear}` })

  // The Team screen shows the same period and the same money.
  await openTeam(page)
  await expect(page.getByRole('columnheader', { name: `Attainment, Q4 ${lastYear}` })).toBeVisible()
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Ana-Maria Ruiz', exact: true }) })
  ).toContainText(`${dollars(expected)} of`)
})

test('a deals export with no owner column asks whose records they are', async ({ page }) => {
  test.setTimeout(120_000)
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, own('salesforce-opportunities-no-owner.csv'))
  await expect(page.getByLabel('Records in this file')).toHaveValue('opportunities')
  await expect(page.getByRole('heading', { name: 'Whose records are these?' })).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'say whose records these are' })
  ).toBeVisible()
  await page.getByLabel('Or a new rep named').fill('Jo Brandt')
  await page.getByRole('button', { name: 'Use this name' }).click()
  await expect(page.getByText('Every row will be a new rep’s, Jo Brandt’s.')).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Reps, their start dates and ramps' })
  ).toContainText('Jo Brandt')
  await commitImport(page, 'salesforce-opportunities-no-owner.csv', 3)
})

test('an activity export with one unknown CRM user id offers the team’s reps', async ({ page }) => {
  test.setTimeout(120_000)
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, own('people.csv'))
  await commitImport(page, 'people.csv', people.length)
  await previewFile(page, own('activities-single-user.csv'))
  await expect(
    page.getByText(/Every row of this file belongs to one CRM user, 0055g00000Xy9AB/)
  ).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'say who the CRM user' })).toBeVisible()
  await page
    .getByLabel('What to do with 0055g00000Xy9AB')
    .selectOption({ label: 'Same person as Sam Carter' })
  await commitImport(page, 'activities-single-user.csv', 4)
})
