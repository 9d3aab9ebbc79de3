import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

const shot = (name: string) => ({ path: `/tmp/wt6-${name}.png`, fullPage: true })

test('scratch', async ({ page }) => {
  await loadDemoTeam(page)
  await page.goto('/#/home')
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  await page.screenshot(shot('home'))
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'One-on-ones' })
    .click()
  await expect(page.getByRole('heading', { name: 'One-on-ones', level: 1 })).toBeVisible()
  await page.screenshot(shot('list'))
  await page.getByRole('link', { name: 'Prepare the 1:1 with Marcus Okafor' }).click()
  await expect(page.getByRole('heading', { name: /Prepare the 1:1 with/ })).toBeVisible()
  await page.screenshot(shot('prep'))
  await page.screenshot({ path: '/tmp/wt6-prep-top.png' })
  await page.getByRole('button', { name: 'Start the 1:1' }).click()
  await expect(page.getByRole('heading', { name: /^1:1 with/ })).toBeVisible()
  await page.screenshot(shot('meeting'))
  await expectAccessible(page)
})
