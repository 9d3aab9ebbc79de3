import type { Page } from '@playwright/test'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/** Settings → Sales process and Checklists: the standard observations are scored against. */

const shot = (name: string) => ({ path: `/tmp/wt5-${name}.png`, fullPage: true })

async function openSettings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
}

test('editing a checklist that was used adds version 2 and old scores do not move', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Observations' })
    .click()
  const list = page.getByRole('table', { name: /saved observations/ })
  const marcus = list.getByRole('row', { name: /Marcus Okafor/ }).first()
  const before = await marcus.innerText()

  await openSettings(page)
  await page.getByRole('link', { name: 'Checklists' }).click()
  const table = page.getByRole('table', { name: /18 checklists/ })
  await expect(table).toBeVisible()
  await expectAccessible(page)
  await page.screenshot(shot('checklists'))
  await table.getByRole('link', { name: 'Ride-along: discovery meeting' }).click()
  await expect(
    page.getByText(/observations were scored with this version: saving a change/)
  ).toBeVisible()
  const second = page.getByRole('group', { name: 'Criterion 2' })
  await second.getByLabel('Weight').fill('5')
  await second.getByLabel(/^Must/).check()
  await page.getByRole('button', { name: 'Add criterion' }).click()
  const added = page.getByRole('group', { name: /Criterion \d+/ }).last()
  await added.getByLabel('Wording').fill('Summarised the agreed next step in writing')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Save checklist' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Saved as version 2. Observations scored with version 1 keep their scores.'
  )
  await expect(page.getByText(/^Version 2: 10 criteria/)).toBeVisible()
  await expect(page.getByText(/^Version 1: 9 criteria/)).toBeVisible()
  await page.screenshot(shot('checklist-editor'))

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Observations' })
    .click()
  await expect.poll(() => marcus.innerText()).toBe(before)
  expect(before).toMatch(/\d+%/)
  // New ride-alongs at discover use version 2.
  await page.getByRole('link', { name: 'New ride-along' }).click()
  // The Observations screen has a Stage filter too: choose in the new ride-along's form, once
  // it has replaced the list (the screen changes when its code has loaded).
  const form = page.getByRole('region', { name: 'New ride-along' })
  await expect(form.getByRole('heading', { name: 'New ride-along', level: 1 })).toBeVisible()
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Discover' })
  await expect(
    page.getByText(/Checklist: Ride-along: discovery meeting \(version 2, 10 criteria\)/)
  ).toBeVisible()
})

test('the sales process is edited on its own screen: rename, reorder, add a stage', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await openSettings(page)
  await page.getByRole('link', { name: 'Sales process' }).click()
  await expect(page.getByRole('heading', { name: 'Sales process', level: 1 })).toBeVisible()
  await expectAccessible(page)
  const first = page.getByRole('group', { name: /^Stage 1:/ })
  await expect(first.getByLabel('Name', { exact: true })).toHaveValue('Prospect')
  await expect(first.getByLabel('Exit criteria (one per line)')).toHaveValue(
    /ideal customer profile/
  )
  // Deals and observations use the stage, so it cannot be removed.
  await expect(first.getByRole('button', { name: 'Remove Prospect' })).toBeDisabled()
  await first.getByLabel('Name', { exact: true }).fill('Prospecting')
  await page.getByLabel('New stage name').fill('Onboard')
  await page.getByLabel('New stage name').press('Enter')
  const added = page.getByRole('group', { name: /^Stage 7: Onboard/ })
  await added
    .getByLabel('Exit criteria (one per line)')
    .fill('Kick-off held\nFirst value delivered')
  await added.getByLabel('CRM stage names (one per line)').fill('Onboarding')
  await added.getByRole('button', { name: 'Move Onboard earlier' }).click()
  await expect(page.getByRole('group', { name: /^Stage 6: Onboard/ })).toBeVisible()
  await page.getByRole('button', { name: 'Save sales process' }).click()
  await expect(page.getByRole('status')).toHaveText('Sales process saved.')
  await page.screenshot(shot('sales-process'))

  // A CRM stage name may only map to one stage.
  await page
    .getByRole('group', { name: /^Stage 7: Close/ })
    .getByLabel('CRM stage names (one per line)')
    .fill('Onboarding')
  await page.getByRole('button', { name: 'Save sales process' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'A CRM stage name can map to one stage only: onboarding.'
  )

  await page.reload()
  await expect(page.getByRole('group', { name: /^Stage 1: Prospecting/ })).toBeVisible()
  await expect(page.getByRole('group', { name: /^Stage 6: Onboard/ })).toBeVisible()
  await expect(
    page
      .getByRole('group', { name: /^Stage 6: Onboard/ })
      .getByLabel('Exit criteria (one per line)')
  ).toHaveValue('Kick-off held\nFirst value delivered')
  // Observations offer the new stage.
  await page.goto('/#/observations/new?kind=rideAlong')
  await expect(
    page.getByRole('combobox', { name: 'Stage' }).getByRole('option', { name: 'Onboard' })
  ).toHaveCount(1)
})
