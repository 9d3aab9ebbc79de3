import type { Page } from '@playwright/test'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

const PASSPHRASE = 'blue heron at dawn'

/** What someone copying the browser's storage would see of the 1:1s: read with raw IndexedDB. */
async function storedMeetings(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fieldbook')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = db.transaction('oneOnOnes').objectStore('oneOnOnes').getAll()
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[])
      req.onerror = () => reject(req.error)
    })
    db.close()
    return {
      privateNotes: rows.map((r) => r.privateNotes).filter((n) => typeof n === 'string' && n),
      sealed: rows.filter((r) => typeof r.sealedPrivate === 'string').length,
      text: JSON.stringify(rows)
    }
  })
}

async function openPrivacy(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/settings'
  })
  const region = page.getByRole('region', { name: 'Privacy and the app lock' })
  await expect(region).toBeVisible()
  return region
}

test('the app lock encrypts private notes in the browser, locks, unlocks, and search still finds them', async ({
  page
}) => {
  await loadDemoTeam(page)
  const before = await storedMeetings(page)
  const note = String(before.privateNotes[0] ?? '')
  expect(note.length, 'the demo has a private note').toBeGreaterThan(10)
  const word = note.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w)) ?? ''
  expect(word).not.toBe('')

  const privacy = await openPrivacy(page)
  await expect(privacy.getByText(/stored unencrypted here/)).toBeVisible()
  const setLock = privacy.getByRole('form', { name: 'Set an app lock' })
  await setLock.getByLabel('Passphrase', { exact: true }).fill('short')
  await setLock.getByLabel('Type it again').fill('short')
  await setLock.getByRole('button', { name: 'Set the app lock' }).click()
  await expect(privacy.getByText('Use at least 10 characters (this one has 5).')).toBeVisible()
  await setLock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await setLock.getByLabel('Type it again').fill(PASSPHRASE + '!')
  await setLock.getByRole('button', { name: 'Set the app lock' }).click()
  await expect(privacy.getByText('The two passphrases are not the same.')).toBeVisible()
  await setLock.getByLabel('Type it again').fill(PASSPHRASE)
  await setLock.getByLabel(/Lock after/).fill('0')
  await setLock.getByRole('button', { name: 'Set the app lock' }).click()
  await expect(privacy.getByText(/The app lock is set/)).toBeVisible({ timeout: 20_000 })
  await expect(
    privacy.getByText(/encrypted with a key made from the app lock passphrase/)
  ).toBeVisible()

  // At rest: no private note in the clear any more.
  const after = await storedMeetings(page)
  expect(after.privateNotes).toEqual([])
  expect(after.sealed).toBeGreaterThan(0)
  expect(after.text).not.toContain(note)

  // Lock by hand, and after a reload it is still locked.
  await page.getByRole('button', { name: 'Lock Fieldbook' }).click()
  await expect(page.getByRole('heading', { name: 'Fieldbook is locked' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Fieldbook is locked' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Passphrase').fill('blue heron at dusk')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not unlock Fieldbook. Check Caps Lock and try again.'
  )
  await page.getByLabel('Passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 })

  // Search opens the sealed notes in memory.
  await page.evaluate(() => {
    window.location.hash = '#/one-on-ones'
  })
  await page.getByLabel('Search 1:1 notes and commitments').fill(word)
  await expect(page.getByText(/^\d+ match/)).toBeVisible()
  await expect(page.locator('.search-hits').getByText('Private').first()).toBeVisible()

  // Removing the lock needs the passphrase and writes the notes back as they were.
  const again = await openPrivacy(page)
  const change = again.getByRole('form', { name: 'Change the passphrase' })
  await change.getByLabel('Current passphrase').fill('not the passphrase')
  await change.getByRole('button', { name: 'Remove the lock' }).click()
  await expect(again.getByText('The current passphrase is not right; the lock stays.')).toBeVisible(
    {
      timeout: 20_000
    }
  )
  await change.getByLabel('Current passphrase').fill(PASSPHRASE)
  await change.getByRole('button', { name: 'Remove the lock' }).click()
  await expect(again.getByText('The app lock is removed.')).toBeVisible({ timeout: 20_000 })
  expect((await storedMeetings(page)).privateNotes).toContain(note)
})

test('the app lock closes the screens after the idle minutes set in Settings', async ({ page }) => {
  await page.clock.install()
  await loadDemoTeam(page)
  const privacy = await openPrivacy(page)
  const setLock = privacy.getByRole('form', { name: 'Set an app lock' })
  await setLock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await setLock.getByLabel('Type it again').fill(PASSPHRASE)
  await setLock.getByLabel(/Lock after/).fill('2')
  await setLock.getByRole('button', { name: 'Set the app lock' }).click()
  await expect(privacy.getByText(/locks after 2 minutes without use/)).toBeVisible({
    timeout: 20_000
  })
  await page.clock.fastForward('01:50')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.mouse.move(10, 10)
  await page.clock.fastForward('01:50')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.clock.fastForward('00:20')
  await expect(page.getByRole('heading', { name: 'Fieldbook is locked' })).toBeVisible()
})
