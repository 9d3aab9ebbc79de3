import { format, subDays } from 'date-fns'
import { expect, type Locator, type Page } from '@playwright/test'
import { nav, openTeam } from './importSteps'

/** Steps a manager takes on the Team screen and a rep page (issue 14). */

export const daysAgo = (n: number): string => format(subDays(new Date(), n), 'yyyy-MM-dd')

export async function addRep(
  page: Page,
  rep: { name: string; email?: string; startDate?: string; aliases?: string }
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a rep' })
  if (!(await form.isVisible()))
    await page.getByRole('button', { name: 'Add a rep by hand…' }).click()
  await form.getByLabel('Name', { exact: true }).fill(rep.name)
  if (rep.email) await form.getByLabel('E-mail').fill(rep.email)
  if (rep.startDate) await form.getByLabel('Start date').fill(rep.startDate)
  if (rep.aliases) await form.getByLabel('CRM aliases').fill(rep.aliases)
  await form.getByRole('button', { name: 'Add to the team' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: `${rep.name} is on the team.` })
  ).toBeVisible()
}

export function teamRows(page: Page): Locator {
  return page.getByRole('table', { name: /team headline numbers/i }).getByRole('rowheader')
}

/** Team → the rep's page; returns the rep's id (from the address). */
export async function openRep(page: Page, name: string): Promise<string> {
  await openTeam(page)
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  return page.url().split('/team/')[1] ?? ''
}

export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h
  }, hash)
}

export { nav }
