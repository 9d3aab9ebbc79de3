import writeExcelFile from 'write-excel-file/node'
import { expect, test } from './fixtures'
import {
  commitImport,
  expectHistoryCounts,
  expectReviewCounts,
  fixture,
  openImport,
  previewFile,
  startOwnTeam
} from './importSteps'

const header = ['Opportunity ID', 'Opportunity Owner', 'Opportunity Name', 'Stage', 'Amount']

test('XLSX with two sheets: picking the other sheet in "Sheet" shows its rows', async ({
  page
}, testInfo) => {
  const file = testInfo.outputPath('two-quarters.xlsx')
  await writeExcelFile([
    {
      sheet: 'Q1 deals',
      data: [
        header,
        ['Q1-001', 'Dana Whitfield', 'Harbor Logistics - Fleet Renewal', 'Propose', 48500],
        ['Q1-002', 'Dana Whitfield', 'Pinecrest - 3 Clinics', 'Negotiate', 1234.5],
        ['Q1-003', 'Marcus Lee', 'Vantage Steel - Plant 2', 'Closed Won', 96250]
      ]
    },
    {
      sheet: 'Q2 deals',
      data: [
        header,
        ['Q2-001', 'Priya Raman', 'Summit Outdoor - Q2', 'Qualify', 18400],
        ['Q2-002', 'Priya Raman', 'Lakeside - Expansion', 'Discover', 7250]
      ]
    }
  ]).toFile(file)

  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, file)
  const sheet = page.getByRole('combobox', { name: 'Sheet' })
  await expect(sheet).toHaveValue('Q1 deals')
  await expect(sheet.locator('option')).toHaveText(['Q1 deals', 'Q2 deals'])
  await expect(page.getByText('“two-quarters.xlsx”: 3 rows')).toBeVisible()
  const owners = page
    .getByRole('row')
    .filter({ has: page.getByRole('combobox', { name: 'Column for Owner (rep)' }) })
  await expect(owners.getByRole('cell').last()).toHaveText(
    'Dana Whitfield · Dana Whitfield · Marcus Lee'
  )
  await expectReviewCounts(page, { New: 3, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })

  await sheet.selectOption('Q2 deals')
  await expect(page.getByText('“two-quarters.xlsx”: 2 rows')).toBeVisible({ timeout: 20_000 })
  await expect(sheet).toHaveValue('Q2 deals')
  await expect(owners.getByRole('cell').last()).toHaveText('Priya Raman · Priya Raman')
  await expect(
    page.getByRole('table', { name: 'Owners not matched to a rep' }).getByRole('rowheader')
  ).toHaveText(['Priya Raman'])
  await expectReviewCounts(page, { New: 2, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'two-quarters.xlsx', 2)
  await expectHistoryCounts(page, 'two-quarters.xlsx', {
    New: 2,
    Updated: 0,
    Unchanged: 0,
    Skipped: 0,
    Rejected: 0
  })
})

test('deals.xlsx: a workbook whose first sheet is a summary opens on its "Deals" sheet', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, fixture('deals.xlsx'))
  const sheet = page.getByRole('combobox', { name: 'Sheet' })
  await expect(sheet).toHaveValue('Deals')
  await expect(sheet.locator('option')).toHaveText(['Summary', 'Deals'])
  await expect(
    page.getByText('Sheet “Summary” does not hold records; read sheet “Deals”.')
  ).toBeVisible()
  // No ID column in a hand-kept sheet: deals are matched by name, and the screen says so.
  await expect(page.getByText(/This file has no ID column/)).toBeVisible()
  await expectReviewCounts(page, { New: 5, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'deals.xlsx', 5)
})
