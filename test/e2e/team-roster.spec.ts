import { writeFile } from 'node:fs/promises'
import { format, parseISO } from 'date-fns'
import { expect, expectAccessible, test } from './fixtures'
import {
  openSettings,
  restoreConfirm,
  saveBackup,
  resetWorkspace,
  typeBackupPassphrase
} from './dataSteps'
import { nav, openTeam, shot, startOwnTeam } from './importSteps'
import { addRep, daysAgo, goTo, openRep, teamRows } from './rosterSteps'

test.setTimeout(120_000)

/** A day as the rep page writes it: "Mar 4, 2026". */
const shown = (day: string) => format(parseISO(day), 'MMM d, yyyy')

test('own team: the setup checklist, reps added by hand, an edited start date moves the ramp, a win reaches the next 1:1 prep, EUR on the scorecard', async ({
  page
}) => {
  await startOwnTeam(page)
  await nav(page).getByRole('link', { name: 'Home' }).click()
  const setup = page.getByRole('region', { name: 'Set up your team' })
  await expect(setup).toContainText('5 steps left')
  await setup.getByLabel('Your name', { exact: true }).fill('Dana Reyes')
  await setup.getByLabel('Team name').fill('West Enterprise')
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(setup).toContainText('4 steps left')
  await expect(page.getByRole('banner')).toContainText('West Enterprise')
  await setup.getByRole('button', { name: 'Skip this step: Activities from your CRM' }).click()
  await expect(setup).toContainText('3 steps left')
  await page.screenshot(shot('roster-setup-checklist'))
  await expectAccessible(page)

  await openTeam(page)
  await expect(page.getByText('No reps yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Add a rep by hand…' }).click()
  // Bad input gets a clear message and adds nothing.
  await page.getByRole('form', { name: 'Add a rep' }).getByLabel('E-mail').fill('ana@')
  await page.getByRole('button', { name: 'Add to the team' }).click()
  await expect(page.getByRole('alert')).toHaveText('Enter the rep’s name.')
  await addRep(page, { name: 'Ana Lima', email: 'ana.lima@acme.example' })
  await addRep(page, { name: 'Ben Okoro', startDate: daysAgo(400) })
  await expect(teamRows(page)).toHaveCount(2)
  await expect(teamRows(page).filter({ hasText: 'Ana Lima' })).toContainText('On ramp')
  await expect(teamRows(page).filter({ hasText: 'Ben Okoro' })).not.toContainText('On ramp')
  await page.screenshot(shot('roster-team'))
  await expectAccessible(page)

  // A rep who started today is in month 1 of a 3-month ramp: a quarter of the target.
  const anaId = await openRep(page, 'Ana Lima')
  await expect(page.getByText('On ramp: held to 25% of target (3-month ramp)')).toBeVisible()
  // She actually started 65 days ago: month 3 of the ramp, three quarters of the target.
  const started = daysAgo(65)
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const edit = page.getByRole('form', { name: 'Edit Ana Lima' })
  await edit.getByLabel('Start date').fill(started)
  await edit.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByText('On ramp: held to 75% of target (3-month ramp)')).toBeVisible()
  const history = page.getByRole('list', { name: 'Change history' })
  await expect(history).toContainText(`Start date: ${daysAgo(0)} → ${started}`)

  // Log a win on the rep page: it is in her wins and in the next 1:1 prep and agenda.
  const winForm = page.getByRole('form', { name: 'Log a win for Ana Lima' })
  await winForm.getByLabel('What was the win?').fill('Booked the first Acme demo')
  await winForm.getByLabel('Which expectation').selectOption({ index: 1 })
  await winForm.getByRole('radio', { name: 'In public' }).check()
  await winForm.getByRole('button', { name: 'Log the win' }).click()
  await expect(winForm.getByRole('status')).toHaveText('Win logged for Ana Lima.')
  await expect(page.getByRole('list', { name: 'Wins of Ana Lima' })).toContainText(
    'Booked the first Acme demo'
  )
  await page.screenshot(shot('roster-rep-page'))
  await expectAccessible(page)

  await goTo(page, `#/one-on-ones/prep/${anaId}`)
  await expect(page.getByRole('heading', { name: 'Prepare the 1:1 with Ana Lima' })).toBeVisible()
  await expect(page.getByRole('region', { name: /Wins to recognise/ })).toContainText(
    'Booked the first Acme demo'
  )
  const agenda = page.locator('.agenda-list > li .agenda-title')
  await expect(agenda.first()).toHaveText('Recognise: Booked the first Acme demo')
  // "What is getting in your way?": a barrier stays on until resolved.
  const barriers = page.getByRole('region', { name: 'What is getting in the way?' })
  await barriers.getByLabel('What is getting in your way?').fill('No CRM licence yet')
  await barriers.getByRole('button', { name: 'Add the barrier' }).click()
  await expect(barriers.getByRole('list', { name: 'Open barriers of Ana Lima' })).toContainText(
    'No CRM licence yet'
  )
  await expect(agenda.filter({ hasText: 'Still in the way: No CRM licence yet' })).toHaveCount(1)
  await page.screenshot(shot('roster-prep'))

  // Currency: the scorecard's money targets read in euros.
  await openSettings(page)
  const workspace = page.getByRole('form', { name: 'Workspace' })
  await workspace.getByLabel('Currency').fill('EURO')
  await workspace.getByRole('button', { name: 'Save workspace settings' }).click()
  await expect(workspace.getByRole('alert')).toContainText(
    '“EURO” is not an ISO 4217 currency code'
  )
  await workspace.getByLabel('Currency').fill('EUR')
  await expect(workspace).toContainText('Amounts read like €123,456.')
  await workspace.getByRole('button', { name: 'Save workspace settings' }).click()
  await expect(workspace.getByRole('status')).toHaveText('Workspace settings saved.')
  await page.screenshot(shot('roster-settings'))
  await expectAccessible(page)
  await nav(page).getByRole('link', { name: 'Dashboard' }).click()
  const scorecard = page.getByRole('table').first()
  await expect(scorecard).toContainText('€')
  await expect(scorecard).not.toContainText('$')
  await page.screenshot(shot('roster-dashboard-eur'))
})

test('a rep who left and a merged duplicate stay in history but leave the current screens', async ({
  page
}) => {
  await startOwnTeam(page)
  await addRep(page, { name: 'Carla Diaz', startDate: daysAgo(300) })
  await addRep(page, { name: 'C. Diaz', email: 'cdiaz@hubspot.example', startDate: daysAgo(500) })
  await addRep(page, { name: 'Eli Novak', startDate: daysAgo(200) })
  await expect(teamRows(page)).toHaveCount(3)

  // A win logged on the duplicate moves with it.
  await openRep(page, 'C. Diaz')
  const winForm = page.getByRole('form', { name: 'Log a win for C. Diaz' })
  await winForm.getByLabel('What was the win?').fill('Renewed Globex early')
  await winForm.getByRole('button', { name: 'Log the win' }).click()
  await expect(winForm.getByRole('status')).toHaveText('Win logged for C. Diaz.')

  await openRep(page, 'Carla Diaz')
  await page.getByLabel('Duplicate of Carla Diaz').selectOption({ label: 'C. Diaz' })
  await page.getByRole('button', { name: 'Merge into Carla Diaz…' }).click()
  await page
    .getByRole('group', { name: 'Confirm merge' })
    .getByRole('button', { name: 'Yes, merge C. Diaz into Carla Diaz' })
    .click()
  await expect(
    page.getByRole('status').filter({ hasText: 'C. Diaz was merged into Carla Diaz' })
  ).toBeVisible()
  await expect(
    page.getByText(/CRM aliases: Carla Diaz, C\. Diaz, cdiaz@hubspot\.example/)
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'Wins of Carla Diaz' })).toContainText(
    'Renewed Globex early'
  )
  // Her history starts with the earlier of the two records.
  await expect(page.getByText(`started ${shown(daysAgo(500))}`)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Change history' })).toContainText(
    `Start date: ${daysAgo(300)} → ${daysAgo(500)}`
  )

  await openRep(page, 'Eli Novak')
  await page.getByLabel('Left the team on').fill(daysAgo(3))
  await page.getByRole('button', { name: 'Record that Eli Novak left' }).click()
  await expect(page.getByText(`Left the team on ${daysAgo(3)}`).first()).toBeVisible()

  await openTeam(page)
  await expect(teamRows(page)).toHaveCount(1)
  await expect(teamRows(page).first()).toContainText('Carla Diaz')
  const former = page.getByRole('region', { name: 'Former reps' })
  await expect(former).toContainText('C. Diaz merged into Carla Diaz')
  await expect(former).toContainText('Eli Novak left')
  await page.screenshot(shot('roster-former-reps'))
  await expectAccessible(page)
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await expect(page.getByRole('main')).toContainText('Carla Diaz')
  await expect(page.getByRole('main')).not.toContainText('Eli Novak')
})

test('a new laptop starts from a backup on the welcome screen, all or nothing', async ({
  page
}, testInfo) => {
  await startOwnTeam(page)
  await addRep(page, { name: 'Rosa Marin', startDate: daysAgo(90) })
  await openSettings(page)
  const saved = await saveBackup(page)
  const backupPath = testInfo.outputPath(saved.name)
  await writeFile(backupPath, saved.bytes)
  const brokenPath = testInfo.outputPath('broken.fieldbook')
  await writeFile(brokenPath, '{"not": "a backup"}')
  await resetWorkspace(page)

  const restoreChoice = page.getByRole('region', { name: 'Restore a backup' })
  let chooser = page.waitForEvent('filechooser')
  await restoreChoice.getByRole('button', { name: 'Restore a backup…' }).click()
  await (await chooser).setFiles(brokenPath)
  await expect(page.getByRole('alert')).toContainText(
    '“broken.fieldbook” cannot be restored; nothing was changed.'
  )
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()

  chooser = page.waitForEvent('filechooser')
  await restoreChoice.getByRole('button', { name: 'Restore a backup…' }).click()
  await (await chooser).setFiles(backupPath)
  await typeBackupPassphrase(page)
  const confirm = restoreConfirm(page)
  await expect(confirm).toContainText('It holds 1 reps')
  await page.screenshot(shot('roster-welcome-restore'))
  await expectAccessible(page)
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({
    timeout: 30_000
  })
  await openTeam(page)
  await expect(teamRows(page)).toHaveCount(1)
  await expect(teamRows(page).first()).toContainText('Rosa Marin')
})
