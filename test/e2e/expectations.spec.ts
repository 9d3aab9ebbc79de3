import { pdfInfo, pdfText } from './documents'
import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'

test('expectations: edit a dimension, refuse bad input, add an override with a reason, see it in the fairness check', async ({
  page
}) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Expectations' })
    .click()
  await expect(page.getByRole('heading', { name: 'Expectations', level: 1 })).toBeVisible()

  // The demo role's standard, with its priorities and the demo's one override already listed.
  const priorities = page.getByRole('region', { name: /^Team priorities/ })
  await expect(priorities.getByRole('list', { name: 'We focus on' })).toContainText(
    'Every meeting ends with a dated next step'
  )
  await expect(priorities.getByRole('list', { name: 'We stop doing' })).toContainText(
    'Sending proposals nobody asked for'
  )
  const standard = page.getByRole('region', { name: 'Account Executive: the standard' })
  const table = standard.getByRole('table')
  await expect(table.getByRole('row', { name: /Win rate/ })).toContainText(
    'at least 20% per quarter'
  )
  await expect(table.getByRole('row', { name: /Closed-won revenue/ })).toContainText(
    'at least $300,000 per quarter'
  )
  const fairness = page.getByRole('region', { name: 'Fairness check' })
  await expect(fairness).toContainText(
    'Hannah Schmidt: Closed-won revenue at least $270,000 per quarter instead of at least $300,000 per quarter (90% of the role’s).'
  )
  await expect(fairness).toContainText('Territory re-cut this year')
  // Diego is on ramp: the fairness check says how far in, and what that means.
  await expect(fairness).toContainText(
    /Diego Hernández: \d+% of target, month \d of a 3-month ramp/
  )
  await expectAccessible(page)
  await page.screenshot({ path: '/tmp/wt4-expectations.png', fullPage: true })

  // Edit the win rate: a bad target is refused with a message next to the field.
  await table.getByRole('button', { name: 'Edit Win rate (% of closed deals won)' }).click()
  const form = standard.getByRole('form', { name: /^Edit “Win rate/ })
  await form.getByLabel('Target').fill('125')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(form.getByRole('alert')).toHaveText('One field needs your attention.')
  await expect(form.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true')
  await expect(form).toContainText('A percentage from 0 to 100.')
  await page.screenshot({ path: '/tmp/wt4-expectations-error.png', fullPage: true })
  await form.getByLabel('Target').fill('25%')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(table.getByRole('row', { name: /Win rate/ })).toContainText(
    'at least 25% per quarter'
  )

  // Add a money dimension, typed as money.
  await standard.getByRole('button', { name: 'Add a dimension' }).click()
  const add = standard.getByRole('form', { name: 'Add a dimension' })
  await add.getByLabel('What is measured').selectOption({ label: 'Average deal size' })
  await expect(add.getByLabel('Name')).toHaveValue('Average deal size')
  await add.getByLabel('Target').fill('$45,000')
  await add.getByLabel('Period').selectOption('quarter')
  await add.getByLabel('Weight').fill('0')
  await add.getByRole('button', { name: 'Add dimension' }).click()
  await expect(table.getByRole('row', { name: /Average deal size/ })).toContainText(
    'at least $45,000 per quarter'
  )

  // An override without a real reason is refused; with one, it shows in the fairness check.
  const overrides = page.getByRole('region', { name: 'Per-rep overrides' })
  await overrides.getByRole('combobox', { name: /^Rep/ }).selectOption({ label: 'Kevin Walsh' })
  await overrides.getByLabel('Expectation').selectOption({ label: 'Average deal size' })
  await overrides.getByLabel('Target for this rep').fill('30,000')
  await overrides.getByLabel(/^Reason/).fill('smaller')
  await overrides.getByRole('button', { name: 'Save override' }).click()
  await expect(overrides).toContainText('Write why this rep is held to a different target')
  await expect(fairness).not.toContainText('Kevin Walsh')
  await overrides
    .getByLabel(/^Reason/)
    .fill('Upstate territory: smaller accounts, agreed with sales operations in October.')
  await overrides.getByRole('button', { name: 'Save override' }).click()
  await expect(overrides.getByRole('status')).toHaveText('Saved the override for Kevin Walsh.')
  await expect(fairness).toContainText(
    'Kevin Walsh: Average deal size at least $30,000 per quarter instead of at least $45,000 per quarter (67% of the role’s).'
  )
  await expect(fairness).toContainText(
    'Reason: Upstate territory: smaller accounts, agreed with sales operations in October.'
  )
  await expect(table.getByRole('row', { name: /Average deal size/ })).toContainText(
    '1 rep has an override'
  )

  // Priorities are edited one per line.
  await page.getByRole('button', { name: 'Edit priorities' }).click()
  await page.getByLabel('For the period').fill('Q4 2026')
  await page
    .getByLabel('We focus on (one per line)')
    .fill('Qualify before proposing\n\n- Next step on every deal')
  await page.getByRole('button', { name: 'Save priorities' }).click()
  const saved = page.getByRole('region', { name: 'Team priorities, Q4 2026' })
  await expect(saved.getByRole('list', { name: 'We focus on' }).getByRole('listitem')).toHaveText([
    'Qualify before proposing',
    'Next step on every deal'
  ])

  // Removing a dimension asks first and takes its override with it.
  await table.getByRole('button', { name: 'Remove Average deal size' }).click()
  await expect(page.getByRole('alertdialog')).toContainText('Its override is removed too.')
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Remove Average deal size' })
    .click()
  await expect(table.getByRole('row', { name: /Average deal size/ })).toHaveCount(0)
  await expect(fairness).not.toContainText('Kevin Walsh')
  await expectAccessible(page)

  // Diego's one-page sheet: his ramp in words, the edited standard, the new priorities.
  const sheetPanel = page.getByRole('region', { name: 'Expectations sheet' })
  await sheetPanel
    .getByRole('combobox', { name: /^Sheet for/ })
    .selectOption({ label: 'Diego Hernández' })
  const downloading = page.waitForEvent('download')
  await sheetPanel.getByRole('button', { name: 'Export the expectations sheet (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^Expectations - Diego Hernandez - \d{4}-\d{2}-\d{2}\.pdf$/
  )
  expect((await pdfInfo(download)).Pages).toBe('1')
  const sheet = (await pdfText(download)).replace(/\s+/g, ' ')
  expect(sheet).toContain('Expectations: Diego Hernández')
  expect(sheet).toMatch(
    /\d+% of target, month \d of a 3-month ramp: until \w+ \d+, \d{4} the results targets \(closed-won revenue, new pipeline created\) are prorated/
  )
  expect(sheet).toMatch(/at least \$[\d,]+ per quarter \(ramp:/)
  expect(sheet).toContain('at least 25% per quarter')
  expect(sheet).toContain('Team priorities, Q4 2026')
  expect(sheet).toContain('Qualify before proposing')
  await expect(sheetPanel.getByRole('status')).toHaveText(/^Saved “Expectations - Diego Hernandez/)

  // Everything above was written to the database: it survives a reload.
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: 'Account Executive: the standard' })
      .getByRole('row', { name: /Win rate/ })
  ).toContainText('at least 25% per quarter')
  await expect(page.getByRole('region', { name: 'Team priorities, Q4 2026' })).toBeVisible()
})
