import type { Page } from '@playwright/test'
import { expect, loadDemoTeam, test } from './fixtures'

/**
 * A 1024-px laptop and a 1366-px one: no main screen scrolls sideways (wide tables scroll in
 * their own frame), and the sidebar collapses and stays collapsed after a reload.
 */
test.slow()

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 }
]

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function sideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth
  }))
}

test('every main screen fits 1024×700 and 1366×768 without sideways scrolling', async ({
  page
}) => {
  test.setTimeout(300_000)
  await loadDemoTeam(page)
  const labels = await nav(page).getByRole('link').allInnerTexts()
  expect(labels.length).toBeGreaterThanOrEqual(9)
  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const label of labels) {
      await nav(page).getByRole('link', { name: label, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
      // Screens that compute (Dashboard, Team status) finish before they are measured.
      await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 })
      const m = await sideways(page)
      expect(m.scrollWidth, `${label} at ${size.width}px`).toBeLessThanOrEqual(m.innerWidth)
    }
    // The rep page, reached from Team, fits too.
    await nav(page).getByRole('link', { name: 'Team', exact: true }).click()
    await page.getByRole('link', { name: 'Marcus Okafor' }).first().click()
    await expect(page.getByRole('heading', { name: 'Marcus Okafor', level: 1 })).toBeVisible()
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 })
    const rep = await sideways(page)
    expect(rep.scrollWidth, `rep page at ${size.width}px`).toBeLessThanOrEqual(rep.innerWidth)
  }
})

test('the Dashboard scorecard scrolls inside its frame with the rep column fixed', async ({
  page
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await loadDemoTeam(page)
  await nav(page).getByRole('link', { name: 'Dashboard' }).click()
  const frame = page.getByRole('region', { name: 'Scorecard, scrollable' })
  await expect(frame).toBeVisible({ timeout: 60_000 })
  const rep = frame.getByRole('rowheader').first()
  const before = await rep.boundingBox()
  await frame.evaluate((el) => el.scrollBy({ left: 400 }))
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  const after = await rep.boundingBox()
  // The rep column stays where it was (sub-pixel rounding aside) while the cells moved.
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThanOrEqual(1)
  await expect(rep).toBeInViewport()
})

test('the sidebar collapses, gives the screen the room, and stays collapsed after a reload', async ({
  page
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await loadDemoTeam(page)
  const hide = page.getByRole('button', { name: 'Hide the menu' })
  await expect(hide).toHaveAttribute('aria-expanded', 'true')
  const wide = await page.locator('main').boundingBox()
  await hide.click()
  await expect(nav(page)).toBeHidden()
  const show = page.getByRole('button', { name: 'Show the menu' })
  await expect(show).toHaveAttribute('aria-expanded', 'false')
  const wider = await page.locator('main').boundingBox()
  expect(wider!.width).toBeGreaterThan(wide!.width + 100)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
  await expect(nav(page)).toBeHidden()
  await page.getByRole('button', { name: 'Show the menu' }).click()
  await expect(nav(page).getByRole('link', { name: 'Home' })).toBeVisible()
  await page.reload()
  await expect(nav(page).getByRole('link', { name: 'Home' })).toBeVisible()
})
