import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'
import {
  backupPanel,
  openSettings,
  pickBackup,
  restoreConfirm,
  saveBackup,
  typeBackupPassphrase
} from './dataSteps'

/**
 * Issue 17: a backup saved in the browser is encrypted with a passphrase. A private 1:1 note
 * does not appear in the file's bytes; a wrong passphrase changes nothing; the right one
 * restores the note.
 */
test.slow()

const SENTENCE = 'Mei mentioned a competing offer from Northwind over coffee'
const LATER = 'Rewritten after the backup was saved'
const PASSPHRASE = 'lantern orchard seventeen'

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const privateNotes = (page: Page) => page.getByRole('textbox', { name: /Private notes/ })

async function openMeiMeeting(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'One-on-ones' }).click()
  await page.getByRole('link', { name: 'Prepare the 1:1 with Mei Chen' }).click()
}

test('a private 1:1 note is not in the backup file; a wrong passphrase changes nothing', async ({
  page
}, testInfo) => {
  test.setTimeout(240_000)
  await loadDemoTeam(page)
  await openMeiMeeting(page)
  await page.getByRole('button', { name: 'Start the 1:1' }).click()
  await expect(page.getByRole('heading', { name: '1:1 with Mei Chen', level: 1 })).toBeVisible()
  await privateNotes(page).fill(SENTENCE)
  await expect(page.getByText('All changes saved')).toBeVisible()
  const meeting = page.url()

  await openSettings(page)
  const saved = await saveBackup(page, { passphrase: PASSPHRASE })
  expect(saved.bytes.includes(Buffer.from(SENTENCE))).toBe(false)
  expect(saved.bytes.includes(Buffer.from('Mei Chen'))).toBe(false)
  expect(saved.bytes.subarray(0, 8).toString('latin1')).toBe('FBKCRYPT')
  const path = testInfo.outputPath(saved.name)
  await writeFile(path, saved.bytes)

  // A change after the backup: the restore must bring the sentence back.
  await page.goto(meeting)
  await privateNotes(page).fill(LATER)
  await expect(page.getByText('All changes saved')).toBeVisible()

  await openSettings(page)
  await pickBackup(page, path)
  const question = page.getByRole('form', { name: 'Passphrase for the backup' })
  await expect(question).toContainText(`“${saved.name}” is encrypted with a passphrase.`)
  await expectAccessible(page)
  await typeBackupPassphrase(page, 'lantern orchard seventeen!')
  await expect(question.getByRole('alert')).toHaveText('That passphrase does not open this backup.')
  await expect(restoreConfirm(page)).toHaveCount(0)
  await page.goto(meeting)
  await expect(privateNotes(page)).toHaveValue(LATER)

  await openSettings(page)
  await pickBackup(page, path)
  await typeBackupPassphrase(page, PASSPHRASE)
  const confirm = restoreConfirm(page)
  await expect(confirm).toContainText('This backup is encrypted with a passphrase.')
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(backupPanel(page).getByRole('status')).toHaveText(/^Restored the backup of /, {
    timeout: 60_000
  })
  await page.goto(meeting)
  await expect(privateNotes(page)).toHaveValue(SENTENCE)
})
