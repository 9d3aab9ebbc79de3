import { pdfText } from './documents'
import { expect, loadDemoTeam, test } from './fixtures'

/**
 * Every form that takes money outside the PIP (hr-packet.spec covers the plan's goal target,
 * the check-in's measured value and a goal change): the amount is shown as money, typed with
 * grouping, refused with a message at the field when it is not money, and printed as money.
 */
test('money is typed, shown and printed as money in every expectation, override and manual measure', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Expectations' })
    .click()
  const standard = page.getByRole('region', { name: 'Account Executive: the standard' })
  const table = standard.getByRole('table')

  // The role's revenue target opens as "300,000", never as cents.
  await table.getByRole('button', { name: 'Edit Closed-won revenue' }).click()
  const edit = standard.getByRole('form', { name: /^Edit “Closed-won revenue/ })
  const target = edit.getByLabel(/^Target/)
  await expect(target).toHaveValue('300,000')
  for (const [typed, message] of [
    ['lots', '“lots” is not an amount of money. Type the amount in USD, e.g. 300,000.50.'],
    ['€300,000', 'Enter the amount in the workspace currency (USD), not EUR.']
  ] as const) {
    await target.fill(typed)
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(edit.getByText(message)).toBeVisible()
    await expect(target).toHaveAttribute('aria-invalid', 'true')
  }
  await target.fill('325000.5')
  await target.blur()
  await expect(target).toHaveValue('325,000.50')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(edit).toHaveCount(0)
  await expect(table.getByRole('row', { name: /Closed-won revenue/ })).toContainText(
    'at least $325,000.50 per quarter'
  )

  // An override of a money target: the same field, the role's standard beside it as money.
  const overrides = page.getByRole('region', { name: 'Per-rep overrides' })
  await overrides.getByRole('combobox', { name: /^Rep/ }).selectOption({ label: 'Kevin Walsh' })
  await overrides.getByLabel('Expectation').selectOption({ label: 'Closed-won revenue' })
  const override = overrides.getByLabel(/^Target for this rep/)
  await expect(overrides).toContainText('Role: at least $325,000.50 per quarter')
  await override.fill('260000')
  await override.blur()
  await expect(override).toHaveValue('260,000')
  await overrides
    .getByLabel(/^Reason/)
    .fill('Upstate territory: smaller accounts, agreed with sales operations in October.')
  await overrides.getByRole('button', { name: 'Save override' }).click()
  await expect(overrides.getByRole('status')).toHaveText('Saved the override for Kevin Walsh.')
  await expect(page.getByRole('region', { name: 'Fairness check' })).toContainText(
    'Kevin Walsh: Closed-won revenue at least $260,000 per quarter instead of at least $325,000.50 per quarter'
  )

  // The rep's expectations sheet prints the money as money.
  const sheetPanel = page.getByRole('region', { name: 'Expectations sheet' })
  await sheetPanel
    .getByRole('combobox', { name: /^Sheet for/ })
    .selectOption({ label: 'Kevin Walsh' })
  const downloading = page.waitForEvent('download')
  await sheetPanel.getByRole('button', { name: 'Export the expectations sheet (PDF)' }).click()
  const sheet = (await pdfText(await downloading)).replace(/\s+/g, ' ')
  expect(sheet).toContain('$260,000')
  expect(sheet).toContain('$325,000.50')
  expect(sheet).not.toMatch(/26000000|32500050/)

  // A manual expense: typed as money, junk refused at the field, listed as money.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
  const section = page.getByRole('region', { name: 'Manual measures' })
  const form = section.getByRole('form', { name: 'Enter a measure' })
  await form.getByLabel('Rep').selectOption({ label: 'Priya Raman' })
  await form.getByLabel('Measure').selectOption('expenses')
  const value = form.getByLabel(/^Value/)
  await value.fill('twelve hundred')
  await value.blur()
  await expect(form.getByText('“twelve hundred” is not an amount of money')).toBeVisible()
  await value.fill('1234.5')
  await value.blur()
  await expect(value).toHaveValue('1,234.50')
  await form.getByRole('button', { name: 'Save measure' }).click()
  await expect(section.getByRole('status')).toHaveText('Saved Expenses for Priya Raman.')
  await expect(
    section.getByRole('table', { name: 'Latest measures' }).getByRole('row').nth(1)
  ).toContainText('$1,234.50')
  await page.screenshot({ path: '/tmp/w15a/manual-measures.png', fullPage: true })
})
