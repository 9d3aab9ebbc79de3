import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { docxText, pdfText, sha256Of } from './documents'
import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'

const SHOTS = '/tmp/wt7'

async function repIdOf(page: Page, name: string): Promise<string> {
  await page.goto('/#/team')
  await page.getByRole('link', { name }).first().click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  return /#\/team\/([^/?]+)/.exec(page.url())?.[1] ?? ''
}

async function downloadOf(page: Page, button: string) {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  return event
}

const CONCERN = 'Customer activity well below the role standard'
const EVIDENCE = '9 logged activities in the last 4 weeks (standard: 25 a week; team median 96)'
const ODD = '=HYPERLINK("http://x.example","click") and a very long comment '.padEnd(700, 'z')

test('a PIP from a finding link goes through HR review, is acknowledged, checked in on three times, closed and exported', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  const repId = await repIdOf(page, 'Jamal Carter')

  // The plans list shows the demo's active coaching plan and PIP.
  await page.goto('/#/plans')
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible()
  const active = page.getByRole('region', { name: /^Active/ })
  await expect(active.getByRole('row')).toHaveCount(3)
  await expect(
    active.getByRole('link', { name: /^PIP: 90-day performance improvement plan/ })
  ).toBeVisible()
  await expectAccessible(page)
  await page.screenshot({ path: `${SHOTS}-plans-list.png`, fullPage: true })

  // From a finding: the concern and its evidence arrive in the form, the goal from the metric.
  const query = new URLSearchParams({
    kind: 'pip',
    repId,
    concern: CONCERN,
    evidence: EVIDENCE,
    metric: 'activities'
  })
  await page.goto(`/#/plans/new?${query.toString()}`)
  await expect(
    page.getByRole('heading', { name: 'New performance improvement plan' })
  ).toBeVisible()
  await expect(page.getByLabel('Employee')).toHaveValue(repId)
  await expect(page.getByLabel('Concern 1 title')).toHaveValue(CONCERN)
  await expect(page.getByLabel(/^Concern 1 examples/)).toHaveValue(EVIDENCE)
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Account Executive')
  await expect(page.getByLabel('Manager', { exact: true })).toHaveValue('Jordan Ellis')
  const goal = page.getByRole('group', { name: /^Goal: Customer activities/ })
  await expect(goal.getByLabel(/^Target for/)).toHaveValue('25')
  await expect(goal.getByLabel(/^Baseline for/)).not.toHaveValue('')
  await page.getByLabel('HR contact', { exact: true }).fill('Dana Whitfield, HR business partner')
  await page
    .getByLabel(/^Concern 1 business impact/)
    .fill('Too few conversations to build next quarter’s pipeline.')

  // Evidence is picked from the app's own dated records.
  const picks = page
    .getByRole('group', { name: 'Coaching already given for concern 1' })
    .getByRole('checkbox')
  expect(await picks.count()).toBeGreaterThan(0)
  await picks.nth(0).check()
  await picks.nth(1).check()
  await expect(page.getByText('(2 picked)')).toBeVisible()

  // Fairness: a target above the role standard is flagged and needs a reason.
  await goal.getByLabel(/^Target for/).fill('30')
  await expect(goal.getByRole('note')).toContainText(
    "The plan's target 30 differs from the role's standard 25"
  )
  await goal.getByLabel(/^Reason .* differs/).fill('Territory doubled in October; agreed with HR.')
  await expect(goal.getByText('A written reason is needed before HR review.')).toHaveCount(0)

  await page.getByRole('button', { name: 'Add a milestone' }).click()
  await page.getByLabel('Milestone 1 title').fill('Two weeks in a row at 30+ activities')
  const writtenToday = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC'
  }).format(new Date())
  const plus = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
  await page.getByLabel('Milestone 1 due').fill(plus(30))
  await expect(page.getByRole('status').filter({ hasText: /check-ins/ })).toContainText(
    'Every workday for two weeks, then weekly to the end date:'
  )
  await expectAccessible(page)
  await page.screenshot({ path: `${SHOTS}-plan-new.png`, fullPage: true })
  await page.getByRole('button', { name: 'Save draft' }).click()

  // Draft → HR review → active.
  await expect(
    page.getByRole('heading', { name: /^PIP: 90-day performance improvement plan/ })
  ).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Draft')
  const fairness = page.getByRole('note').filter({ hasText: 'Fairness check' })
  await expect(fairness).toContainText('Fairness check: 1 goal differs from the role’s standard.')
  await expect(fairness).toContainText('Reason given.')
  await page.getByRole('button', { name: 'Send to HR review' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('In HR review')
  const review = page.getByRole('form', { name: 'HR review' })
  await expect(review.getByLabel('Reviewed by (at HR)')).toHaveValue('Dana Whitfield')
  await review.getByLabel('How HR reviewed it').selectOption({ label: 'In a meeting' })
  await review.getByLabel('Approved: the plan becomes active').check()
  await review.getByLabel('HR’s note (optional)').fill('Concerns and coaching are documented.')
  await review.getByRole('button', { name: 'Record HR’s decision' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Active')
  const checkIns = page.getByRole('region', { name: 'Check-ins' })
  const scheduled = await checkIns.getByRole('button', { name: /^Record check-in of/ }).count()
  expect(scheduled).toBeGreaterThan(10)

  // An active plan cannot be edited: the edit route says so.
  const planUrl = page.url()
  await page.goto(`${planUrl}/edit`)
  await expect(page.getByText('its record is append-only')).toBeVisible()
  await page.goto(planUrl)

  // Acknowledgement: refused to sign, with the employee's comments.
  const ack = page.getByRole('region', { name: 'Acknowledgement' })
  await expect(ack).toContainText('does not mean that the employee agrees with it')
  await ack.getByLabel('How it was handed over').selectOption('inPerson')
  await ack.getByLabel('Refused to sign').check()
  await ack.getByLabel('Witness (optional)').fill('Dana Whitfield (HR)')
  await ack.getByLabel('Employee’s comments').fill(ODD)
  await ack.getByRole('button', { name: 'Record receipt' }).click()
  await expect(ack).toContainText('Refused to sign')

  // Three check-ins, each with a status per goal, notes and next steps.
  const notes = [
    'First week: both prospecting blocks done',
    'Missed the Friday summary',
    '@SUM(1) third check-in'
  ]
  for (const [i, note] of notes.entries()) {
    await checkIns
      .getByRole('button', { name: /^Record check-in of/ })
      .first()
      .click()
    const form = page.getByRole('form', { name: /^Check-in of/ })
    const activity = form.getByRole('group', { name: /^Goal Customer activities/ })
    await expect(activity.getByLabel(/^Measured value of/)).not.toHaveValue('')
    await expect(activity).toContainText('activities logged')
    await activity.getByLabel(/^Status of/).selectOption(i === 2 ? 'atRisk' : 'offTrack')
    // The plan starts today, so its first check-ins are still to come: held early, with why.
    await form.getByLabel(/^Why it was held before/).fill('Rep travels later this week.')
    await form.getByLabel('Check-in notes').fill(note)
    await form.getByLabel('Next steps').fill(`Next steps ${i + 1}`)
    await form.getByRole('button', { name: 'Save check-in' }).click()
    await expect(form).toHaveCount(0)
  }
  await expect(checkIns.getByRole('button', { name: /^Record check-in of/ })).toHaveCount(
    scheduled - 3
  )
  for (const note of notes) await expect(checkIns).toContainText(note)
  await page
    .getByRole('button', { name: /^Mark “Two weeks in a row/ })
    .first()
    .click()
  await page.getByLabel('Note for the record').fill('Rep asked for a call review with Mei.')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('region', { name: 'Record of changes' })).toContainText(
    'Rep asked for a call review with Mei.'
  )
  await expectAccessible(page)
  await page.screenshot({ path: `${SHOTS}-plan-active.png`, fullPage: true })

  // The calendar file holds the check-ins still to come.
  const ics = await downloadOf(page, 'Check-ins as calendar (ICS)')
  const icsText = await readFile(await ics.path(), 'utf8')
  expect(icsText.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  expect(icsText.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  expect(icsText.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(scheduled - 3)
  expect(icsText.match(/DTSTART:\d{8}T090000\r\n/g)).toHaveLength(scheduled - 3)
  for (const line of icsText.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)

  // The CSV log defuses formula cells.
  const csv = await readFile(await (await downloadOf(page, 'Check-in log as CSV')).path(), 'utf8')
  expect(csv).toContain(`"'@SUM(1) third check-in"`)
  expect(csv).not.toMatch(/,@SUM/)

  // Close as unsuccessful.
  await page.getByLabel('Unsuccessful').check()
  await page
    .getByLabel('Outcome note')
    .fill('Activity stayed below the standard for the whole plan.')
  await page.getByRole('button', { name: 'Close the plan' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Closed')
  await expect(page.getByRole('form', { name: 'Add a note' })).toHaveCount(0)

  // Export PDF and DOCX: each file's own SHA-256 is logged and shown with the file.
  const pdf = await downloadOf(page, 'Packet as PDF')
  const exported = page.getByRole('region', { name: 'Export' }).getByRole('status')
  const pdfHash = await sha256Of(pdf)
  await expect(exported).toContainText(`Its SHA-256, logged in the record of changes: ${pdfHash}`)
  const docx = await downloadOf(page, 'Packet as DOCX')
  const docxHash = await sha256Of(docx)
  await expect(exported).toContainText(docxHash)
  await expect(
    page.getByText(
      `Final version’s SHA-256 (the first PIP packet file exported after closing): ${pdfHash}`
    )
  ).toBeVisible()
  const log = page.getByRole('region', { name: 'Record of changes' })
  for (const [file, hash] of [
    [pdf, pdfHash],
    [docx, docxHash]
  ] as const) {
    const summary = `Exported the PIP packet as ${file === pdf ? 'PDF' : 'DOCX'} (“${file.suggestedFilename()}”); SHA-256 ${hash}.`
    await expect(log.getByText(summary)).toBeVisible()
  }

  // Table cells wrap into columns in the PDF's layout: every section and check-in date is
  // checked there, the full text of tables in the DOCX (the same model, in reading order).
  const pdfBody = (await pdfText(pdf)).replace(/\s+/g, ' ')
  const docxBody = (await docxText(docx)).replace(/\s+/g, ' ')
  const sections = [
    'Performance improvement plan: Jamal Carter',
    '1. Plan details',
    'Dana Whitfield, HR business partner',
    "2. The role's expectations",
    '3. Specific concerns',
    CONCERN,
    '4. Measurable goals',
    '5. Actions, support and training the company provides',
    '6. Check-in schedule',
    '7. Milestones',
    '8. Consequences',
    '9. Acknowledgement',
    'It does not mean that the employee agrees with it.',
    'The employee refused to sign',
    '10. Check-in log',
    '11. Outcome',
    'Unsuccessful: the standards were not met',
    'Activity stayed below the standard for the whole plan.',
    'Appendix A. Evidence',
    'Appendix B. Record of changes'
  ]
  for (const body of [pdfBody, docxBody]) {
    for (const expected of sections) expect(body).toContain(expected)
    expect(body).toContain('Record of changes: unbroken when this document was made.')
    expect(body).toContain('Checked when this document was made: the record is unbroken.')
  }
  const held = await page
    .getByRole('region', { name: 'Check-ins' })
    .getByRole('row')
    .filter({ hasText: /Held/ })
    .getByRole('rowheader')
    .allTextContents()
  expect(held).toHaveLength(3)
  // Days are written one way ("Dec 5, 2026"), never ISO beside written ones.
  const logged = pdfBody.match(/[A-Z][a-z]{2} \d{1,2}, \d{4} (Held|Not held)/g) ?? []
  expect(logged).toHaveLength(scheduled)
  expect(pdfBody.match(/ Held [A-Z][a-z]{2} \d{1,2}, \d{4}/g) ?? []).toHaveLength(3)
  expect(pdfBody).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
  for (const expected of [
    'Territory doubled in October; agreed with HR.',
    'Two weeks in a row at 30+ activities',
    ...notes,
    'Next steps 3',
    EVIDENCE,
    'HR review recorded: Approved by Dana Whitfield on',
    'in a meeting. HR’s note: Concerns and coaching are documented.',
    'Sent to HR for review. Status changed from draft to in HR review.',
    'held on',
    '(early: Rep travels later this week.)',
    'Rep asked for a call review with Mei.',
    'Customer activities (calls, emails, meetings, tasks): Off track (measured'
  ])
    expect(docxBody).toContain(expected)
  expect(
    docxBody.match(/ (Held [A-Z][a-z]{2} \d{1,2}, \d{4}|Not held \(plan closed\)) /g)?.length
  ).toBeGreaterThanOrEqual(scheduled)
  expect(pdfBody).toContain(`Decided on ${writtenToday}`)

  // Look at the exported packet: first and last page as images.
  const pdfPath = await pdf.path()
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    `${SHOTS}-packet-p1`
  ])
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '3',
    '-l',
    '3',
    pdfPath,
    `${SHOTS}-packet-p3`
  ])
  await page.screenshot({ path: `${SHOTS}-plan-closed.png`, fullPage: true })
  await expectAccessible(page)

  // Back on the list the plan is under Closed with its outcome.
  await page.goto('/#/plans')
  const closed = page.getByRole('region', { name: /^Closed/ })
  await expect(closed.getByRole('row', { name: /Jamal Carter/ })).toContainText('unsuccessful')
})

test('a PIP can start from the demo coaching plan and cites it as coaching already given', async ({
  page
}) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  await page.goto('/#/plans')
  await page.getByRole('link', { name: /^Coaching plan: CRM hygiene/ }).click()
  await expect(page.getByRole('heading', { name: /^Coaching plan: CRM hygiene/ })).toBeVisible()
  await expectAccessible(page)
  const outline = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Sales-day outline for the rep (PDF)' }).click()
  const outlineText = (await pdfText(await outline)).replace(/\s+/g, ' ')
  expect(outlineText).toContain('Your sales day: Marcus Okafor')
  expect(outlineText).toContain('Prospecting')
  await page.getByRole('link', { name: 'Start a PIP from this coaching plan' }).click()
  await expect(
    page.getByRole('heading', { name: 'New performance improvement plan' })
  ).toBeVisible()
  await expect(
    page.getByText('Starts from the coaching plan “CRM hygiene: a pipeline the team can forecast”')
  ).toBeVisible()
  await expect(page.getByLabel('Concern 1 title')).toHaveValue(
    'Open deals are not kept current in the CRM'
  )
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Draft')
  await expect(page.getByText('Follows')).toBeVisible()
  const pdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Packet as PDF' }).click()
  const text = (await pdfText(await pdf)).replace(/\s+/g, ' ')
  expect(text).toContain(
    'Follows the coaching plan “CRM hygiene: a pipeline the team can forecast”'
  )
  expect(text).toContain('Coaching plan “CRM hygiene: a pipeline the team can forecast”')
})
