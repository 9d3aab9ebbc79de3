import { expectAccessible, expect, test } from './fixtures'
import {
  commitImport,
  expectHistoryCounts,
  expectOpenPipeline,
  expectReviewCounts,
  fixture,
  historyRow,
  historyTable,
  importButton,
  openImport,
  openTeam,
  previewFile,
  shot,
  startOwnTeam,
  teamRow
} from './importSteps'

test('Salesforce report with footer lines: footers skipped, reps created, pipeline on Team', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await expect(page.getByText('No imports yet.')).toBeVisible()
  await expectAccessible(page)

  await previewFile(page, fixture('salesforce-report.csv'))
  await expect(page.getByText('“salesforce-report.csv”: 15 rows, comma-separated')).toBeVisible()
  for (const section of ['What this file is', 'Columns', 'Dates and amounts', 'Owners → reps']) {
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Stages', level: 2 })).toBeVisible()
  await expect(page.getByLabel('Records in this file')).toHaveValue('opportunities')
  await expect(page.getByLabel('Exported from')).toHaveValue('salesforceReport')
  await expect(page.getByText('Dates: month first')).toBeVisible()

  // 12 deals become new opportunities; the blank line's three footers are skipped.
  await expectReviewCounts(page, { New: 12, Updated: 0, Unchanged: 0, Skipped: 3, Rejected: 0 })
  const skipped = page.getByRole('group').filter({ hasText: 'Skipped rows (3)' })
  await skipped.getByText('Skipped rows (3)').click()
  const skippedItems = skipped.getByRole('listitem')
  await expect(skippedItems).toHaveCount(3)
  await expect(skippedItems.first()).toHaveText(
    'Row 15: report footer or total row (“Grand Totals (12 records)”)'
  )
  await expect(skippedItems.nth(1)).toContainText('Confidential Information')

  // Every owner is new to an empty team and is offered as a rep to create.
  const owners = page.getByRole('table', { name: 'Owners not matched to a rep' })
  for (const [owner, rows] of [
    ['Dana Whitfield', 3],
    ['Marcus Lee', 3],
    ['Priya Raman', 3],
    ["Tom O'Neill", 3]
  ] as const) {
    const select = owners.getByRole('combobox', { name: `What to do with ${owner}` })
    await expect(select.locator('option:checked')).toHaveText(`Create a rep “${owner}”`)
    await expect(
      owners.getByRole('row').filter({ has: page.getByRole('rowheader', { name: owner }) })
    ).toContainText(String(rows))
  }
  await page.screenshot(shot('import-preview'))
  await expectAccessible(page)

  await commitImport(page, 'salesforce-report.csv', 12)
  await expect(page.getByRole('status')).toHaveText(
    'Imported “salesforce-report.csv”: 12 new, 0 updated, 0 unchanged, 3 skipped, 0 rejected.'
  )
  await expect(page.getByText('No imports yet.')).toBeHidden()
  await expectHistoryCounts(page, 'salesforce-report.csv', {
    New: 12,
    Updated: 0,
    Unchanged: 0,
    Skipped: 3,
    Rejected: 0
  })
  await expect(historyRow(page, 'salesforce-report.csv')).toContainText('opportunities')
  await expect(historyRow(page, 'salesforce-report.csv')).toContainText('Salesforce report')
  await expect(page.getByRole('button', { name: 'Undo latest import…' })).toBeVisible()
  await expectAccessible(page)

  await openTeam(page)
  await expect(
    page.getByRole('table', { name: /team headline numbers/i }).getByRole('row')
  ).toHaveCount(5)
  await expectOpenPipeline(page, 'Dana Whitfield', '$61,735', 3)
  await expectOpenPipeline(page, 'Marcus Lee', '$31,800', 1)
  await expectOpenPipeline(page, 'Priya Raman', '$25,650', 3)
  await expectOpenPipeline(page, "Tom O'Neill", '$25,500', 2)

  // The rep page lists the imported open deals, largest first.
  await teamRow(page, 'Dana Whitfield').getByRole('link', { name: 'Dana Whitfield' }).click()
  await expect(page.getByRole('heading', { name: 'Dana Whitfield', level: 1 })).toBeVisible()
  const opps = page.getByRole('region', { name: 'Largest open opportunities' })
  await expect(opps).toContainText('Harbor Logistics - Fleet Renewal')
  await expect(opps).toContainText('Orbit Foods - Pilot')
})

test('HubSpot deals: fix a mapping, commit, re-import a newer file, see history, undo', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, fixture('hubspot-deals.csv'))
  await expect(page.getByLabel('Exported from')).toHaveValue('hubspot')
  // Every date with a day above 12 comes first: the file settles the order, no question.
  await expect(page.getByText('Dates: day first')).toBeVisible()
  await expect(page.getByRole('radio')).toHaveCount(0)

  // The manager points Next step at the wrong column, sees it in the samples, and fixes it.
  const nextStep = page.getByRole('combobox', { name: 'Column for Next step' })
  const nextStepRow = page.getByRole('row').filter({ has: nextStep })
  await expect(nextStep.locator('option:checked')).toHaveText('Next step')
  await expect(nextStepRow.getByRole('cell').last()).toHaveText(
    'Confirm demo slot · Chase signature · Prep slides, invite CTO'
  )
  await nextStep.selectOption({ label: 'Closed Lost Reason' })
  await expect(nextStepRow.getByRole('cell').last()).toHaveText('Went with competitor · No budget')
  await nextStep.selectOption({ label: 'Next step' })
  await expect(nextStepRow.getByRole('cell').last()).toHaveText(
    'Confirm demo slot · Chase signature · Prep slides, invite CTO'
  )

  await expectReviewCounts(page, { New: 8, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'hubspot-deals.csv', 8)
  await expectHistoryCounts(page, 'hubspot-deals.csv', {
    New: 8,
    Updated: 0,
    Unchanged: 0,
    Skipped: 0,
    Rejected: 0
  })

  await openTeam(page)
  // Owners written as a name and as an email are the same three people.
  await expect(
    page.getByRole('table', { name: /team headline numbers/i }).getByRole('row')
  ).toHaveCount(4)
  await expectOpenPipeline(page, 'Sam Carter', '$17,501', 2)
  await expectOpenPipeline(page, 'Alex Morgan', '$8,000', 1)
  await expectOpenPipeline(page, 'Jamie Chen', '$46,000', 2)

  // Weeks later: 9011001/02/03/06 changed, 9011004/05/07/08 did not, 9011009 is new.
  await openImport(page)
  await previewFile(page, fixture('hubspot-deals-newer.csv'))
  await expect(page.getByText('Using the mapping you confirmed')).toBeVisible()
  await expectReviewCounts(page, { New: 1, Updated: 4, Unchanged: 4, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'hubspot-deals-newer.csv', 5)
  await expect(page.getByRole('status')).toHaveText(
    'Imported “hubspot-deals-newer.csv”: 1 new, 4 updated, 4 unchanged, 0 skipped, 0 rejected.'
  )
  const rows = historyTable(page).getByRole('row')
  await expect(rows).toHaveCount(3)
  // Newest first.
  await expect(rows.nth(1)).toContainText('hubspot-deals-newer.csv')
  await expect(rows.nth(2)).toContainText('hubspot-deals.csv')
  await expectHistoryCounts(page, 'hubspot-deals-newer.csv', {
    New: 1,
    Updated: 4,
    Unchanged: 4,
    Skipped: 0,
    Rejected: 0
  })

  await openTeam(page)
  // Brightline won, Ironwood is new for Sam; Fjord grew from 15,000 to 18,500 for Jamie.
  await expectOpenPipeline(page, 'Sam Carter', '$14,000', 2)
  await expectOpenPipeline(page, 'Alex Morgan', '$8,000', 1)
  await expectOpenPipeline(page, 'Jamie Chen', '$49,500', 2)

  await openImport(page)
  await page.getByRole('button', { name: 'Undo latest import…' }).click()
  const confirm = page.getByRole('group', { name: 'Confirm undo' })
  await expect(confirm).toContainText('Undo “hubspot-deals-newer.csv”?')
  await confirm.getByRole('button', { name: 'Yes, undo this import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undid' })).toHaveText(
    'Undid the import of “hubspot-deals-newer.csv”.'
  )
  await expect(
    historyRow(page, 'hubspot-deals-newer.csv').getByRole('rowheader').getByText('Undone')
  ).toBeVisible()
  await expect(historyRow(page, 'hubspot-deals.csv')).not.toContainText('Undone')
  await page.screenshot(shot('import-history-after-undo'))
  await expectAccessible(page)

  await openTeam(page)
  await expectOpenPipeline(page, 'Sam Carter', '$17,501', 2)
  await expectOpenPipeline(page, 'Jamie Chen', '$46,000', 2)
  await teamRow(page, 'Sam Carter').getByRole('link', { name: 'Sam Carter' }).click()
  const opps = page.getByRole('region', { name: 'Largest open opportunities' })
  await expect(opps).toContainText('Brightline - Renewal')
  await expect(opps).not.toContainText('Ironwood Legal')
})

test('ambiguous day/month order blocks the import until the manager picks one', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, fixture('hubspot-deals-ambiguous.csv'))
  const question = page.getByRole('group', { name: /^Which comes first in this file’s dates\?/ })
  await expect(question).toBeVisible()
  await expect(question).toContainText('no day above 12')
  const monthFirst = question.getByRole('radio', { name: /^Month first/ })
  const dayFirst = question.getByRole('radio', { name: /^Day first/ })
  await expect(monthFirst).not.toBeChecked()
  await expect(dayFirst).not.toBeChecked()
  await expect(page.getByRole('alert')).toHaveText(
    'Before importing: say whether dates are month first or day first.'
  )
  await expect(importButton(page)).toHaveText('Import 3 opportunities')
  await expect(importButton(page)).toBeDisabled()

  await dayFirst.check()
  await expect(dayFirst).toBeChecked()
  await expect(page.getByText('Before importing')).toBeHidden()
  await expect(importButton(page)).toBeEnabled()
  await commitImport(page, 'hubspot-deals-ambiguous.csv', 3)
})

test('Pipedrive stages: guessed ones are flagged, an unmapped stage blocks the import', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, fixture('pipedrive-deals.csv'))
  await expect(page.getByLabel('Exported from')).toHaveValue('pipedrive')
  const stages = page.getByRole('table', {
    name: 'CRM stages and the sales-process stage each maps to'
  })
  // None of Pipedrive's stage names is in the default process: each is a guess to check.
  for (const stage of [
    'Contact Made',
    'Demo Scheduled',
    'Negotiations Started',
    'Proposal Made',
    'Qualified'
  ]) {
    await expect(
      stages.getByRole('row').filter({ has: page.getByRole('rowheader', { name: stage }) })
    ).toContainText('guessed from the name: check it')
  }
  const demo = stages.getByRole('combobox', { name: 'Stage for Demo Scheduled' })
  const contact = stages.getByRole('combobox', { name: 'Stage for Contact Made' })
  await expect(importButton(page)).toBeEnabled()

  // Clearing two stages leaves them unanswered: the import waits for both.
  await demo.selectOption({ label: '— choose —' })
  await contact.selectOption({ label: '— choose —' })
  await expect(page.getByRole('alert')).toHaveText(
    'Before importing: map the stages “Contact Made”, “Demo Scheduled”.'
  )
  await expect(importButton(page)).toBeDisabled()
  await expect(
    stages
      .getByRole('row')
      .filter({ has: page.getByRole('combobox', { name: 'Stage for Demo Scheduled' }) })
      .getByRole('cell')
      .last()
  ).toHaveText('choose a stage')

  await demo.selectOption({ label: 'Propose (open)' })
  await expect(page.getByRole('alert')).toHaveText(
    'Before importing: map the stage “Contact Made”.'
  )
  await expect(importButton(page)).toBeDisabled()
  await contact.selectOption({ label: 'Discover (open)' })
  await expect(page.getByText('Before importing')).toBeHidden()
  await expectReviewCounts(page, { New: 5, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'pipedrive-deals.csv', 5)
  await expectHistoryCounts(page, 'pipedrive-deals.csv', {
    New: 5,
    Updated: 0,
    Unchanged: 0,
    Skipped: 0,
    Rejected: 0
  })
  await expect(historyRow(page, 'pipedrive-deals.csv')).toContainText('Pipedrive')
})
