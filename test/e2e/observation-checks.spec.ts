import type { Page } from '@playwright/test'
import { expect, loadDemoTeam, test } from './fixtures'

/**
 * Observations say what is missing on the step where it is missing, at the field; a "Yes" that
 * needs something written behind it asks for it; a saved observation can be corrected and the
 * earlier words stay readable as a dated revision.
 */
test.slow()

const step = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d+ of \\d+: ${title}`) }))

test('a call review without the call named stops on the first step, with the message at the field', async ({
  page
}) => {
  await loadDemoTeam(page)
  await page.goto('/#/observations/new?kind=callReview&stage=qualify')
  await step(page, 'Who and what').toBeVisible()
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Aisha Bello' })
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Who and what').toBeVisible()
  const call = page.getByRole('textbox', { name: 'Call (link or file name)' })
  await expect(call).toHaveAttribute('aria-invalid', 'true')
  await expect(call).toHaveAccessibleDescription('Name the call (a link or a file name).')
  await expect(call).toBeFocused()
  await expect(page.getByRole('alert')).toHaveText(
    'One field on this step needs you: see the message at the field.'
  )
  // Fixed at the field: the message goes, and Next moves on.
  await call.fill('call-0412.mp3')
  await expect(call).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Pre-call plan').toBeVisible()
})

test('"Had a pre-call plan: Yes" with the plan empty is refused at the criterion', async ({
  page
}) => {
  await loadDemoTeam(page)
  await page.goto('/#/observations/new?kind=rideAlong&stage=discover')
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Diego Hernández' })
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Pre-call plan').toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Checklist').toBeVisible()
  const planned = page.getByRole('radiogroup', { name: /Had a pre-call plan/ })
  await planned.getByRole('radio', { name: 'Yes', exact: true }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Checklist').toBeVisible()
  await expect(planned).toHaveAttribute('aria-invalid', 'true')
  await expect(planned).toHaveAccessibleDescription(
    /You answered Yes, but the pre-call plan has no objective or desired next step/
  )
  // The plan written, the same answer passes.
  await page.getByRole('button', { name: 'Pre-call plan' }).click()
  await page.getByLabel('Desired next step').fill('Meeting with the plant manager')
  await page.getByLabel("Rep's own objective").fill('Learn how downtime is costed')
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Checklist').toBeVisible()
  await expect(planned.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await expect(planned).not.toHaveAttribute('aria-invalid', 'true')
})

test('a saved observation is corrected and the earlier words stay as a dated revision', async ({
  page
}) => {
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Observations' })
    .click()
  const saved = page
    .getByRole('table', { name: /saved observations$/ })
    .getByRole('link')
    .first()
  await saved.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(':')
  const corrections = page.getByRole('region', { name: 'Corrections' })
  await expect(corrections).toContainText('Not corrected since it was saved.')
  await corrections.getByRole('button', { name: 'Correct this observation' }).click()
  const form = page.getByRole('form', { name: 'Correct this observation' })
  const focus = form.getByRole('textbox', { name: 'Focus' })
  const before = await focus.inputValue()
  expect(before).not.toBe('')
  // A correction needs a change and a reason.
  await form.getByRole('button', { name: 'Save the correction' }).click()
  await expect(form.getByRole('alert')).toContainText('Nothing was changed')
  await focus.fill('Ask for a dated next step before leaving the room')
  await form.getByRole('button', { name: 'Save the correction' }).click()
  await expect(form.getByRole('alert')).toContainText('Say why you are correcting it')
  await form
    .getByRole('textbox', { name: 'Why you are correcting it' })
    .fill('Agreed wording with the rep')
  await form.getByRole('button', { name: 'Save the correction' }).click()
  await expect(page.getByText('Correction saved; the earlier words are kept below.')).toBeVisible()
  const revision = corrections.getByRole('listitem').first()
  await expect(revision).toContainText(
    /Corrected on [A-Z][a-z]{2} \d{1,2}, \d{4}: Agreed wording with the rep/
  )
  await expect(revision).toContainText(
    `Focus was “${before}”, now “Ask for a dated next step before leaving the room”.`
  )
  await page.reload()
  await expect(page.getByRole('region', { name: 'Corrections' })).toContainText(`was “${before}”`)
  await expect(page.locator('dl.facts')).toContainText(
    'Ask for a dated next step before leaving the room'
  )
})
