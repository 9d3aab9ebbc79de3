import type { Page } from '@playwright/test'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/**
 * Observations: a ride-along logged by keyboard alone (interrupted by the window closing and
 * resumed from its draft), a timed role-play whose attempts trend, a call review with
 * timestamped notes, and the roll-ups that say which stage each rep needs coaching at.
 */

const shot = (name: string) => ({ path: `/tmp/wt5-${name}.png`, fullPage: true })
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const step = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d+ of \\d+: ${title}`) }))

async function openObservations(page: Page) {
  await nav(page).getByRole('link', { name: 'Observations' }).click()
  await expect(page.getByRole('heading', { name: 'Observations', level: 1 })).toBeVisible()
}

async function waitForDraftSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Draft saved at/ })).toBeVisible()
}

test('a ride-along logged by keyboard alone survives the window closing and is saved', async ({
  page
}) => {
  test.setTimeout(120_000)
  await loadDemoTeam(page)
  await openObservations(page)
  await expectAccessible(page)
  await page.screenshot(shot('observations'))

  const key = page.keyboard
  await page.getByRole('link', { name: 'New ride-along' }).focus()
  await key.press('Enter')
  await step(page, 'Who and what').toBeVisible()
  // The cursor starts in the step: kind (ride-along chosen) → rep → stage → opportunity.
  await expect(page.getByRole('radio', { name: 'Ride-along', exact: true })).toBeFocused()
  await key.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Rep', exact: true })).toBeFocused()
  await key.type('Diego')
  await key.press('Tab')
  await key.type('Discover')
  await key.press('Tab')
  await key.press('ArrowDown')
  await expect(page.getByRole('combobox', { name: 'Rep', exact: true })).toHaveValue(/.+/)
  await expect(page.getByText(/Checklist: Ride-along: discovery meeting \(version 1/)).toBeVisible()
  await expectAccessible(page)
  await key.press('Enter')

  await step(page, 'Pre-call plan').toBeVisible()
  await expect(page.getByLabel('What to say')).toBeFocused()
  await key.type('Recap the downtime cost they mentioned')
  await key.press('Tab')
  await key.type('Access to the operations director')
  await key.press('Tab')
  await key.type('Dated meeting with the operations director')
  await key.press('Tab')
  await key.type('Find out who signs')
  await key.press('Enter')

  await step(page, 'Checklist').toBeVisible()
  // First two criteria: pre-call plan (must) yes, agenda no.
  await key.press('Space')
  await key.press('Tab')
  await key.press('Space')
  await key.press('ArrowRight')
  await waitForDraftSaved(page)
  await page.screenshot(shot('ride-along-checklist'))
  await expectAccessible(page)

  // The window closes in the car park; the reopened app offers the draft.
  const context = page.context()
  await page.close()
  const again = await context.newPage()
  await again.goto('/')
  await expect(again.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible({
    timeout: 30_000
  })
  await openObservations(again)
  await again
    .getByRole('link', { name: /Resume draft: Ride-along with Diego Hernández, Discover/ })
    .click()
  await step(again, 'Checklist').toBeVisible()
  const group = (name: RegExp) => again.getByRole('radiogroup', { name })
  await expect(
    group(/pre-call plan/).getByRole('radio', { name: 'Yes', exact: true })
  ).toBeChecked()
  await expect(
    group(/Opened with an agenda/).getByRole('radio', { name: 'No', exact: true })
  ).toBeChecked()

  const k = again.keyboard
  await group(/Asked open questions/)
    .getByRole('radio', { name: '1', exact: true })
    .focus()
  // Scales: 1 + two arrows = 3; impact 2; listening 4.
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  // Decision process: not applicable (yes → no → NA).
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  // Next step (must): yes. Follow-through: no.
  await k.press('Space')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.type('Downtime costs them a shift a week')
  await expect(
    group(/Learned who else/).getByRole('radio', { name: 'Not applicable', exact: true })
  ).toBeChecked()
  await expect(
    group(/Asked for a specific next step/).getByRole('radio', { name: 'Yes', exact: true })
  ).toBeChecked()
  await expect(again.getByText('Every must criterion is met.')).toBeVisible()
  await k.press('Enter')

  await step(again, 'Outcome against the plan').toBeVisible()
  await expect(again.getByText('Dated meeting with the operations director')).toBeVisible()
  await k.press('Space')
  await k.press('Tab')
  await k.type('Meeting with the operations director on Thursday')
  await k.press('Enter')

  await step(again, "Rep's self-assessment").toBeVisible()
  await k.type('I rushed the agenda but got the meeting')
  await k.press('Enter')
  await step(again, 'One strength, one focus').toBeVisible()
  await expect(again.getByText('I rushed the agenda but got the meeting')).toBeVisible()
  await k.type('Quantified the downtime with the customer')
  await k.press('Tab')
  await k.type('Open with an agenda the customer agrees to')
  await k.press('Enter')

  await expect(
    again.getByRole('heading', { name: 'Ride-along: Diego Hernández', level: 1 })
  ).toBeVisible()
  await expect(again.getByText('Quantified the downtime with the customer')).toBeVisible()
  const checklist = again.getByRole('table', { name: /Checklist: Ride-along: discovery meeting/ })
  await expect(checklist.getByRole('row', { name: /Asked open questions/ })).toContainText('3 of 4')
  await expect(checklist.getByRole('row', { name: /Learned who else/ })).toContainText(
    'Not applicable'
  )
  await again.screenshot(shot('ride-along-saved'))
  await expectAccessible(again)

  // The draft is gone; the roll-ups count the new observation.
  await openObservations(again)
  await expect(again.getByRole('heading', { name: 'Drafts' })).toHaveCount(0)
  await again
    .getByRole('form', { name: 'Filters' })
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({
      label: 'Diego Hernández'
    })
  const trend = again.getByRole('table', { name: 'Stage trend for Diego Hernández' })
  const month = new Date().toISOString().slice(0, 7)
  await expect(trend.getByRole('row', { name: new RegExp(`${month} Discover`) })).toBeVisible()
  const weakest = again.getByRole('table', { name: 'Weakest stage per rep' })
  await expect(weakest.getByRole('row', { name: /Diego Hernández/ })).toContainText('Discover')
  await expect(weakest.getByRole('row', { name: /Diego Hernández/ })).toContainText(/\d+ of \d+/)
  await again.screenshot(shot('observations-diego'))
})
