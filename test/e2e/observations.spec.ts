import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { downloadedText, pdfText } from './documents'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/**
 * Observations: a ride-along logged by keyboard alone (interrupted by the window closing and
 * resumed from its draft), a timed role-play whose attempts trend, a call review with
 * timestamped notes, and the roll-ups that say which stage each rep needs coaching at.
 */

const shot = (name: string) => ({ path: `/tmp/wt5-${name}.png`, fullPage: true })
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const step = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d+ of \\d+: ${title}`) }))

async function openObservations(page: Page) {
  await nav(page).getByRole('link', { name: 'Observations' }).click()
  await expect(page.getByRole('heading', { name: 'Observations', level: 1 })).toBeVisible()
}

async function waitForDraftSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Draft saved at/ })).toBeVisible()
}

test('a ride-along logged by keyboard alone survives the window closing and is saved', async ({
  page
}) => {
  test.setTimeout(300_000)
  await loadDemoTeam(page)
  await openObservations(page)
  await expectAccessible(page)
  await page.screenshot(shot('observations'))

  const key = page.keyboard
  await page.getByRole('link', { name: 'New ride-along' }).focus()
  await key.press('Enter')
  await step(page, 'Who and what').toBeVisible()
  // The cursor starts in the step: kind (ride-along chosen) → rep → stage → opportunity.
  await expect(page.getByRole('radio', { name: 'Ride-along', exact: true })).toBeFocused()
  await key.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Rep', exact: true })).toBeFocused()
  await key.type('Diego')
  await key.press('Tab')
  await key.type('Discover')
  await key.press('Tab')
  // The rep's open deals load after the rep is chosen: pick the first once the list is there.
  const opportunity = page.getByRole('combobox', { name: 'Opportunity', exact: true })
  await expect(opportunity).toBeFocused()
  await expect(opportunity.getByRole('option')).not.toHaveCount(1)
  await key.press('ArrowDown')
  await expect(opportunity).not.toHaveValue('')
  // A deal is told from the rep's others by its close date (and its account when not in the name).
  await expect(opportunity.getByRole('option', { selected: true })).toHaveText(
    / · closes [A-Z][a-z]{2} \d{1,2}, \d{4}$/
  )
  await expect(page.getByRole('combobox', { name: 'Rep', exact: true })).toHaveValue(/.+/)
  await expect(page.getByText(/Checklist: Ride-along: discovery meeting \(version 1/)).toBeVisible()
  await expectAccessible(page)
  await key.press('Enter')

  await step(page, 'Pre-call plan').toBeVisible()
  await expect(page.getByLabel('What to say')).toBeFocused()
  await key.type('Recap the downtime cost they mentioned')
  await key.press('Tab')
  await key.type('Access to the operations director')
  await key.press('Tab')
  await key.type('Dated meeting with the operations director')
  await key.press('Tab')
  await key.type('Find out who signs')
  await key.press('Enter')

  await step(page, 'Checklist').toBeVisible()
  // First two criteria: pre-call plan (must) yes, agenda no.
  await key.press('Space')
  await key.press('Tab')
  await key.press('Space')
  await key.press('ArrowRight')
  await waitForDraftSaved(page)
  await page.screenshot(shot('ride-along-checklist'))
  await expectAccessible(page)

  // The window closes in the car park; the reopened app offers the draft.
  const context = page.context()
  await page.close()
  const again = await context.newPage()
  await again.goto('/')
  await expect(again.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({
    timeout: 30_000
  })
  await openObservations(again)
  await again
    .getByRole('link', { name: /Resume draft: Ride-along with Diego Hernández, Discover/ })
    .click()
  await step(again, 'Checklist').toBeVisible()
  const group = (name: RegExp) => again.getByRole('radiogroup', { name })
  await expect(
    group(/pre-call plan/).getByRole('radio', { name: 'Yes', exact: true })
  ).toBeChecked()
  await expect(
    group(/Opened with an agenda/).getByRole('radio', { name: 'No', exact: true })
  ).toBeChecked()

  const k = again.keyboard
  await group(/Asked open questions/)
    .getByRole('radio', { name: '1', exact: true })
    .focus()
  // Scales: 1 + two arrows = 3; impact 2; listening 4.
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  // Decision process: not applicable (yes → no → NA).
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('ArrowRight')
  await k.press('Tab')
  // Next step (must): yes. Follow-through: no.
  await k.press('Space')
  await k.press('Tab')
  await k.press('Space')
  await k.press('ArrowRight')
  await k.press('Tab')
  await k.type('Downtime costs them a shift a week')
  await expect(
    group(/Learned who else/).getByRole('radio', { name: 'Not applicable', exact: true })
  ).toBeChecked()
  await expect(
    group(/Asked for a specific next step/).getByRole('radio', { name: 'Yes', exact: true })
  ).toBeChecked()
  await expect(again.getByText('Every must criterion is met.')).toBeVisible()
  await k.press('Enter')

  await step(again, 'Outcome against the plan').toBeVisible()
  await expect(again.getByText('Dated meeting with the operations director')).toBeVisible()
  await k.press('Space')
  await k.press('Tab')
  await k.type('Meeting with the operations director on Thursday')
  await k.press('Enter')

  await step(again, "Rep's self-assessment").toBeVisible()
  await k.type('I rushed the agenda but got the meeting')
  await k.press('Enter')
  await step(again, 'One strength, one focus').toBeVisible()
  await expect(again.getByText('I rushed the agenda but got the meeting')).toBeVisible()
  await k.type('Quantified the downtime with the customer')
  await k.press('Tab')
  await k.type('Open with an agenda the customer agrees to')
  await k.press('Enter')

  await expect(
    again.getByRole('heading', { name: 'Ride-along: Diego Hernández', level: 1 })
  ).toBeVisible()
  await expect(again.getByText('Quantified the downtime with the customer')).toBeVisible()
  await expect(again.getByText(/Discover · .* · Bayview Builders/)).toBeVisible()
  const checklist = again.getByRole('table', { name: /Checklist: Ride-along: discovery meeting/ })
  await expect(checklist.getByRole('row', { name: /Asked open questions/ })).toContainText('3 of 4')
  await expect(checklist.getByRole('row', { name: /Learned who else/ })).toContainText(
    'Not applicable'
  )
  await again.screenshot(shot('ride-along-saved'))
  await expectAccessible(again)

  // The PDF the rep reads: plan, checklist with scores, outcome, self-assessment, feedback.
  const download = again.waitForEvent('download')
  await again.getByRole('button', { name: 'Export PDF for the rep' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Ride-along Diego Hernández \d{4}-\d{2}-\d{2}\.pdf$/)
  const pdf = (await pdfText(file)).replace(/\s+/g, ' ')
  for (const text of [
    'Ride-along: Diego Hernández',
    'Pre-call plan',
    'Recap the downtime cost they mentioned',
    'Dated meeting with the operations director',
    'Find out who signs',
    'Checklist: Ride-along: discovery meeting (version 1)',
    'Not applicable 2',
    '(must)',
    'Score 67% (7 criteria scored, 1 not applicable)',
    'Desired next step agreed Yes',
    'I rushed the agenda but got the meeting',
    'Quantified the downtime with the customer',
    'Open with an agenda the customer agrees to'
  ])
    expect(pdf, text).toContain(text)
  // Each row: the criterion, its score, its weight. A long criterion wraps inside its cell,
  // so the rest of its words may come after the score; where it wraps depends on the font.
  for (const row of [
    /Let the customer do most of the talking 4 of 4 2/,
    /Quantified the impact of the problem[\w ,()]{0,30} 2 of 4 2/,
    /Asked open questions about the[\w ]{0,30} 3 of 4 3/
  ])
    expect(pdf).toMatch(row)
  await expect(again.getByRole('status').filter({ hasText: /Saved .*\.pdf/ })).toBeVisible()

  // The draft is gone; the roll-ups count the new observation.
  await openObservations(again)
  await expect(again.getByRole('heading', { name: 'Drafts' })).toHaveCount(0)
  await again
    .getByRole('form', { name: 'Filters' })
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({
      label: 'Diego Hernández'
    })
  const trend = again.getByRole('table', { name: 'Stage trend for Diego Hernández' })
  const month = new Date().toISOString().slice(0, 7)
  await expect(trend.getByRole('row', { name: new RegExp(`${month} Discover`) })).toBeVisible()
  const weakest = again.getByRole('table', { name: 'Weakest stage per rep' })
  await expect(weakest.getByRole('row', { name: /Diego Hernández/ })).toContainText('Discover')
  await expect(weakest.getByRole('row', { name: /Diego Hernández/ })).toContainText(/\d+ of \d+/)
  await again.screenshot(shot('observations-diego'))
})

test('a timed role-play from the scenario library adds an attempt to the rep’s trend', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await openObservations(page)
  await page.getByRole('link', { name: 'Scenario library' }).click()
  await expect(page.getByRole('heading', { name: 'Scenario library', level: 1 })).toBeVisible()
  for (const stage of ['Prospect', 'Discover', 'Qualify', 'Propose', 'Negotiate', 'Close'])
    await expect(page.getByRole('heading', { name: stage, level: 2 })).toBeVisible()
  await expectAccessible(page)
  await page.screenshot(shot('scenarios'))

  const title = 'Your price is 30% higher than the incumbent'
  await page.getByRole('link', { name: `Run a role-play: ${title}` }).click()
  await step(page, 'Who and what').toBeVisible()
  await expect(page.getByRole('radio', { name: 'Role-play', exact: true })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('propose')
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Priya Raman' })
  // Priya practised this scenario twice in the demo: this is her third attempt.
  await expect(page.getByText('Attempt 3')).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()

  await step(page, 'Scenario and timer').toBeVisible()
  await expect(page.getByText('Finance will never approve this')).toBeVisible()
  const timer = page.getByRole('timer')
  await expect(timer).toHaveText('00:00')
  await page.getByRole('button', { name: 'Start timer' }).click()
  await expect(timer).not.toHaveText('00:00', { timeout: 10_000 })
  await page.getByRole('button', { name: 'Pause timer' }).click()
  await expect(page.getByText('(paused)')).toBeVisible()
  const paused = await timer.innerText()
  await page.getByRole('button', { name: 'Resume timer' }).click()
  await expect(timer).not.toHaveText(paused, { timeout: 10_000 })
  await page.getByRole('button', { name: 'Stop timer' }).click()
  await expect(page.getByText('(stopped)')).toBeVisible()
  const elapsed = await timer.innerText()
  await page.screenshot(shot('role-play-timer'))
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Next' }).click()

  await step(page, 'Checklist').toBeVisible()
  const group = (name: RegExp) => page.getByRole('radiogroup', { name })
  for (const [criterion, answer] of [
    [/Acknowledged the objection/, '4'],
    [/Asked a question to find the real objection/, '4'],
    [/Reconnected the price/, '4'],
    [/Traded rather than gave/, 'Yes'],
    [/Asked for the decision/, 'Yes']
  ] as const)
    await group(criterion).getByRole('radio', { name: answer, exact: true }).check()
  await expect(page.getByText(/Score so far: 100%/)).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, "Rep's self-assessment").toBeVisible()
  await page.getByLabel('Rep’s self-assessment').fill('Held the price this time.')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByLabel('One strength').fill('Asked what the price was compared with')
  // Starts like a formula: the CSV export must defuse it.
  await page.getByLabel('One focus').fill('=HYPERLINK("http://x")+Bring finance in')
  await page.getByRole('button', { name: 'Save observation' }).click()

  await expect(
    page.getByRole('heading', { name: 'Role-play: Priya Raman', level: 1 })
  ).toBeVisible()
  await expect(page.getByText(elapsed, { exact: true })).toBeVisible()
  const attempts = page.getByRole('heading', { name: 'Attempts at this scenario' }).locator('..')
  await expect(attempts).toContainText('Attempt 3')
  await expect(attempts).toContainText('100%')

  await openObservations(page)
  const trend = page.getByRole('table', { name: 'Trend per rep and scenario' })
  const row = trend.getByRole('row', { name: /Priya Raman/ })
  await expect(row).toContainText(/#1: \d+%, #2: \d+%, #3: 100%/)
  await expect(row).toContainText(/\+\d+ points/)
  await page
    .getByRole('form', { name: 'Filters' })
    .getByRole('combobox', { name: 'Kind' })
    .selectOption({
      label: 'Role-play'
    })
  await expect(page.getByRole('table', { name: /saved observations?/ })).toContainText(
    `${title} (attempt 3)`
  )
  await page.screenshot(shot('observations-role-play'))

  // CSV for a period: only today's saved observations, scored, with formula cells defused.
  const day = new Date()
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
  const filters = page.getByRole('form', { name: 'Filters' })
  await filters.getByLabel('From', { exact: true }).fill(iso)
  await filters.getByLabel('To', { exact: true }).fill(iso)
  const download = page.waitForEvent('download')
  await filters.getByRole('button', { name: 'Export CSV for this period' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`fieldbook-observations-${iso}-to-${iso}.csv`)
  const rows = Papa.parse<string[]>((await downloadedText(file)).replace(/^\uFEFF/, ''), {
    skipEmptyLines: true
  }).data
  const header = rows[0]!
  expect(rows).toHaveLength(2)
  const cell = (name: string) => rows[1]![header.indexOf(name)]
  expect(cell('Date')).toBe(iso)
  expect(cell('Rep')).toBe('Priya Raman')
  expect(cell('Kind')).toBe('Role-play')
  expect(cell('Score (%)')).toBe('100')
  expect(cell('Must criteria met')).toBe('yes')
  expect(cell('Scenario')).toBe(title)
  expect(cell('Attempt')).toBe('3')
  expect(cell('Focus')).toBe(`'=HYPERLINK("http://x")+Bring finance in`)
})

test('a call review keeps timestamped notes in time order', async ({ page }) => {
  await loadDemoTeam(page)
  await page.goto('/#/observations/new?kind=callReview&stage=qualify')
  await step(page, 'Who and what').toBeVisible()
  await page
    .getByRole('combobox', { name: 'Rep', exact: true })
    .selectOption({ label: 'Aisha Bello' })
  await page.getByLabel('Call (link or file name)').fill('=HYPERLINK("x")-call-0412.mp3')
  await page.getByLabel('Duration (mm:ss)').fill('23:40')
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Pre-call plan').toBeVisible()
  await page.getByLabel('Desired next step').fill('Meeting with the CFO')
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Timestamped notes').toBeVisible()
  await page.getByLabel('Time (mm:ss)').fill('12:05')
  await page.getByLabel('Note', { exact: true }).fill('Budget question landed well')
  await page.keyboard.press('Enter')
  await page.getByLabel('Time (mm:ss)').fill('3:10')
  await page.getByLabel('Note', { exact: true }).fill('Skipped the agenda')
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByLabel('Time (mm:ss)').fill('99')
  await page.getByLabel('Note', { exact: true }).fill('Not a time')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('alert')).toHaveText('Write the time as mm:ss, e.g. 04:30.')
  const notes = page.getByRole('table', { name: 'Notes on the call' })
  await expect(notes.getByRole('row')).toHaveText([
    /Time/,
    /03:10\s*Skipped the agenda/,
    /12:05\s*Budget/
  ])
  await expectAccessible(page)
  await page.screenshot(shot('call-review-notes'))
  await page.getByLabel('Note', { exact: true }).fill('')
  await page.getByLabel('Time (mm:ss)').fill('')
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Checklist').toBeVisible()
  // The checklist step checks its own must criteria, with the message at the criterion.
  await page.getByRole('button', { name: 'Next' }).click()
  await step(page, 'Checklist').toBeVisible()
  const must = page.getByRole('radiogroup', { name: /pre-call plan/ })
  await expect(must).toHaveAttribute('aria-invalid', 'true')
  await expect(must).toHaveAccessibleDescription(/Answer this must criterion\./)
  await expect(page.getByRole('alert')).toContainText('see the message')
})

test('the manager adds a scenario to the library and edits it', async ({ page }) => {
  await loadDemoTeam(page)
  await page.goto('/#/observations/scenarios')
  await page.getByRole('button', { name: 'Add a scenario' }).click()
  const form = page.getByRole('form', { name: 'New scenario' })
  await form.getByRole('button', { name: 'Save scenario' }).click()
  await expect(form.getByRole('alert')).toContainText('Every field is needed')
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Qualify' })
  await form.getByLabel('Title').fill('The budget was frozen yesterday')
  await form.getByRole('combobox', { name: 'Difficulty' }).selectOption('hard')
  await form.getByRole('textbox', { name: 'Situation' }).fill('A finance freeze hits mid-deal.')
  await form.getByRole('textbox', { name: 'Buyer persona' }).fill('Controller, cautious.')
  await form
    .getByRole('textbox', { name: 'Objections (one per line)' })
    .fill('No spend until Q3\nCome back later')
  await form
    .getByRole('textbox', { name: 'Objectives (one per line)' })
    .fill('Find who can unfreeze it\nAgree a dated step')
  await expectAccessible(page)
  await form.getByRole('button', { name: 'Save scenario' }).click()
  const card = page.getByRole('article', { name: 'The budget was frozen yesterday' })
  await expect(card).toContainText('Difficulty: hard')
  await card.getByText('Objections and objectives').click()
  await expect(card.getByRole('listitem')).toHaveText([
    'No spend until Q3',
    'Come back later',
    'Find who can unfreeze it',
    'Agree a dated step'
  ])
  await card.getByRole('button', { name: 'Edit The budget was frozen yesterday' }).click()
  const edit = page.getByRole('form', { name: 'Edit scenario' })
  await edit.getByLabel('Title').fill('The budget froze yesterday')
  await edit.getByRole('button', { name: 'Save scenario' }).click()
  await expect(page.getByRole('article', { name: 'The budget froze yesterday' })).toBeVisible()
  // It is offered for role-plays at its stage.
  await page.getByRole('link', { name: 'Run a role-play: The budget froze yesterday' }).click()
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(/.+/)
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toContainText(
    'The budget froze yesterday (hard)'
  )
})
