import type { Page } from '@playwright/test'
import { icsAlarms, icsProp, parseIcs, type IcsComponent } from '../support/ics'
import { downloadedText } from './documents'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

// Whole flows on the demo team with axe scans: give them room on a busy machine.
test.slow()

const shot = (name: string) => ({ path: `test-results/screens/${name}.png`, fullPage: true })

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' })
}

/** Today on the laptop, `yyyyMMdd` as DTSTART writes it, moved by `days`. */
async function icsDay(page: Page, days = 0): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date()
    d.setDate(d.getDate() + n)
    const pad = (x: number) => String(x).padStart(2, '0')
    return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
  }, days)
}

/** "Dec 3, 2026" as the screen shows a date → "20261203". */
function shownDayToIcs(shown: string): string {
  const d = new Date(`${shown} 12:00`)
  const pad = (x: number) => String(x).padStart(2, '0')
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
}

async function exportCalendar(page: Page): Promise<{ name: string; events: IcsComponent[] }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export 1:1s as calendar (ICS)' }).click()
  const download = await downloading
  const calendar = parseIcs(await downloadedText(download))
  expect(calendar.name).toBe('VCALENDAR')
  return {
    name: download.suggestedFilename(),
    events: calendar.children.filter((c) => c.name === 'VEVENT')
  }
}

const minutesOf = (h: number, m = 0) => h * 60 + m

test('Settings → Reminders: times and kinds are saved, and the 1:1 series exported as ICS carries them as alarms', async ({
  page
}) => {
  await loadDemoTeam(page)
  await nav(page).getByRole('link', { name: 'Settings' }).click()
  const section = page.getByRole('main').getByRole('region', { name: 'Reminders' })
  await expect(section).toBeVisible()
  await expect(section).toContainText('In a browser, reminders show in the sidebar')
  // The defaults, for a workspace that never changed them.
  await expect(section.getByLabel('On the day at')).toHaveValue('08:30')
  await expect(section.getByLabel('Also the day before')).toBeChecked()
  await expect(section.getByLabel('The day before at')).toHaveValue('16:00')
  for (const kind of [
    '1:1s',
    'Commitments falling due',
    'Plan check-ins (PIPs and coaching plans)',
    'Plan milestones'
  ])
    await expect(section.getByLabel(kind, { exact: true })).toBeChecked()
  await expect(section).toContainText(
    'For a 1:1 on a Thursday: a reminder on Wednesday at 4:00 PM and on Thursday at 8:30 AM.'
  )

  // A cleared time is refused with a message saying which field and what to type.
  await section.getByLabel('On the day at').fill('')
  await section.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect(section.getByRole('alert')).toHaveText(
    'Enter a time of day (hours and minutes, e.g. 08:30) in “On the day at”.'
  )

  // Without the day before, its time cannot be typed.
  await section.getByLabel('Also the day before').uncheck()
  await expect(section.getByLabel('The day before at')).toBeDisabled()
  await section.getByLabel('Also the day before').check()

  await section.getByLabel('On the day at').fill('07:45')
  await section.getByLabel('The day before at').fill('17:30')
  await section.getByLabel('Plan milestones').uncheck()
  await section.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect(section.getByRole('status')).toHaveText(
    'Reminder settings saved. For a 1:1 on a Thursday: a reminder on Wednesday at 5:30 PM and on Thursday at 7:45 AM. No reminders for: plan milestones.'
  )
  await expectAccessible(page)

  // They are in the workspace: a reload shows them.
  await page.reload()
  await expect(section.getByLabel('On the day at')).toHaveValue('07:45')
  await expect(section.getByLabel('The day before at')).toHaveValue('17:30')
  await expect(section.getByLabel('Plan milestones')).not.toBeChecked()
  await expect(section.getByLabel('1:1s', { exact: true })).toBeChecked()

  // The whole team's 1:1s, from the 1:1 screen.
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await expect(page.getByRole('heading', { name: 'One-on-ones', level: 1 })).toBeVisible()
  const rows = page.getByRole('region', { name: 'Next 1:1s' }).getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  const next = new Map<string, string>()
  for (const row of (await rows.all()).slice(1)) {
    const rep = (await row.getByRole('rowheader').innerText()).trim()
    const due = (await row.getByRole('cell').first().innerText()).trim()
    next.set(rep, /^[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(due)?.[0] ?? due)
  }
  expect(next.size).toBeGreaterThanOrEqual(5)
  const today = await icsDay(page)
  const last = await icsDay(page, 12 * 7)

  const team = await exportCalendar(page)
  expect(team.name).toBe(
    `one-on-ones-team-${today.slice(0, 4)}-${today.slice(4, 6)}-${today.slice(6)}.ics`
  )
  const panel = page.getByRole('region', { name: '1:1s in your calendar' })
  await expect(panel.getByRole('status')).toContainText(
    `Saved “${team.name}”: ${team.events.length} 1:1s from `
  )
  // Every active rep is in it, by their whole name, from their next 1:1 (today when overdue).
  const summaries = new Set(team.events.map((e) => icsProp(e, 'SUMMARY')))
  expect(summaries).toEqual(new Set([...next.keys()].map((rep) => `1:1 with ${rep}`)))
  const firstDay = (rep: string) => {
    const due = shownDayToIcs(next.get(rep) ?? '')
    return due < today ? today : due
  }
  for (const rep of next.keys()) {
    const mine = team.events.filter((e) => icsProp(e, 'SUMMARY') === `1:1 with ${rep}`)
    const days = mine.map((e) => icsProp(e, 'DTSTART')!.slice(0, 8))
    expect(days[0], `${rep}'s first 1:1`).toBe(firstDay(rep))
    expect(days.every((d) => d >= today && d <= last)).toBe(true)
  }
  for (const e of team.events) {
    expect(icsProp(e, 'DURATION')).toBe('PT30M')
    const [, hh = '', mm = ''] = /T(\d\d)(\d\d)00$/.exec(icsProp(e, 'DTSTART') ?? '') ?? []
    const start = minutesOf(Number(hh), Number(mm))
    const name = icsProp(e, 'SUMMARY')!
    // 17:30 the day before and 07:45 on the day, counted back from this 1:1's start.
    expect(icsAlarms(e)).toEqual([
      {
        minutesBefore: minutesOf(24) - minutesOf(17, 30) + start,
        description: `Tomorrow: ${name}`
      },
      { minutesBefore: start - minutesOf(7, 45), description: `Today: ${name}` }
    ])
  }
  expect(team.events.some((e) => icsProp(e, 'DTSTART')!.endsWith('T090000'))).toBe(true)

  // One rep, at another time and length, four weeks ahead.
  const rep = [...next.keys()][0]!
  await panel.getByLabel('1:1s of').selectOption({ label: rep })
  await panel.getByLabel('First 1:1 of the day at').fill('10:00')
  await panel.getByLabel('Length (minutes)').fill('45')
  await panel.getByLabel('Weeks ahead').fill('4')
  const one = await exportCalendar(page)
  expect(one.name).toMatch(/^one-on-ones-[a-z-]+-\d{4}-\d{2}-\d{2}\.ics$/)
  expect(one.events.length).toBeGreaterThanOrEqual(1)
  const lastOfFour = await icsDay(page, 28)
  const days = one.events.map((e) => icsProp(e, 'DTSTART')!)
  for (const e of one.events) {
    expect(icsProp(e, 'SUMMARY')).toBe(`1:1 with ${rep}`)
    expect(icsProp(e, 'DURATION')).toBe('PT45M')
    expect(icsAlarms(e).map((a) => a.minutesBefore)).toEqual([minutesOf(16, 30), minutesOf(2, 15)])
  }
  expect(days.every((d) => d.endsWith('T100000') && d.slice(0, 8) <= lastOfFour)).toBe(true)
  expect(days[0]!.slice(0, 8)).toBe(firstDay(rep))

  // A length that does not make sense is refused before anything is saved.
  await panel.getByLabel('Length (minutes)').fill('0')
  await panel.getByRole('button', { name: 'Export 1:1s as calendar (ICS)' }).click()
  await expect(panel.getByRole('alert')).toHaveText('Enter a length of 5 to 480 minutes.')
  await expectAccessible(page)
})

test('in a browser, plan check-ins due today show in the app at the time set in Settings', async ({
  page
}) => {
  // Wednesday 2 December 2026, 08:00 on this laptop. The demo team is made relative to this
  // day: its PIP (Kevin Walsh) and its coaching plan each have a weekly check-in due today.
  await page.clock.install({ time: new Date(2026, 11, 2, 8, 0) })
  await loadDemoTeam(page)
  const sidebar = page.getByRole('banner').getByRole('region', { name: 'Reminders' })
  // Yesterday's 16:00 reminders are too old to show; today's 08:30 ones are not due yet.
  await expect(sidebar).toHaveCount(0)

  await nav(page).getByRole('link', { name: 'Settings' }).click()
  const section = page.getByRole('main').getByRole('region', { name: 'Reminders' })
  await section.getByLabel('On the day at').fill('10:15')
  await section.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect(section.getByRole('status')).toContainText('Reminder settings saved.')
  // Opened again (the clock keeps its time), the app schedules from the stored settings.
  await page.reload()
  await expect(section.getByLabel('On the day at')).toHaveValue('10:15')

  // 08:31: with the default settings the check-ins would have been reminded a minute ago.
  await page.clock.runFor(31 * 60_000)
  await expect(sidebar).toHaveCount(0)
  // 10:16: after the time set.
  await page.clock.runFor(105 * 60_000)
  await expect(sidebar).toContainText('PIP check-in with Kevin Walsh today')
  await expect(sidebar).toContainText(/Coaching plan check-in with [A-Z][a-z]+ [A-Z][a-z]+ today/)
  await expect(sidebar).toContainText(
    'Record the check-in in Fieldbook: status per goal, notes and next steps.'
  )
  await page.screenshot(shot('reminders-check-ins-in-the-sidebar'))
  await expectAccessible(page)
})

test('the Settings reminders section and the 1:1 calendar panel fit small screens', async ({
  page
}) => {
  await loadDemoTeam(page)
  for (const [width, height] of [
    [1366, 768],
    [1024, 700]
  ] as const) {
    await page.setViewportSize({ width, height })
    await nav(page).getByRole('link', { name: 'Settings' }).click()
    const section = page.getByRole('main').getByRole('region', { name: 'Reminders' })
    await section.scrollIntoViewIfNeeded()
    await expect(section.getByRole('button', { name: 'Save reminder settings' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width
    )
    await section.screenshot({ path: `test-results/screens/settings-reminders-${width}.png` })
    await page.screenshot({ path: `test-results/screens/settings-reminders-${width}-view.png` })
    await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
    const panel = page.getByRole('region', { name: '1:1s in your calendar' })
    await panel.scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width
    )
    await panel.screenshot({ path: `test-results/screens/one-on-ones-calendar-${width}.png` })
  }
  await page.screenshot(shot('one-on-ones-calendar-page'))
})
