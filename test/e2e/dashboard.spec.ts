import type { Page } from '@playwright/test'
import { pdfInfo, pdfText } from './documents'
import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'

const flat = (text: string): string => text.replace(/\s+/g, ' ')

/** Opens the dashboard on the last whole quarter: every archetype has shown its pattern by then. */
async function openLastQuarter(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('quarter')
  await page.getByRole('combobox', { name: /^Which quarter/ }).selectOption({ index: 1 })
  await expect(page.getByRole('heading', { name: /^Findings, Q\d \d{4}$/ })).toBeVisible({
    timeout: 60_000
  })
}

test('dashboard: each archetype shows its finding with the evidence, and the team report exports', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await openLastQuarter(page)

  // Every rep on every dimension, met or missed in words (not only colour), with the numbers.
  const grid = page.getByRole('table', { name: /Every rep against every expectation/ })
  await expect(grid.getByRole('row')).toHaveCount(11)
  const marcusRow = grid.getByRole('row', { name: /^Marcus Okafor/ })
  await expect(marcusRow.getByRole('cell').nth(0)).toHaveText(/^Met\$[\d,]+target ≥ \$[\d,]+$/)
  await expect(marcusRow).toContainText(/Missed[\d.]+%target ≥ 90%/)
  // Laid out as a grid of rows (issue 18), it still reads as a table: headings for each
  // expectation and each rep, the rows further down included.
  await expect(grid.getByRole('columnheader', { name: /^Win rate/ })).toHaveCount(1)
  await expect(grid.getByRole('rowheader')).toHaveCount(10)
  await expect(grid.getByRole('row').last().getByRole('cell').first()).toHaveText(/Met|Missed/)

  const findings = page.getByRole('region', { name: /^Findings, / })
  const group = (name: string) => findings.getByRole('region', { name })
  // Marcus: the hygiene standard applies to the top producer too.
  await expect(
    group('Marcus Okafor')
      .getByRole('article', { name: /^Marcus Okafor: / })
      .first()
  ).toBeVisible()
  await expect(group('Marcus Okafor')).toContainText(/Act.*CRM hygiene/)
  // Priya: results or conversion to act on; no activity finding.
  await expect(group('Priya Raman')).toContainText(/Act .*(Results|Stage \(skill\))/)
  await expect(group('Priya Raman')).not.toContainText('Activity (will)')
  // Kevin: an activity (will) gap.
  await expect(group('Kevin Walsh')).toContainText(/Act.*Activity at \d+% of the expectation/)
  // Aisha: a named stage.
  await expect(group('Aisha Bello')).toContainText(/Stalls at (Qualify|Propose)/)

  // Open one finding's evidence: the rule and the numbers behind it.
  const kevin = group('Kevin Walsh').getByRole('article', { name: /Kevin Walsh: Activity at/ })
  await expect(kevin.getByText(/^Rule:/)).toBeHidden()
  await kevin.getByText('Evidence: the rule and the numbers').click()
  await expect(kevin.getByText(/^Rule:/)).toBeVisible()
  await expect(kevin.getByRole('definition').first()).toBeVisible()
  await expect(kevin).toContainText(/Suggested: .*structured sales day/i)
  await page.screenshot({ path: '/tmp/wt4-dashboard.png', fullPage: true })

  // The quadrant shows the rock star without process and the spotless CRM without closes; its
  // numbers are a table behind a disclosure, built when opened.
  const quadrant = page.getByRole('table', { name: 'Results and process per rep' })
  await expect(quadrant).toHaveCount(0)
  await page.getByText('Results and process per rep, as a table').click()
  await expect(quadrant.getByRole('row', { name: /^Marcus Okafor/ })).toContainText(
    'Results, process below the standard'
  )
  await expect(quadrant.getByRole('row', { name: /^Priya Raman/ })).toContainText(
    'Process, results below target'
  )
  await expect(page.getByRole('region', { name: 'Pairing suggestions' })).toContainText(
    /Marcus Okafor with (Priya Raman|Aisha Bello)/
  )
  await expect(page.getByRole('region', { name: 'Recognition to correction' })).toContainText(
    /\d+ : \d+/
  )
  await expect(page.getByRole('region', { name: 'Team trend' })).toContainText(
    /Market signal, Q\d \d{4}/
  )
  await expectAccessible(page)

  // Diego joined two months ago: last quarter he was not on the team; last month he was, on ramp.
  await expect(grid.getByRole('row', { name: /^Diego Hernández/ })).toContainText(
    /Not on the team in this period|on ramp/
  )
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('month')
  await page.getByRole('combobox', { name: /^Which month/ }).selectOption({ index: 1 })
  await expect(page.getByRole('heading', { name: /^Findings, [A-Z][a-z]{2} \d{4}$/ })).toBeVisible({
    timeout: 60_000
  })
  await expect(grid.getByRole('row', { name: /^Diego Hernández/ })).toContainText(
    /on ramp \(\d+%\)/
  )
  // The charts far below were drawn for the quarter; they catch up as they scroll into view.
  const month = (await page.getByRole('heading', { name: /^Findings, / }).innerText()).slice(10)
  const trendChart = page.getByRole('region', { name: 'Team trend' }).locator('.chart-box')
  await trendChart.scrollIntoViewIfNeeded()
  await expect(trendChart).toContainText(month)
  await expect(trendChart).not.toContainText(/Q\d \d{4}/)
  await expect(group('Diego Hernández')).toContainText(/Activity without progress|Results/)
  // The rules in the evidence (built when opened) allow for the ramp.
  const evidence = group('Diego Hernández').getByText('Evidence: the rule and the numbers')
  for (let i = 0; i < (await evidence.count()); i++) await evidence.nth(i).click()
  await expect(group('Diego Hernández')).toContainText(/Rule:.*ramp/)
  await page.getByRole('combobox', { name: /^Period/ }).selectOption('quarter')
  await page.getByRole('combobox', { name: /^Which quarter/ }).selectOption({ index: 1 })
  await expect(page.getByRole('heading', { name: /^Findings, Q\d \d{4}$/ })).toBeVisible({
    timeout: 60_000
  })

  // The team report for the manager's boss, checked by its text.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export the team report (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^Mid-Market East report Q\d \d{4}\.pdf$/)
  const report = flat(await pdfText(download))
  expect(report).toMatch(/Team report: Mid-Market East, Q\d \d{4}/)
  expect(report).toContain('Manager Jordan Ellis')
  // No unprintable symbol turned into a question mark between two numbers ("83% ? 90%").
  expect(report).not.toMatch(/\d%? \? \d/)
  expect(report).toContain('Standing against expectations')
  // The previous quarter: the demo's new rep joined after it, so 9 reps were held to a target.
  expect(report).toMatch(/\d+ of 9 reps met their revenue target/)
  expect(report).toContain('not on the team in this period')
  expect(report).toContain('Findings and what I am doing about them')
  expect(report).toContain('What I am doing')
  for (const name of [
    'Marcus Okafor',
    'Priya Raman',
    'Diego Hernández',
    'Kevin Walsh',
    'Aisha Bello'
  ])
    expect(report).toContain(name)
  expect(report).toMatch(/Activity at \d+% of the expectation/)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('report')
})

test('a period brought by a link gives way to the one the manager picks, here and back on the dashboard', async ({
  page
}) => {
  test.setTimeout(180_000)
  await loadDemoTeam(page)
  await openLastQuarter(page)
  const linked = (await page.getByRole('heading', { name: /^Findings, / }).innerText()).slice(10)
  await page
    .getByRole('table', { name: /Every rep against every expectation/ })
    .getByRole('link', { name: 'Aisha Bello' })
    .click()
  await expect(page.getByRole('heading', { name: `Against expectations, ${linked}` })).toBeVisible({
    timeout: 60_000
  })
  const which = page.getByRole('combobox', { name: /^Which quarter/ })
  const picked = (await which.locator('option').nth(2).innerText()).replace(/ \(to date\)$/, '')
  expect(picked).not.toBe(linked)
  await which.selectOption({ index: 2 })
  await expect(which.locator('option:checked')).toContainText(picked)
  await expect(page.getByRole('heading', { name: `Against expectations, ${picked}` })).toBeVisible({
    timeout: 60_000
  })
  await page.goBack()
  await expect(page.getByRole('heading', { name: `Findings, ${picked}` })).toBeVisible({
    timeout: 60_000
  })
})

test('rep page: scorecard, findings with one-click next steps, development levels, P&L and the expectations sheet', async ({
  page
}) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await openLastQuarter(page)
  await page
    .getByRole('table', { name: /Every rep against every expectation/ })
    .getByRole('link', { name: 'Aisha Bello' })
    .click()
  await expect(page.getByRole('heading', { name: 'Aisha Bello', level: 1 })).toBeVisible()
  // The period travels with the link.
  await expect(
    page.getByRole('heading', { name: /^Against expectations, Q\d \d{4}$/ })
  ).toBeVisible({
    timeout: 60_000
  })
  const scorecard = page.getByRole('table', { name: /Aisha Bello against each expectation/ })
  await expect(scorecard.getByRole('row', { name: /^Closed-won revenue/ })).toContainText(
    /(✓ Met|✗ Missed).*target\?/
  )
  await expect(scorecard.getByRole('row', { name: /^Win rate/ })).toContainText(/won ÷ \d+ closed/)
  await expect(page.getByRole('region', { name: /^Team priorities/ })).toContainText(
    'Every open deal has a next step'
  )

  // The stage finding, its evidence, and next steps that carry what the next screen needs.
  const stall = page.getByRole('article', { name: /^Stalls at (Qualify|Propose)$/ }).first()
  const stage = (await stall.getAttribute('aria-label'))?.endsWith('Propose')
    ? 'propose'
    : 'qualify'
  await stall.getByText('Evidence: the rule and the numbers').click()
  await expect(stall.getByText(/^Rule:/)).toBeVisible()
  const steps = stall.getByRole('navigation', { name: /^Next steps for Stalls at/ })
  const repId = page.url().match(/#\/team\/([^?]+)/)?.[1] ?? ''
  expect(repId).not.toBe('')
  await expect(steps.getByRole('link', { name: /^Plan a ride-along at / })).toHaveAttribute(
    'href',
    `#/observations/new?kind=rideAlong&repId=${repId}&stage=${stage}`
  )
  await expect(steps.getByRole('link', { name: /^Start a role-play for / })).toHaveAttribute(
    'href',
    `#/observations/new?kind=rolePlay&repId=${repId}&stage=${stage}`
  )
  await expect(steps.getByRole('link', { name: 'Open 1:1 prep' })).toHaveAttribute(
    'href',
    `#/one-on-ones/prep/${repId}`
  )
  const pip = await steps.getByRole('link', { name: 'Start a PIP' }).getAttribute('href')
  const params = new URLSearchParams(pip?.split('?')[1])
  expect(pip).toMatch(/^#\/plans\/new\?/)
  expect(Object.fromEntries(params)).toMatchObject({
    kind: 'pip',
    repId,
    concern: expect.stringMatching(/^Stalls at (Qualify|Propose)$/),
    metric: 'stageConversion'
  })
  expect(params.get('evidence')).toMatch(/\. Numbers: .+: .+\.$/)
  await expect(steps.getByRole('link', { name: 'Start a coaching plan' })).toHaveAttribute(
    'href',
    /kind=coaching&repId=/
  )

  // Development levels: record a new assessment and see it become the current level.
  const development = page.getByRole('region', { name: 'Development levels' })
  await development.getByLabel('Skill').fill('Negotiation')
  await development.getByRole('combobox', { name: /^Competence/ }).selectOption('low')
  await development.getByRole('combobox', { name: /^Commitment/ }).selectOption('high')
  await expect(development).toContainText('That is D1 (Enthusiastic beginner) → Directing.')
  await development.getByRole('button', { name: 'Record assessment' }).click()
  await expect(development.getByRole('status')).toHaveText(
    'Recorded Negotiation: D1 → S1 for Aisha Bello.'
  )
  await expect(development.getByRole('article', { name: 'Negotiation: D1' })).toContainText(
    'In the next 1:1'
  )

  // The rep's P&L.
  const pnl = page.getByRole('region', { name: /^P&L, Q/ })
  await expect(pnl).toContainText(/Closed-won revenue\$[\d,]+/)
  await expect(pnl).toContainText('Contribution')
  await page.screenshot({ path: '/tmp/wt4-rep.png', fullPage: true })
  await expectAccessible(page)

  // The one-page expectations sheet, checked by its text.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export the expectations sheet (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(
    /^Expectations - Aisha Bello - \d{4}-\d{2}-\d{2}\.pdf$/
  )
  expect((await pdfInfo(download)).Pages).toBe('1')
  const sheet = flat(await pdfText(download))
  expect(sheet).toContain('Expectations: Aisha Bello')
  expect(sheet).toMatch(/Role Account Executive, started \w+ \d+, \d{4}/)
  expect(sheet).toContain('How it is measured')
  expect(sheet).toContain('at least $300,000 per quarter')
  expect(sheet).toContain('Sum of the amounts of deals marked')
  expect(sheet).toContain('Your 3-month ramp is complete: the full standard applies.')
  expect(sheet).toContain('Team priorities')
  expect(sheet).toContain('Sending proposals nobody asked for')
})
