import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { docxText, pdfText } from './documents'
import { expect, loadDemoTeam, test } from './fixtures'

const SHOTS = '/tmp/w15a'

async function repIdOf(page: Page, name: string): Promise<string> {
  await page.goto('/#/team')
  await page.getByRole('link', { name }).first().click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  return /#\/team\/([^/?]+)/.exec(page.url())?.[1] ?? ''
}

async function download(page: Page, button: string) {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  return event
}

/** Nothing on the page scrolls sideways: the form fits the window. */
async function expectNoSidewaysScroll(page: Page) {
  const [scroll, inner] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth
  ])
  expect(scroll).toBeLessThanOrEqual(inner)
}

test('a PIP with a money goal goes through a named HR review and exports a packet HR can file', async ({
  page
}) => {
  test.setTimeout(300_000)
  mkdirSync(SHOTS, { recursive: true })
  await loadDemoTeam(page)
  const repId = await repIdOf(page, 'Jamal Carter')
  await page.goto(`/#/plans/new?kind=pip&repId=${repId}`)
  await expect(
    page.getByRole('heading', { name: 'New performance improvement plan' })
  ).toBeVisible()

  // The role and its expectations are filled in from the rep's role.
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Account Executive')
  const expectations = page.getByRole('region', { name: 'The role’s expectations' })
  await expect(expectations.getByRole('listitem')).toHaveCount(8)
  await expect(expectations).toContainText('Closed-won revenue: at least $300,000 per quarter')

  // A money goal from the role: the target is shown as money, never as cents.
  await page.getByLabel('Role expectation to add as a goal').selectOption({
    label: 'Closed-won revenue'
  })
  await page.getByRole('button', { name: 'Add goal from the role' }).click()
  const goal = page.getByRole('group', { name: 'Goal: Closed-won revenue' })
  const target = goal.getByLabel(/^Target for Closed-won revenue/)
  await expect(target).toHaveValue('300,000')
  await expect(goal.getByLabel(/^Standard to reach/)).toHaveValue('At least $300,000 every quarter')

  // Junk is refused at the field, and the form does not save.
  await target.fill('3OO,000')
  await target.blur()
  await expect(goal.getByText('“3OO,000” is not an amount of money')).toBeVisible()
  await expect(target).toHaveAttribute('aria-invalid', 'true')

  // 250000 typed the way a person types it: $250,000, flagged against $300,000.
  await target.fill('250000')
  await target.blur()
  await expect(target).toHaveValue('250,000')
  await expect(goal.getByRole('note')).toContainText(
    "The plan's target $250,000 differs from the role's standard $300,000"
  )
  await target.fill('300000')
  await target.blur()
  await expect(target).toHaveValue('300,000')
  await expect(goal.getByRole('note')).toHaveCount(0)

  await page.getByLabel('HR contact', { exact: true }).fill('Dana Whitfield, HR business partner')
  await page.getByRole('button', { name: 'Add a concern' }).click()
  await page.getByLabel('Concern 1 title').fill('Closed-won revenue below the role standard')

  // The form at both laptop sizes: nothing sideways, radios next to their words.
  for (const [width, height] of [
    [1366, 768],
    [1024, 700]
  ] as const) {
    await page.setViewportSize({ width, height })
    await expectNoSidewaysScroll(page)
    const radio = await page
      .getByRole('radio', { name: /Performance improvement plan/ })
      .boundingBox()
    const words = await page.getByText('Performance improvement plan (PIP)').boundingBox()
    expect(radio && words && Math.abs(words.x - (radio.x + radio.width))).toBeLessThan(16)
    await page.screenshot({ path: `${SHOTS}/pip-form-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.getByRole('button', { name: 'Save draft' }).click()

  // HR review: the manager records HR's decision, and cannot approve without a name.
  await expect(page.locator('[aria-current="step"]')).toHaveText('Draft')
  await page.getByRole('button', { name: 'Send to HR review' }).click()
  const review = page.getByRole('form', { name: 'HR review' })
  await expect(review).toBeVisible()
  for (const [width, height] of [
    [1366, 768],
    [1024, 700]
  ] as const) {
    await page.setViewportSize({ width, height })
    await expectNoSidewaysScroll(page)
    await page.screenshot({ path: `${SHOTS}/pip-hr-review-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
  await review.getByLabel('Reviewed by (at HR)').fill('')
  await review.getByLabel('Approved: the plan becomes active').check()
  await review.getByRole('button', { name: 'Record HR’s decision' }).click()
  await expect(review.getByText('Name the person at HR who reviewed the plan.')).toBeVisible()
  await expect(review.getByText('Say how HR reviewed it.')).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toHaveText('In HR review')
  await review.getByLabel('Reviewed by (at HR)').fill('Dana Whitfield')
  await review.getByLabel('How HR reviewed it').selectOption({ label: 'By e-mail' })
  await review.getByLabel('HR’s note (optional)').fill('Goals match the role standard.')
  await review.getByRole('button', { name: 'Record HR’s decision' }).click()
  await expect(page.locator('[aria-current="step"]')).toHaveText('Active')
  await expect(
    page.getByText(/HR review: Approved by Dana Whitfield on .*, by e-mail\./)
  ).toBeVisible()

  // An active PIP has no outcome chosen until closing.
  const outcome = page.getByRole('form', { name: 'Outcome' })
  for (const option of ['Successful', 'Unsuccessful'])
    await expect(outcome.getByLabel(option, { exact: true })).not.toBeChecked()

  // A check-in due later cannot be recorded as held today without a reason.
  const checkIns = page.getByRole('region', { name: 'Check-ins' })
  await checkIns
    .getByRole('button', { name: /^Record check-in of/ })
    .first()
    .click()
  const form = page.getByRole('form', { name: /^Check-in of/ })
  const measured = form.getByLabel(/^Measured value of Closed-won revenue/)
  await measured.fill('12500.5')
  await measured.blur()
  await expect(measured).toHaveValue('12,500.50')
  await form.getByLabel('Check-in notes').fill('Walked through the open deals.')
  await form.getByRole('button', { name: 'Save check-in' }).click()
  await expect(form.getByRole('alert')).toContainText('say why it was held early')
  await expect(form.getByLabel('Held on')).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel(/^Why it was held before/).fill('Rep is at the sales kick-off that day.')
  await form.getByRole('button', { name: 'Save check-in' }).click()
  await expect(form).toHaveCount(0)
  await expect(checkIns).toContainText('Closed-won revenue: On track ($12,500.50)')

  // A later change of a money target is typed and logged as money.
  const change = page.getByRole('form', { name: 'Change a goal' })
  await change.getByLabel(/^New target/).fill('320,000')
  await change.getByLabel('Reason for the goal change').fill('Quota raised for Q1.')
  await change.getByRole('button', { name: 'Record goal change' }).click()
  await expect(page.getByRole('region', { name: 'Record of changes' })).toContainText(
    'Target of “Closed-won revenue” changed from $300,000 to $320,000: Quota raised for Q1.'
  )
  await page.screenshot({ path: `${SHOTS}/pip-active.png`, fullPage: true })

  // The packet, as PDF and as DOCX.
  const pdf = await download(page, 'Packet as PDF')
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText(
    'Its SHA-256, logged in the record of changes:'
  )
  const docx = await download(page, 'Packet as DOCX')
  const pdfBody = (await pdfText(pdf)).replace(/\s+/g, ' ')
  const docxBody = (await docxText(docx)).replace(/\s+/g, ' ')
  for (const body of [pdfBody, docxBody]) {
    for (const expected of [
      'Role Account Executive',
      'Closed-won revenue: at least $300,000 per quarter',
      'Customer activities (calls, emails, meetings, tasks): at least 25 per week',
      // Table cells wrap in the PDF's layout: each piece of the goal's row on its own.
      '$320,000',
      '$300,000 (differs;',
      'reason: Quota raised for Q1.)',
      'Reviewed by Dana Whitfield',
      'How By e-mail',
      'Decision Approved',
      "HR's note Goals match the role standard.",
      'HR (Dana Whitfield)',
      'Status changed from draft to in HR review.',
      'HR review recorded: Approved by Dana Whitfield',
      'Status changed from in HR review to active.',
      // The check-in row wraps in the PDF too: its cells' lines interleave.
      'Rep is at the sales kick-off',
      '$12,500.50',
      'changed from $300,000 to $320,000',
      'jamal.carter@demo-fieldbook.example'
    ])
      expect(body.replace(/([A-Za-z'’]+):/g, '$1')).toContain(
        expected.replace(/([A-Za-z'’]+):/g, '$1')
      )
    // No cents, no raw data, no internal names, no hyphens inside words.
    expect(body).not.toMatch(/30000000|3000000000/)
    expect(body).not.toMatch(/hrReview|offTrack|onTrack|atRisk|someProgress|[{}"]/)
    expect(body).not.toContain('\u00ad')
    expect(body).not.toContain('no written expectations')
  }
  // In the DOCX, whose text runs cell by cell, the check-in reads whole.
  for (const expected of [
    '(early: Rep is at the sales kick-off that day.)',
    '(measured $12,500.50)'
  ])
    expect(docxBody).toContain(expected)

  // Look at every page of the packet.
  const pdfPath = await pdf.path()
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `${SHOTS}/packet`])
  expect(readdirSync(SHOTS).filter((f) => /^packet-\d+\.png$/.test(f)).length).toBeGreaterThan(2)
})
