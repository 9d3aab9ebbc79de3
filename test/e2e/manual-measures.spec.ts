import { expectAccessible, expect, test } from './fixtures'
import {
  commitImport,
  expectHistoryCounts,
  expectReviewCounts,
  fixture,
  openImport,
  previewFile,
  startOwnTeam
} from './importSteps'

test('manual measures: enter one by hand, then import a CSV of them, and see both listed', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  const section = page.getByRole('region', { name: 'Manual measures' })
  await expect(section).toContainText('Add reps first')
  await expect(section.getByRole('form', { name: 'Enter a measure' })).toHaveCount(0)

  // Reps come from an opportunities import.
  await previewFile(page, fixture('salesforce-report.csv'))
  await commitImport(page, 'salesforce-report.csv', 12)

  const form = section.getByRole('form', { name: 'Enter a measure' })
  await expect(form).toBeVisible()
  await form.getByLabel('Rep').selectOption({ label: 'Priya Raman' })
  await form.getByLabel('Measure').selectOption('teamwork')
  await form.getByLabel('Period start').fill('2026-04-01')
  await form.getByLabel('Period end').fill('2026-06-30')
  await form.getByLabel('Value').fill('7')
  await form.getByLabel('Note').fill('Ran the onboarding buddy scheme')
  await form.getByRole('button', { name: 'Save measure' }).click()
  // A teamwork score is 1 to 5: the form says so and saves nothing.
  await expect(section.getByRole('alert')).toHaveText('Value: a score from 1 to 5.')
  await expect(section.getByRole('table', { name: 'Latest measures' })).toHaveCount(0)

  await form.getByLabel('Value').fill('4')
  await form.getByRole('button', { name: 'Save measure' }).click()
  await expect(section.getByRole('status')).toHaveText('Saved Teamwork for Priya Raman.')
  const latest = section.getByRole('table', { name: 'Latest measures' })
  await expect(latest.getByRole('row')).toHaveCount(2)
  await expect(latest.getByRole('row').nth(1)).toHaveText(
    /^Priya Raman\s*Teamwork\s*2026-04-01 – 2026-06-30\s*4\s*Ran the onboarding buddy scheme$/
  )
  await expectAccessible(page)

  // The wizard recognises a measures file and matches its reps by name.
  await previewFile(page, fixture('manual-measures.csv'))
  await expect(page.getByLabel('Records in this file')).toHaveValue('manualMeasures')
  await expect(page.getByRole('region', { name: 'Owners → reps' })).toContainText(
    '3 matched to reps by name, email or CRM id (Dana Whitfield, Marcus Lee, Priya Raman).'
  )
  await expectReviewCounts(page, { New: 6, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText(
    '1 margin value(s) between -1 and 1 were read as fractions (0.31 = 31%).'
  )
  await commitImport(page, 'manual-measures.csv', 6)
  await expectHistoryCounts(page, 'manual-measures.csv', {
    New: 6,
    Updated: 0,
    Unchanged: 0,
    Skipped: 0,
    Rejected: 0
  })

  const rows = page
    .getByRole('region', { name: 'Manual measures' })
    .getByRole('table', { name: 'Latest measures' })
    .getByRole('row')
  await expect(rows).toHaveCount(8)
  const row = (rep: string, measure: string) =>
    rows.filter({ has: page.getByRole('rowheader', { name: rep }) }).filter({ hasText: measure })
  await expect(row('Dana Whitfield', 'Expenses')).toContainText('2026-01-01 – 2026-01-31')
  await expect(row('Dana Whitfield', 'Expenses')).toContainText('$1,840')
  await expect(row('Dana Whitfield', 'Expenses')).toContainText('Client dinners in Boston')
  await expect(row('Dana Whitfield', 'Customer satisfaction (CSAT)')).toContainText('4.6')
  await expect(row('Marcus Lee', 'Margin')).toContainText('31%')
  await expect(row('Marcus Lee', 'Teamwork')).toContainText('Peer feedback')
  await expect(row('Priya Raman', 'Expenses')).toContainText('$612')
  await expect(row('Priya Raman', 'Customer satisfaction (CSAT)')).toContainText('4.9')
  // The hand-entered one is still there.
  await expect(row('Priya Raman', 'Teamwork')).toContainText('Ran the onboarding buddy scheme')
})
