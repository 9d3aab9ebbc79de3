import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'

test('dashboard: the demo team against its expectations', async ({ page }) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Standing against expectations' })).toBeVisible({
    timeout: 30_000
  })
  await page.screenshot({ path: '/tmp/wt4-dashboard.png', fullPage: true })
  await page
    .getByRole('region', { name: 'Standing against expectations' })
    .screenshot({ path: '/tmp/wt4-grid.png' })
  await page
    .getByRole('region', { name: /^Findings/ })
    .screenshot({ path: '/tmp/wt4-findings.png' })
  await page
    .getByRole('region', { name: 'Results against process' })
    .screenshot({ path: '/tmp/wt4-quadrant.png' })
  await page.getByRole('region', { name: 'Team trend' }).screenshot({ path: '/tmp/wt4-trend.png' })
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('quarter')
  await page.screenshot({ path: '/tmp/wt4-dashboard-quarter.png', fullPage: true })
  await expectAccessible(page)
  await page
    .getByRole('region', { name: 'Standing against expectations' })
    .getByRole('link', { name: 'Marcus Okafor' })
    .click()
  await expect(page.getByRole('heading', { name: 'Marcus Okafor', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Against expectations/ })).toBeVisible({
    timeout: 30_000
  })
  await page.screenshot({ path: '/tmp/wt4-rep.png', fullPage: true })
  await expectAccessible(page)
})
