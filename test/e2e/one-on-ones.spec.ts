import type { Page } from '@playwright/test'
import { downloadedText, pdfText } from './documents'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

// Whole flows on the demo team, with axe scans of big screens: give them room on a busy machine.
test.slow()

const shot = (name: string) => ({ path: `test-results/screens/${name}.png`, fullPage: true })
const PRIVATE = 'Considering a coaching plan on territory planning'
const SHARED = 'Agreed the Q1 territory split and the three accounts to call first.'
const ITEM_NOTE = 'Aisha proposes splitting by industry rather than by postcode.'

/** A `yyyy-MM-dd` day as the app writes it (en-US): "Dec 12, 2026". */
const written = (day: string): string =>
  new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(`${day}T00:00:00Z`))

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' })
}

function agendaTitles(page: Page) {
  return page.locator('.agenda-list > li .agenda-title').allInnerTexts()
}

async function openPrep(page: Page, rep: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await expect(page.getByRole('heading', { name: 'One-on-ones', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: `Prepare the 1:1 with ${rep}` }).click()
  await expect(page.getByRole('heading', { name: `Prepare the 1:1 with ${rep}` })).toBeVisible()
}

/** A date `days` from today on the laptop, as the date input takes it. */
async function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date()
    d.setDate(d.getDate() + n)
    const pad = (x: number) => String(x).padStart(2, '0')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  }, days)
}

test('home view: overdue and upcoming 1:1s, plan items and commitments due', async ({ page }) => {
  await loadDemoTeam(page)
  await nav(page).getByRole('link', { name: 'Home' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
  for (const section of [
    'Overdue 1:1s',
    'Upcoming 1:1s',
    'Plan check-ins and milestones due',
    'Commitments falling due'
  ])
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
  // Every active rep's next 1:1 is within a cadence, so each shows as overdue or upcoming.
  const upcoming = page.getByRole('region', { name: 'Upcoming 1:1s' }).getByRole('link')
  await expect(upcoming.first()).toBeVisible()
  // The demo's PIP has weekly check-ins: the next one is due within the week.
  await expect(
    page.getByRole('region', { name: 'Plan check-ins and milestones due' })
  ).toContainText(/PIP, Kevin Walsh: check-in/)
  await page.screenshot(shot('one-on-ones-home'))
  await expectAccessible(page)
  // The app opens on Home.
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible()
})

test('prep → edit the agenda → notes (shared and private) → commitments → finish → export → next prep carries them', async ({
  page
}) => {
  // The longest flow of the suite (five screens, four axe scans, two exports).
  test.setTimeout(300_000)
  await loadDemoTeam(page)
  await openPrep(page, 'Aisha Bello')
  for (const section of [
    /^Results and key measures since the last 1:1/,
    /^Pipeline movement since the last 1:1/,
    'CRM hygiene to fix',
    'Open commitments from earlier 1:1s',
    'Plan milestones and check-ins due',
    'Recent observations and their focus',
    'Leadership style for the skill in focus',
    /^Wins to recognise/
  ])
    await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
  const results = page.getByRole('region', { name: /Results and key measures/ })
  await expect(results.getByRole('rowheader', { name: 'Closed-won revenue' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Leadership style for the skill in focus' })
  ).toContainText('In this 1:1')
  const titles = await agendaTitles(page)
  expect(titles.some((t) => t.startsWith('Results'))).toBe(true)
  expect(titles.filter((t) => / committed: /.test(t)).length).toBeGreaterThan(0)
  await page.screenshot(shot('one-on-ones-prep'))
  await expectAccessible(page)

  // Each drafted item links to its evidence: the results row set on this screen.
  const resultsItem = titles.find((t) => t.startsWith('Results')) ?? ''
  await page.getByRole('link', { name: `Evidence for “${resultsItem}”` }).click()
  await expect(page).toHaveURL(/evidence=results/)
  await expect(results).toBeFocused()

  // Add an item, move it up by keyboard, remove another one.
  await page.getByRole('textbox', { name: 'New agenda item' }).fill('Territory split for Q1')
  await page.getByRole('button', { name: 'Add to the agenda' }).click()
  await expect.poll(async () => (await agendaTitles(page)).at(-1)).toBe('Territory split for Q1')
  const count = (await agendaTitles(page)).length
  await page.getByRole('button', { name: 'Move “Territory split for Q1” up' }).focus()
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await agendaTitles(page)).at(-2)).toBe('Territory split for Q1')
  // Focus stays on the moved item's button, so Enter again keeps moving it.
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await agendaTitles(page)).at(-3)).toBe('Territory split for Q1')
  const removed = (await agendaTitles(page))[0] ?? ''
  await page.getByRole('button', { name: `Remove “${removed}”` }).click()
  await expect.poll(async () => (await agendaTitles(page)).length).toBe(count - 1)
  // The edits are stored on the planned 1:1: a reload shows the same agenda.
  const edited = await agendaTitles(page)
  await page.reload()
  await expect.poll(() => agendaTitles(page)).toEqual(edited)

  await page.getByRole('button', { name: 'Start the 1:1' }).click()
  await expect(page.getByRole('heading', { name: '1:1 with Aisha Bello', level: 1 })).toBeVisible()
  await expect.poll(() => agendaTitles(page)).toEqual(edited)

  // Tick an item, write notes on it, shared and private notes: saved as typed.
  await page.getByRole('checkbox', { name: 'Territory split for Q1' }).check()
  // Notes open on demand: no box per item until one is asked for.
  await expect(
    page.getByRole('textbox', { name: 'Notes on “Territory split for Q1”' })
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Add notes on “Territory split for Q1”' }).click()
  await expect(
    page.getByRole('textbox', { name: 'Notes on “Territory split for Q1”' })
  ).toBeFocused()
  await page.getByRole('textbox', { name: 'Notes on “Territory split for Q1”' }).fill(ITEM_NOTE)
  await page.getByRole('textbox', { name: /Shared notes/ }).fill(SHARED)
  await page.getByRole('textbox', { name: /Private notes/ }).fill(PRIVATE)
  await expect(page.getByText('All changes saved')).toBeVisible()

  // Commitments with owner and due date.
  const dueRep = await dayFromToday(page, 7)
  const dueMe = await dayFromToday(page, 3)
  await page.getByRole('textbox', { name: 'Commitment' }).fill('Call the three stale accounts')
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Aisha Bello' })
  await page.getByLabel('Due date').fill(dueRep)
  await page.getByRole('button', { name: 'Add commitment' }).click()
  await page.getByRole('textbox', { name: 'Commitment' }).fill('Send the revised territory map')
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'You (manager)' })
  await page.getByLabel('Due date').fill(dueMe)
  await page.getByRole('button', { name: 'Add commitment' }).click()
  const made = page.getByRole('table', { name: 'Agreed in this 1:1' })
  await expect(made.getByRole('row')).toHaveCount(3)
  await expect(made.getByRole('row', { name: /Send the revised territory map/ })).toContainText(
    'You (manager)'
  )

  // Autosave: a reload keeps every word.
  await page.reload()
  await expect(page.getByRole('textbox', { name: /Shared notes/ })).toHaveValue(SHARED)
  await expect(page.getByRole('textbox', { name: /Private notes/ })).toHaveValue(PRIVATE)
  await expect(
    page.getByRole('textbox', { name: 'Notes on “Territory split for Q1”' })
  ).toHaveValue(ITEM_NOTE)
  await expect(page.getByRole('checkbox', { name: 'Territory split for Q1' })).toBeChecked()
  await page.screenshot(shot('one-on-ones-meeting'))
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Finish the 1:1' }).click()
  await expect(page.getByText(/^Held on /)).toBeVisible()

  // Export: Markdown and PDF, shared notes and commitments, never the private notes.
  let download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export summary as Markdown' }).click()
  const markdown = await downloadedText(await download)
  expect((await download).suggestedFilename()).toMatch(/^1-1 Aisha Bello \d{4}-\d{2}-\d{2}\.md$/)
  for (const text of [
    '1:1 summary: Aisha Bello',
    SHARED,
    ITEM_NOTE,
    '[x] Territory split for Q1',
    'Call the three stale accounts',
    'Send the revised territory map',
    written(dueRep)
  ])
    expect(markdown).toContain(text)
  expect(markdown).not.toContain(PRIVATE)
  expect(markdown.toLowerCase()).not.toContain('coaching plan on territory')
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible()

  download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export summary as PDF' }).click()
  const pdf = (await pdfText(await download)).replace(/\s+/g, ' ')
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  for (const text of [
    '1:1 summary: Aisha Bello',
    SHARED,
    ITEM_NOTE,
    'Call the three stale accounts'
  ])
    expect(pdf).toContain(text)
  expect(pdf.toLowerCase()).not.toContain('coaching plan on territory')

  // The next prep: the open commitments are on the agenda, and the window starts today.
  await page.getByRole('link', { name: 'Prepare the next 1:1' }).click()
  await expect(
    page.getByRole('heading', { name: 'Prepare the 1:1 with Aisha Bello' })
  ).toBeVisible()
  await expect(page.getByText(/last held/)).toBeVisible()
  const next = await agendaTitles(page)
  expect(next).toContain(`Rep committed: Call the three stale accounts, due ${written(dueRep)}`)
  expect(next).toContain(`You committed: Send the revised territory map, due ${written(dueMe)}`)
  // The ticked item is not carried; the shared commitments are listed with their 1:1.
  expect(next).not.toContain('Territory split for Q1')
  await expect(
    page.getByRole('region', { name: 'Open commitments from earlier 1:1s' })
  ).toContainText('Call the three stale accounts')

  // History and search.
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await page
    .getByRole('searchbox', { name: 'Search 1:1 notes and commitments' })
    .fill('q1 territory')
  const hits = page.getByRole('region', { name: 'Search notes' })
  await expect(hits.getByText('Shared notes')).toBeVisible()
  await expect(hits).toContainText('Aisha Bello')
  await page.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Aisha Bello' })
  const timeline = page.getByRole('list', { name: '1:1s with Aisha Bello' })
  await expect(timeline.getByRole('listitem').first()).toContainText(SHARED)
  await expect(timeline.getByRole('listitem').first()).toContainText(
    'Commitment: Send the revised territory map'
  )
  await page.screenshot(shot('one-on-ones-history'))
  await expectAccessible(page)
})

test('moving and skipping a 1:1 keeps its open items for the next prep', async ({ page }) => {
  await loadDemoTeam(page)
  await openPrep(page, 'Kevin Walsh')
  await page.getByRole('textbox', { name: 'New agenda item' }).fill('Holiday cover plan')
  await page.getByRole('button', { name: 'Add to the agenda' }).click()
  await expect.poll(async () => (await agendaTitles(page)).at(-1)).toBe('Holiday cover plan')
  const commitments = (await agendaTitles(page)).filter((t) => / committed: /.test(t))

  const moveTo = await dayFromToday(page, 2)
  await page.getByLabel('Move the 1:1 to').fill(moveTo)
  await page.getByRole('button', { name: 'Move', exact: true }).click()
  await expect(page.getByText(/in 2 days/)).toBeVisible()
  expect(await agendaTitles(page)).toContain('Holiday cover plan')

  await page.getByRole('button', { name: 'Skip this 1:1' }).click()
  // No 1:1 planned now: the draft carries the hand-added item and every open commitment.
  await expect(page.getByRole('button', { name: 'Skip this 1:1' })).toHaveCount(0)
  const after = await agendaTitles(page)
  expect(after).toContain('Holiday cover plan')
  for (const c of commitments) expect(after).toContain(c)
  await expect(
    page.getByRole('region', { name: 'Open commitments from earlier 1:1s' })
  ).toContainText(/Holiday cover plan Not done in the 1:1 of .+ \(skipped\)/)

  // The history shows both: moved, then skipped.
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await page.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Kevin Walsh' })
  const timeline = page.getByRole('list', { name: '1:1s with Kevin Walsh' })
  await expect(timeline).toContainText(/Skipped \(was planned for/)
  await expect(timeline).toContainText(/Moved to/)
})

test('in a browser, a commitment falling due shows as a reminder in the app', async ({ page }) => {
  // 08:29 on this laptop today: the reminder for a commitment due today is at 08:30.
  const morning = new Date()
  morning.setHours(8, 29, 0, 0)
  await page.clock.install({ time: morning })
  await loadDemoTeam(page)
  await openPrep(page, 'Mei Chen')
  await page.getByRole('button', { name: 'Start the 1:1' }).click()
  await expect(page.getByRole('heading', { name: '1:1 with Mei Chen', level: 1 })).toBeVisible()
  await page
    .getByRole('textbox', { name: 'Commitment' })
    .fill('Send the pricing sheet to Northgate')
  await page.getByLabel('Due date').fill(await dayFromToday(page, 0))
  await page.getByRole('button', { name: 'Add commitment' }).click()
  await expect(page.getByRole('table', { name: 'Agreed in this 1:1' })).toContainText(
    'Send the pricing sheet to Northgate'
  )
  const reminders = page.getByRole('region', { name: 'Reminders' })
  await expect(reminders).toHaveCount(0)
  await page.clock.runFor(32 * 60_000)
  await expect(reminders).toContainText("Mei Chen's commitment is due today")
  await expect(reminders).toContainText('Send the pricing sheet to Northgate')
  await page.screenshot(shot('one-on-ones-reminder'))
  await expectAccessible(page)
  await reminders
    .getByRole('button', { name: "Dismiss reminder: Mei Chen's commitment is due today" })
    .click()
  // On a weekday the demo's plans have check-ins due today, reminded at the same time.
  await expect(reminders.getByText("Mei Chen's commitment is due today")).toHaveCount(0)
})
