import type { Page } from '@playwright/test'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/*
 * One workspace, one writer (issue 17, item 7): two tabs of one browser share the workspace, so
 * only one uses it at a time; an edit made from a form that is out of date is refused.
 */

const elsewhere = 'Fieldbook is already open in another tab or window.'
const taken = 'Fieldbook is now open in another tab or window.'

const home = (page: Page) => page.getByRole('heading', { name: 'Home', level: 1 })

test('a second tab is told the workspace is open elsewhere, and "Use it here" moves it', async ({
  page,
  context
}) => {
  test.setTimeout(120_000)
  await loadDemoTeam(page)

  const second = await context.newPage()
  const secondErrors: string[] = []
  second.on('pageerror', (e) => secondErrors.push(e.message))
  second.on('console', (m) => {
    if (m.type() === 'error') secondErrors.push(m.text())
  })
  await second.goto('/')
  await expect(second.getByRole('heading', { name: elsewhere })).toBeVisible({ timeout: 15_000 })
  await expect(second.getByRole('alert')).toContainText(
    'Using it in two places at once could overwrite changes.'
  )
  await expect(second.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await expectAccessible(second)

  // The first tab is unaffected until the second one takes over.
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
  await second.getByRole('button', { name: 'Use it here' }).click()
  await expect(home(second)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: taken })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  // The first tab takes it back; the second one stops in turn.
  await page.getByRole('button', { name: 'Use it here' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 30_000 })
  await expect(second.getByRole('heading', { name: taken })).toBeVisible()

  // Closing the tab that has it lets the other one open by itself.
  await page.close()
  await expect(home(second)).toBeVisible({ timeout: 30_000 })
  expect(secondErrors).toEqual([])
})

/** Another writer (an older build without the lock, say) changes the plan behind the form. */
async function changePlanBehindTheForm(page: Page, planId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('fieldbook')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('plans', 'readwrite')
      const plans = tx.objectStore('plans')
      const read = plans.get(id)
      read.onsuccess = () => {
        const plan = read.result as { title: string; updatedAt: string }
        plans.put({ ...plan, title: 'Changed elsewhere', updatedAt: new Date().toISOString() })
      }
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, planId)
}

test('an edit from a form opened before another change is refused, and nothing is overwritten', async ({
  page
}) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  await page.goto('/#/plans')
  await page.getByRole('link', { name: /^Coaching plan: CRM hygiene/ }).click()
  await page.getByRole('link', { name: 'Start a PIP from this coaching plan' }).click()
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Draft')
  const planUrl = page.url()
  const planId = decodeURIComponent(planUrl.split('/plans/')[1] ?? '')

  await page.goto(`${planUrl}/edit`)
  await expect(page.getByRole('heading', { name: /^Edit draft:/ })).toBeVisible()
  await changePlanBehindTheForm(page, planId)
  await page.getByLabel('Plan title').fill('My edit from the old form')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(
    page.getByText(
      'This plan was changed in another window after you opened it. Your edit was not saved — reload to see the latest and make it again.'
    )
  ).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('Plan title')).toHaveValue('Changed elsewhere')
})
