import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every spec gets a page whose console errors and uncaught exceptions fail the test: a screen
 * that logs errors is not done even if it looks right.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true }
  ]
})
export { expect }

/** Runs axe on the page and fails on serious or critical violations, listing them. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(serious).toEqual([])
}

/**
 * From a fresh browser profile: choose the demo team, see it open on Home (the start page),
 * then go to the Team screen by its address (no reload; nothing has focus, as after a launch).
 */
export async function loadDemoTeam(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
  await page.getByRole('button', { name: 'Explore the demo team' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({
    timeout: 30_000
  })
  await page.evaluate(() => {
    window.location.hash = '#/team'
  })
  // Team works out each rep's status first: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Team', level: 1 }))
    .toBeVisible({
      timeout: 30_000
    })
    .catch(async (error: unknown) => {
      // Team once waited for an analysis answer that had already come (fixed in
      // db/analysisWorker/answerBoard.ts): if it ever waits again, say what the window showed,
      // what it asked the worker and what came back.
      throw new Error(`Team did not open: ${await whatTheWindowShows(page)}`, { cause: error })
    })
}

/** The address and the main region's text, for a failure message. */
async function whatTheWindowShows(page: Page): Promise<string> {
  const hash = await page.evaluate(() => window.location.hash)
  // What the window asked the analysis worker and what came back, by kind, with where each
  // answer came from, and how many times the data stamps were read (db/analysisWorker).
  const answers = await page.evaluate(() => {
    const counts = new Map<string, number>()
    for (const mark of performance.getEntriesByType('mark')) {
      if (!mark.name.startsWith('fieldbook:')) continue
      const name = mark.name.slice('fieldbook:'.length)
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
    return [...counts].map(([name, n]) => `${name} ${n}`).join(', ')
  })
  const main = await page
    .locator('main')
    .first()
    .innerText({ timeout: 1_000 })
    .catch(() => '')
  return `address ${hash}, main region: ${JSON.stringify(main.slice(0, 400))}; marks: ${answers || 'none'}`
}
