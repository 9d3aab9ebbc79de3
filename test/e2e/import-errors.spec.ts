import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectAccessible, expect, test } from './fixtures'
import {
  commitImport,
  expectHistoryCounts,
  expectReviewCounts,
  fixture,
  importButton,
  openImport,
  openTeam,
  pickFile,
  previewFile,
  shot,
  startOwnTeam
} from './importSteps'

const badFiles: [file: string, message: string | RegExp][] = [
  ['empty.csv', '“empty.csv” is empty.'],
  [
    'binary-renamed.csv',
    '“binary-renamed.csv” is not a text or Excel file (it looks like a PNG image); export the data again as CSV or .xlsx.'
  ],
  [
    'wrong-header.csv',
    /^Fieldbook could not recognise “wrong-header\.csv”: its columns \(ingredient, quantity, unit, step\) do not look like opportunities/
  ],
  [
    'truncated.csv',
    '“truncated.csv” ends inside a quoted field that opens on row 4; the file may be truncated (cut off before it was fully saved or downloaded).'
  ],
  [
    'pivot-dump.csv',
    /^Most rows of “pivot-dump\.csv” have more cells than its header row .*the first row may be a title rather than the column names/
  ]
]

test('bad files: each names the file and what is wrong, and nothing is imported', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  for (const [file, message] of badFiles) {
    await pickFile(page, fixture(file))
    const alert = page.getByRole('alert')
    await expect(alert, file).toHaveText(message, { timeout: 20_000 })
    await expect(alert).toContainText(`“${file}”`)
    // Back at the start: no preview, the history untouched, another file can be chosen.
    await expect(page.getByRole('heading', { name: 'Review' })).toBeHidden()
    await expect(page.getByRole('region', { name: 'Import history' })).toContainText(
      'No imports yet.'
    )
    await expect(page.getByRole('button', { name: 'Import a file…' })).toBeEnabled()
  }
  await expectAccessible(page)
  await openTeam(page)
  await expect(page.getByText(/No reps yet/)).toBeVisible()
})

test('hostile workbooks are refused in the browser too, naming the limit, and nothing is imported', async ({
  page
}) => {
  const hostile = (name: string): string => join(__dirname, '../fixtures/hostile', name)
  await startOwnTeam(page)
  await openImport(page)
  const cases: [string, string | RegExp][] = [
    [
      'zip-bomb.xlsx',
      '“zip-bomb.xlsx” unpacks to more than 300 MB (the most Fieldbook reads from one workbook); it may be damaged or built to exhaust memory. Export only the rows you need, or save it as CSV.'
    ],
    [
      'entity-bomb.xlsx',
      /^“entity-bomb\.xlsx” is not a workbook Excel writes: .*declares XML entities/
    ],
    ['broken-xml.xlsx', /^“broken-xml\.xlsx” is an Excel workbook, but its contents are damaged/]
  ]
  for (const [file, message] of cases) {
    await pickFile(page, hostile(file))
    await expect(page.getByRole('alert'), file).toHaveText(message, { timeout: 30_000 })
    await expect(page.getByRole('heading', { name: 'Review' })).toBeHidden()
    await expect(page.getByRole('region', { name: 'Import history' })).toContainText(
      'No imports yet.'
    )
  }
})

test('rejected rows list the row number, column, value and reason; the rest still imports', async ({
  page
}, testInfo) => {
  // The HubSpot export with one amount typed as words and one impossible close date.
  const original = readFileSync(fixture('hubspot-deals.csv'), 'utf8')
  const broken = original
    .replace(
      '9011003,Copperfield - Pilot,qualifiedtobuy,Sales Pipeline,8000,',
      '9011003,Copperfield - Pilot,qualifiedtobuy,Sales Pipeline,eight grand,'
    )
    .replace(
      'Presentation Scheduled,Sales Pipeline,15000,29/05/2026',
      'Presentation Scheduled,Sales Pipeline,15000,31/02/2026'
    )
  expect(broken).not.toEqual(original)
  const file = testInfo.outputPath('hubspot-deals-typos.csv')
  writeFileSync(file, broken)

  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, file)
  await expectReviewCounts(page, { New: 6, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 2 })
  const rejected = page.getByRole('table', { name: /^Rejected rows: 2/ })
  await expect(rejected).toBeVisible()
  const rows = rejected.getByRole('row')
  await expect(rows).toHaveCount(3)
  // Row 4 of the file is 9011003 (row 1 is the header); row 7 is 9011006.
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    '4',
    'Amount',
    'eight grand',
    '"eight grand": not an amount'
  ])
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    '7',
    'Close Date',
    '31/02/2026',
    '"31/02/2026": 2026-02 has no day 31'
  ])
  await page.screenshot(shot('import-review-rejected'))
  await expectAccessible(page)

  await commitImport(page, 'hubspot-deals-typos.csv', 6)
  await expect(page.getByRole('status')).toHaveText(
    'Imported “hubspot-deals-typos.csv”: 6 new, 0 updated, 0 unchanged, 0 skipped, 2 rejected.'
  )
  await expectHistoryCounts(page, 'hubspot-deals-typos.csv', {
    New: 6,
    Updated: 0,
    Unchanged: 0,
    Skipped: 0,
    Rejected: 2
  })
})

test('German HubSpot export: unmapped stages are rejected rows until the manager maps them', async ({
  page
}) => {
  await startOwnTeam(page)
  await openImport(page)
  await previewFile(page, fixture('hubspot-deals-de.csv'))
  // Windows-1252 bytes and 1.234,50 € amounts are read as such.
  await expect(page.getByRole('rowheader', { name: 'Jürgen Böhm' })).toBeVisible()
  await expectReviewCounts(page, { New: 2, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 2 })
  const rejected = page.getByRole('table', { name: /^Rejected rows: 2/ })
  await expect(rejected.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '2',
    'Deal-Phase',
    'Termin vereinbart',
    'the stage "Termin vereinbart" is not mapped to a sales-process stage'
  ])
  await expect(page.getByRole('alert')).toHaveText(
    'Before importing: map the stages “Termin vereinbart”, “Vertrag gesendet”.'
  )
  await expect(importButton(page)).toBeDisabled()

  await page.getByRole('combobox', { name: 'Stage for Termin vereinbart' }).selectOption({
    label: 'Discover (open)'
  })
  await page.getByRole('combobox', { name: 'Stage for Vertrag gesendet' }).selectOption({
    label: 'Close (open)'
  })
  await expectReviewCounts(page, { New: 4, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await expect(page.getByRole('table', { name: /^Rejected rows/ })).toBeHidden()
  await commitImport(page, 'hubspot-deals-de.csv', 4)
})

test('Cancel while a big file is being read returns to the start and imports nothing', async ({
  page
}, testInfo) => {
  const lines = ['Opportunity ID,Opportunity Owner,Opportunity Name,Stage,Amount,Close Date']
  for (let i = 0; i < 200_000; i++) {
    lines.push(
      `OPP-${i},Rep ${i % 40},Deal number ${i} for a large account,Propose,${1000 + i},2026-12-31`
    )
  }
  const file = testInfo.outputPath('big-export.csv')
  writeFileSync(file, lines.join('\n'))

  await startOwnTeam(page)
  await openImport(page)
  await pickFile(page, file)
  const reading = page.getByRole('group', { name: 'Reading the file' })
  await expect(reading.getByRole('heading', { name: 'Reading the file…' })).toBeVisible()
  await expect(reading.getByRole('progressbar', { name: 'Rows read' })).toBeVisible()
  await reading.getByRole('button', { name: 'Cancel' }).click()

  await expect(reading).toBeHidden()
  await expect(page.getByRole('button', { name: 'Import a file…' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Import history' })).toContainText(
    'No imports yet.'
  )
  await expect(page.getByRole('alert')).toHaveCount(0)
  // The worker's late answer must not bring the preview back: the start screen stays and a
  // small file can be read straight after.
  await previewFile(page, fixture('hubspot-deals.csv'))
  await expect(page.getByText('“hubspot-deals.csv”: 8 rows')).toBeVisible()
  await expect(page.getByText('big-export.csv')).toHaveCount(0)
})
