import type { Page } from '@playwright/test'
import { pdfBytesInfo, pdfBytesToText } from '../support/documentText'
import { downloadedText, pdfText } from './documents'
import { expect, loadDemoTeam, test } from './fixtures'

/**
 * The 1:1 summary the rep receives: the preview and the exported files leave out the private
 * notes and the manager-only development labels; a commitment ticked right after it was added
 * stays done.
 */
test.slow()

const PRIVATE = 'Might need a coaching plan if negotiation does not improve'
const DEV_NOTE = 'Practise trading concessions before the next renewal'

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function startMeeting(page: Page, rep: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await page.getByRole('link', { name: `Prepare the 1:1 with ${rep}` }).click()
  await page.getByRole('button', { name: 'Start the 1:1' }).click()
  await expect(page.getByRole('heading', { name: `1:1 with ${rep}`, level: 1 })).toBeVisible()
}

test("the rep's copy (preview, Markdown, PDF) has no private notes or manager-only labels", async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await startMeeting(page, 'Mei Chen')
  // The manager sees the development label in the meeting…
  const dev = page.locator('.agenda-title').filter({ hasText: /^Development: / })
  const title = (await dev.innerText()).trim()
  expect(title).toMatch(/ — D[1-4], use S[1-4] /)
  const label = title.split(' — ')[1]!
  await page.getByRole('button', { name: `Add notes on “${title}”` }).click()
  await page.getByRole('textbox', { name: `Notes on “${title}”` }).fill(DEV_NOTE)
  await page.getByRole('textbox', { name: /Private notes/ }).fill(PRIVATE)
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Finish the 1:1' }).click()
  await expect(page.getByText(/^Held on /)).toBeVisible()

  // …the rep's copy, reached from the top of the page, does not.
  await page.getByRole('button', { name: 'Preview the rep’s copy' }).click()
  const preview = page.getByRole('article', { name: 'The rep’s copy' })
  await expect(preview).toContainText(title.split(' — ')[0]!)
  await expect(preview).toContainText(DEV_NOTE)
  await expect(preview).not.toContainText(label)
  await expect(preview).not.toContainText(/\bS[1-4] (Directing|Coaching|Supporting|Delegating)/)
  await expect(preview).not.toContainText(PRIVATE)
  const shown = (await preview.innerText()).replace(/\s+/g, ' ')

  let download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export summary as Markdown' }).click()
  const markdown = await downloadedText(await download)
  download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export summary as PDF' }).click()
  const pdf = (await pdfText(await download)).replace(/\s+/g, ' ')
  for (const file of [markdown, pdf]) {
    expect(file).toContain(DEV_NOTE)
    expect(file).toContain(title.split(' — ')[0]!)
    expect(file).not.toContain(label)
    expect(file).not.toContain(PRIVATE)
    expect(file).not.toMatch(/\bD[1-4]\b/)
  }
  // The preview and the file say the same: its shared notes line and meeting line match.
  const held = /Held on [A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(shown)?.[0]
  expect(held).toBeTruthy()
  expect(pdf).toContain(held!)
  expect(markdown).toContain(held!)

  // "Print the rep's copy" prints with the copy alone on the page (print stylesheet).
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset['printedCopy'] = String(
        document.body.classList.contains('print-rep-copy')
      )
    }
  })
  await page.getByRole('button', { name: 'Print the rep’s copy' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-printed-copy', 'true')
  // What Chromium puts on paper while that class is set: the copy, then no blank pages.
  await page.evaluate(() => document.body.classList.add('print-rep-copy'))
  const paper = new Uint8Array(await page.pdf({ format: 'Letter' }))
  await page.evaluate(() => document.body.classList.remove('print-rep-copy'))
  const pages = pdfBytesToText(paper).split('\f').slice(0, -1)
  expect(pages.length).toBe(Number(pdfBytesInfo(paper)['Pages']))
  for (const [i, text] of pages.entries()) {
    expect(text.trim(), `printed page ${i + 1} of ${pages.length}`).not.toBe('')
  }
  const printed = pages.join(' ').replace(/\s+/g, ' ')
  expect(printed).toContain(DEV_NOTE)
  expect(printed).toContain(held!)
  expect(printed).not.toContain(PRIVATE)
  expect(printed).not.toContain('Finish the 1:1')
  expect(printed).not.toContain(label)
})

test('a commitment ticked Done right after it is added stays done after a reload', async ({
  page
}) => {
  await loadDemoTeam(page)
  await startMeeting(page, 'Hannah Schmidt')
  const made = page.getByRole('table', { name: 'Agreed in this 1:1' })
  for (const text of ['Send the pricing sheet', 'Book the QBR room']) {
    await page.getByRole('textbox', { name: 'Commitment' }).fill(text)
    await page.getByRole('button', { name: 'Add commitment' }).click()
    const done = made.getByRole('checkbox', { name: new RegExp(`Done.*${text}`) })
    // Ticked the moment it appears: the box shows the tick at once and keeps it.
    await done.check()
    await expect(done).toBeChecked()
  }
  // Untick the second one again straight away: the last click wins.
  const second = made.getByRole('checkbox', { name: /Done.*Book the QBR room/ })
  await second.uncheck()
  await second.check()
  await second.uncheck()
  await expect(made.getByText('Saving…')).toHaveCount(0)
  // An empty commitment is refused at the field, not added.
  await page.getByRole('button', { name: 'Add commitment' }).click()
  await expect(page.getByRole('textbox', { name: 'Commitment' })).toHaveAccessibleDescription(
    'Write the commitment first.'
  )
  await page.reload()
  await expect(made.getByRole('row')).toHaveCount(3)
  await expect(made.getByRole('checkbox', { name: /Done.*Send the pricing sheet/ })).toBeChecked()
  await expect(made.getByRole('checkbox', { name: /Done.*Book the QBR room/ })).not.toBeChecked()
})
