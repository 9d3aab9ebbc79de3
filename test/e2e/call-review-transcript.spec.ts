import type { Page } from '@playwright/test'
import { pdfText } from './documents'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/**
 * Issue 19: a call reviewed from its transcript. The manager imports a Teams-style VTT into a
 * call review, sets the rep speaker, reads the metrics, attaches a line to a criterion, plays
 * the recording from a line's time, saves, and finds the quote in the PDF for the rep.
 */

const VTT = 'test/fixtures/call-review/aisha-qualify-call.vtt'
const QUOTE = 'Could we meet your CFO together on Tuesday the 14th?'
const AUTHORITY = 'Identified the economic buyer and a way to meet them'
const shot = (name: string) => ({ path: `/tmp/i19-review-${name}.png`, fullPage: true })
const step = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d+ of \\d+: ${title}`) }))

/** A silent WAV of `seconds` (8 kHz, 8-bit mono): a recording the browser can play and seek. */
function silentWav(seconds: number): Buffer {
  const rate = 8000
  const samples = rate * seconds
  const wav = Buffer.alloc(44 + samples, 0x80)
  wav.write('RIFF', 0)
  wav.writeUInt32LE(36 + samples, 4)
  wav.write('WAVEfmt ', 8)
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20)
  wav.writeUInt16LE(1, 22)
  wav.writeUInt32LE(rate, 24)
  wav.writeUInt32LE(rate, 28)
  wav.writeUInt16LE(1, 32)
  wav.writeUInt16LE(8, 34)
  wav.write('data', 36)
  wav.writeUInt32LE(samples, 40)
  return wav
}

const metricRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: /The call in numbers/ })
    .getByRole('row', { name: new RegExp(name) })

test('a call reviewed on its transcript keeps its quotes as evidence, in the app and the PDF', async ({
  page
}) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await loadDemoTeam(page)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Observations' })
    .click()
  await page.getByRole('link', { name: 'New call review' }).click()
  await step(page, 'Who and what').toBeVisible()
  const choose = page.getByRole('button', { name: 'Choose a transcript file…' })
  await expect(choose).toBeDisabled()
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Aisha Bello' })
  await page
    .getByRole('combobox', { name: 'Stage', exact: true })
    .selectOption({ label: 'Qualify' })

  const chooser = page.waitForEvent('filechooser')
  await choose.click()
  await (await chooser).setFiles(VTT)
  await expect(
    page.getByText(/Transcript: .*aisha-qualify-call\.vtt.*4 lines, 2:00 long/)
  ).toBeVisible()
  await expect(page.getByLabel('Call (link or file name)')).toHaveValue('aisha-qualify-call.vtt')

  // The rep is guessed from her name; the customer's title stays with his name.
  const rep = page.getByRole('group', { name: 'Who is the rep?' })
  await expect(rep.getByRole('checkbox', { name: 'Aisha Bello' })).toBeChecked()
  await expect(rep.getByRole('checkbox', { name: 'Mr. Tom Reyes' })).not.toBeChecked()
  await expect(metricRow(page, 'Talk ratio')).toContainText('25 % of talk time')
  await expect(metricRow(page, 'Talk ratio')).toContainText('By time: the rep spoke 30 s of 2 min.')
  await expect(metricRow(page, 'Talk ratio')).toContainText('No earlier reviewed calls yet')
  // Setting the other speaker as the rep changes the numbers; back again.
  await rep.getByRole('checkbox', { name: 'Aisha Bello' }).uncheck()
  await rep.getByRole('checkbox', { name: 'Mr. Tom Reyes' }).check()
  await expect(metricRow(page, 'Talk ratio')).toContainText('75 % of talk time')
  await rep.getByRole('checkbox', { name: 'Mr. Tom Reyes' }).uncheck()
  await rep.getByRole('checkbox', { name: 'Aisha Bello' }).check()
  await expect(metricRow(page, 'Talk ratio')).toContainText('25 % of talk time')
  await expect(metricRow(page, 'Questions asked by the rep')).toContainText('2 questions')
  await expect(metricRow(page, 'Next step with a date')).toContainText(QUOTE)
  await expectAccessible(page)
  await page.screenshot(shot('setup-1366'))

  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await step(page, 'Pre-call plan').toBeVisible()
  await page.getByLabel('Desired next step').fill('Meeting with the CFO')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await step(page, 'Timestamped notes').toBeVisible()
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await step(page, 'Checklist').toBeVisible()

  // Select the line, attach it to the criterion; a note at another line.
  const lines = page.getByRole('list', { name: 'Transcript' })
  await expect(lines.getByRole('listitem')).toHaveCount(4)
  const line = lines.getByRole('button', { name: new RegExp(`Aisha Bello: ${QUOTE}`) })
  await line.click()
  await expect(line).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: `Attach to ${AUTHORITY}` }).click()
  await expect(lines.getByText(`Evidence: ${AUTHORITY}`)).toBeVisible()
  await lines.getByRole('button', { name: /Mr. Tom Reyes: About forty thousand/ }).click()
  await page.getByLabel('Note at the selected line').fill('He named the signer: good')
  await page.keyboard.press('Enter')
  await expect(lines.getByText('Note: He named the signer: good')).toBeVisible()

  // The recording plays from a local file; a line's time moves the player there.
  await page.getByLabel('Recording (audio or video, optional)').setInputFiles({
    name: 'aisha-call.wav',
    mimeType: 'audio/wav',
    buffer: silentWav(125)
  })
  const player = page.getByLabel('The call’s recording')
  await expect(player).toHaveAttribute('src', /^blob:/)
  await lines.getByRole('button', { name: 'Play from 1:10' }).click()
  await expect
    .poll(() => player.evaluate((v: HTMLVideoElement) => Math.round(v.currentTime)))
    .toBeGreaterThanOrEqual(70)

  const groups = page.getByRole('radiogroup')
  await groups
    .filter({ hasText: 'pre-call plan' })
    .getByRole('radio', { name: 'No', exact: true })
    .check()
  await groups
    .filter({ hasText: AUTHORITY })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check()
  await groups
    .filter({ hasText: 'Agreed a dated next step' })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check()
  await groups
    .filter({ hasText: 'Confirmed a need' })
    .getByRole('radio', { name: '3', exact: true })
    .check()
  await expectAccessible(page)
  await page.screenshot(shot('checklist-1366'))
  // What the manager sees while scoring further down: the transcript stays beside the checklist.
  await groups.filter({ hasText: 'Sent the recap' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/i19-review-checklist-1366-view.png' })
  await expect(lines).toBeInViewport()
  const width = () => page.evaluate(() => document.documentElement.scrollWidth)
  expect(await width()).toBeLessThanOrEqual(1366)
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot(shot('checklist-1024'))
  expect(await width()).toBeLessThanOrEqual(1024)
  await page.setViewportSize({ width: 1366, height: 768 })

  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await step(page, 'Outcome').toBeVisible()
  await page.getByRole('radio', { name: 'Yes', exact: true }).check()
  await page.getByLabel('What happened').fill('CFO meeting on Tuesday the 14th')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await page.getByLabel('Rep’s self-assessment').fill('Should have asked about the CFO sooner')
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await page.getByLabel('One strength').fill('Asked for a dated meeting with the signer')
  await page.getByLabel('One focus').fill('Find the signer in the first ten minutes')
  await page.getByRole('button', { name: 'Save observation' }).click()

  // The saved review shows the quote under its criterion and the metrics.
  const summary = page.getByRole('region', { name: 'From the transcript' })
  await expect(summary.getByRole('heading', { name: AUTHORITY })).toBeVisible()
  await expect(summary.getByRole('listitem').filter({ hasText: QUOTE })).toContainText('1:10')
  await expect(summary.getByRole('row', { name: /Talk ratio/ })).toContainText('25 %')
  await page.screenshot(shot('saved'))

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PDF for the rep' }).click()
  // Kept for a person to read page by page (pdftoppm), as the HR packet spec does.
  await (await download).saveAs('/tmp/i19-review-call.pdf')
  const pdf = (await pdfText(await download)).replace(/\s+/g, ' ')
  expect(pdf).toContain('Evidence from the call')
  expect(pdf).toContain(`${AUTHORITY} 1:10 Aisha Bello: “${QUOTE}”`)
  expect(pdf).toMatch(/Talk ratio \(rep\) 25 %/)
  expect(pdf).toContain('He named the signer: good')

  // Over time: the rep page trends the metrics; 1:1 prep names the latest call review.
  await page.goto('/#/team')
  await page.getByRole('link', { name: 'Aisha Bello' }).first().click()
  const trend = page.getByRole('region', { name: 'Calls reviewed on their transcript' })
  await expect(trend.getByRole('row', { name: /Talk ratio/ })).toContainText('25 %')
  await expect(trend.getByRole('row', { name: /Next step with a date/ })).toContainText('Yes')
  await trend.screenshot({ path: '/tmp/i19-review-rep-trend.png' })
  const repId = decodeURIComponent(page.url().split('/').pop() ?? '')
  await page.goto(`/#/one-on-ones/prep/${encodeURIComponent(repId)}`)
  const latest = page.getByRole('region', { name: 'Latest call review' })
  await expect(latest).toContainText(`Strongest${AUTHORITY} (Yes)`)
  await expect(latest).toContainText(/Weakest.*pre-call plan.*\(No\)/i)
  await latest.screenshot({ path: '/tmp/i19-review-prep-latest.png' })
})

test('a file of many conversations becomes one call review draft per ticked conversation', async ({
  page
}) => {
  test.setTimeout(120_000)
  await loadDemoTeam(page)
  await page.goto('/#/observations/new?kind=callReview&stage=qualify')
  await step(page, 'Who and what').toBeVisible()
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Aisha Bello' })
  const pick = async (file: string) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: /Choose (a|another) transcript/ }).click()
    await (await chooser).setFiles(file)
  }

  // A table without a transcript column: the reader says why, and nothing is kept.
  await pick('test/fixtures/transcripts/no-transcript.csv')
  await expect(page.getByRole('alert')).toContainText('no-transcript.csv')
  await expect(page.getByRole('group', { name: 'Who is the rep?' })).toHaveCount(0)

  await pick('test/fixtures/transcripts/many-calls.csv')
  const which = page.getByRole('group', { name: /many-calls\.csv holds \d+ conversations/ })
  await expect(which).toBeVisible()
  await which.getByRole('button', { name: 'Review the ticked conversations' }).click()
  await expect(page.getByRole('alert')).toHaveText('Tick at least one conversation to review.')
  await which.getByRole('checkbox', { name: /Acme discovery call/ }).check()
  await which.getByRole('checkbox', { name: /Globex renewal/ }).check()
  await expectAccessible(page)
  await which.getByRole('button', { name: 'Review the ticked conversations' }).click()

  // The first fills this draft; the second is a draft of its own, linked from here.
  await expect(page.getByLabel('Call (link or file name)')).toHaveValue(
    /many-calls\.csv: .*Acme discovery call/
  )
  await expect(page.getByRole('group', { name: 'Who is the rep?' })).toBeVisible()
  const also = page.getByRole('status').filter({ hasText: 'Also saved as call review drafts' })
  await also.getByRole('link', { name: /Globex renewal/ }).click()
  await step(page, 'Who and what').toBeVisible()
  await expect(page.getByLabel('Call (link or file name)')).toHaveValue(
    /many-calls\.csv: .*Globex renewal/
  )
  await expect(page.getByRole('combobox', { name: 'Rep', exact: true })).toHaveValue(/.+/)
  await expect(page.getByText(/Transcript: .*Globex renewal.*2 lines/)).toBeVisible()
})
