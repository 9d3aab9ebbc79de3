import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'

const shot = (name: string) => ({ path: `test-results/screens/${name}.png`, fullPage: true })

test('first launch offers the demo team or your own team, and is accessible', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Explore the demo team' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Start with my own team' })).toBeEnabled()
  await page.screenshot(shot('welcome'))
  await expectAccessible(page)
})

test('demo team: Team lists every rep with headline numbers, a rep page opens, and a reload keeps it all', async ({
  page
}) => {
  await loadDemoTeam(page)
  const table = page.getByRole('table', { name: /team headline numbers/i })
  const rows = table.getByRole('row')
  // Header row plus 8–12 reps.
  await expect(rows).toHaveCount(11)
  for (const column of [
    'Rep',
    /^Attainment, Q\d \d{4}$/,
    'Open pipeline',
    'Activities, last 4 weeks',
    'Last 1:1',
    'Status'
  ]) {
    await expect(table.getByRole('columnheader', { name: column })).toBeVisible()
  }
  // The demo's new rep is inside a 3-month ramp and held to a prorated target.
  await expect(table.getByText('On ramp', { exact: true })).toHaveCount(1)
  await page.screenshot(shot('team'))
  await expectAccessible(page)

  // Sorting by attainment puts the highest first.
  await table.getByRole('button', { name: /^Attainment, / }).click()
  await expect(table.getByRole('columnheader', { name: /^Attainment, / })).toHaveAttribute(
    'aria-sort',
    'descending'
  )
  const firstRow = rows.nth(1)
  const repName = (await firstRow.getByRole('rowheader').getByRole('link').textContent()) ?? ''
  const attainmentCell = (await firstRow.getByRole('cell').first().textContent()) ?? ''
  expect(attainmentCell).toMatch(/^\d+%/)

  await firstRow.getByRole('link', { name: repName }).click()
  await expect(page.getByRole('heading', { name: repName, level: 1 })).toBeVisible()
  const attainmentStat = page
    .getByRole('definition')
    .filter({ hasText: /^\d+%$/ })
    .first()
  await expect(attainmentStat).toHaveText(attainmentCell.match(/^\d+%/)?.[0] ?? 'missing')
  await expect(page.getByRole('heading', { name: 'Largest open opportunities' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recent one-on-ones' })).toBeVisible()
  await page.screenshot(shot('rep-page'))
  await expectAccessible(page)

  await page.reload()
  await expect(page.getByRole('heading', { name: repName, level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  await expect(
    page.getByRole('table', { name: /team headline numbers/i }).getByRole('row')
  ).toHaveCount(11)
})

test('a closed and reopened window keeps the workspace', async ({ page, context }) => {
  await loadDemoTeam(page)
  await page.close()
  const reopened = await context.newPage()
  await reopened.goto('/')
  await expect(reopened.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  await reopened
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Team' })
    .click()
  await expect(reopened.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
  await expect(
    reopened.getByRole('table', { name: /team headline numbers/i }).getByRole('row')
  ).toHaveCount(11)
})

test('every screen is reachable from the navigation', async ({ page }) => {
  await loadDemoTeam(page)
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const [link, heading] of [
    ['Home', 'Home'],
    ['Dashboard', 'Dashboard'],
    ['Expectations', 'Expectations'],
    ['One-on-ones', 'One-on-ones'],
    ['Observations', 'Observations'],
    ['Plans (PIPs)', 'Plans'],
    ['Import', 'Import'],
    ['Settings', 'Settings']
  ]) {
    await nav.getByRole('link', { name: link, exact: true }).click()
    await expect(page.getByRole('heading', { name: heading, level: 1, exact: true })).toBeVisible()
  }
  await expect(page.getByText('This screen is not built yet.')).toHaveCount(0)
  await page.screenshot(shot('settings'))
  await expectAccessible(page)
})

test('keyboard only: skip link, navigation and a rep page', async ({ page }) => {
  await loadDemoTeam(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page).toHaveURL(/#\/team$/)
  // The table's scroll frame (so a keyboard can scroll it sideways), the first sortable
  // header, then the first rep link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('region', { name: 'Team table, scrollable' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Rep/ })).toBeFocused()
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveRole('link')
  const name = (await focused.textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
})

test('start with my own team, then reset the workspace back to the first-launch screen', async ({
  page
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Start with my own team' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
  await expect(page.getByText(/No reps yet/)).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByRole('button', { name: 'Reset workspace…' }).click()
  await page.getByRole('button', { name: 'Yes, delete everything' }).click()
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
  // The next workspace opens on its start page (Home), not on the Settings page of the reset.
  await page.getByRole('button', { name: 'Start with my own team' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
})
