import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  backupPanel,
  openSettings,
  pickBackup,
  restoreConfirm,
  saveBackup,
  typeBackupPassphrase
} from './dataSteps'
import { pdfText, sha256Of } from './documents'
import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

const CONCERN = 'Customer activity well below the role standard'

async function exportPacket(page: Page) {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Packet as PDF' }).click()
  return event
}

/** Verify a document with the file at `path`; returns the result region. */
async function verify(page: Page, path: string) {
  await page.goto('/#/plans')
  await page.getByRole('link', { name: 'Verify a document' }).click()
  await expect(page.getByRole('heading', { name: 'Verify a document', level: 1 })).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Choose a PDF or DOCX…' }).click()
  await (await chooser).setFiles(path)
  return page.getByRole('status', { name: 'Result' })
}

test('an exported packet is logged with its file hash, verified by its bytes, and a record changed behind the app’s back shows its break', async ({
  page
}) => {
  test.setTimeout(180_000)
  const dir = await mkdtemp(join(tmpdir(), 'fieldbook-record-'))
  await loadDemoTeam(page)

  // A new PIP draft for Jamal Carter.
  await page.getByRole('link', { name: 'Jamal Carter' }).first().click()
  const repId = /#\/team\/([^/?]+)/.exec(page.url())?.[1] ?? ''
  const query = new URLSearchParams({ kind: 'pip', repId, concern: CONCERN, metric: 'activities' })
  await page.goto(`/#/plans/new?${query.toString()}`)
  await page.getByLabel('HR contact', { exact: true }).fill('Dana Whitfield, HR business partner')
  await page.getByRole('button', { name: 'Save draft' }).click()
  const title = page.getByRole('heading', { name: /^PIP: /, level: 1 })
  await expect(title).toBeVisible()
  const planUrl = page.url()
  const planId = decodeURIComponent(/#\/plans\/([^/?]+)/.exec(planUrl)?.[1] ?? '')
  await expect(page.getByText(/^Record of changes: \d+ (entry|entries), unbroken\.$/)).toBeVisible()

  // Export the packet: the downloaded file's own SHA-256 is on the plan page.
  const packet = await exportPacket(page)
  const hash = await sha256Of(packet)
  const packetPath = join(dir, packet.suggestedFilename())
  await packet.saveAs(packetPath)
  const files = page.getByRole('table', { name: 'Exported files' })
  await expect(files.getByRole('row').filter({ hasText: hash })).toContainText(
    `PIP packet (PDF)${packet.suggestedFilename()}${hash}`
  )
  await expect(
    page
      .getByRole('region', { name: 'Record of changes' })
      .getByText(
        `Exported the PIP packet as PDF (“${packet.suggestedFilename()}”); SHA-256 ${hash}.`
      )
  ).toBeVisible()
  await expectAccessible(page)

  // Verify a document: the packet names its plan; one byte changed matches nothing.
  const result = await verify(page, packetPath)
  await expect(result).toContainText(hash)
  await expect(result).toContainText(
    /This is the PIP packet for Jamal Carter’s plan “.+”, .+ to .+, exported as PDF on .+ by /
  )
  await expect(result.getByRole('link', { name: 'Open the plan' })).toBeVisible()
  await expectAccessible(page)
  const bytes = await readFile(packetPath)
  const middle = Math.floor(bytes.length / 2)
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x01
  const changedPath = join(dir, 'changed.pdf')
  await writeFile(changedPath, bytes)
  const changed = await verify(page, changedPath)
  await expect(changed).toContainText(
    'This file matches no document exported from this workspace. It may have been changed after export, or exported from another workspace.'
  )
  await expect(changed).not.toContainText(hash)

  // Change the plan's first entry straight in IndexedDB, past every guard of the app.
  const rewritten = await page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('fieldbook')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('planAuditLog', 'readwrite')
          const store = tx.objectStore('planAuditLog')
          const all = store.getAll()
          all.onsuccess = () => {
            const entries = (all.result as { planId: string; at: string; summary: string }[])
              .filter((e) => e.planId === id)
              .sort((a, b) => (a.at < b.at ? -1 : 1))
            const first = entries[0]
            if (!first) return reject(new Error('no entry'))
            store.put({ ...first, summary: 'PIP created as a draft after HR agreed' })
          }
          tx.oncomplete = () => {
            open.result.close()
            resolve('ok')
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    planId
  )
  expect(rewritten).toBe('ok')

  // Reopen the plan: the break is shown, with the entry and what is wrong.
  await page.goto(planUrl)
  await page.reload()
  const warning = page.getByRole('alert').filter({ hasText: 'The record of changes is broken' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText(/BROKEN in 1 place/)
  await expect(warning).toContainText(
    /Entry 1 \(.+ UTC, “PIP created as a draft after HR agreed”\) was changed after it was written: its content no longer matches its hash\./
  )
  await expectAccessible(page)

  // The packet exported now prints the break.
  const text = (await pdfText(await exportPacket(page))).replace(/\s+/g, ' ')
  expect(text).toContain('Record of changes: BROKEN in 1 place when this document was made')
  expect(text).toContain('Warning: the record of changes is BROKEN in 1 place.')
  expect(text).toMatch(
    /Entry 1 \(.+ UTC, “PIP created as a draft after HR agreed”\) was changed after it was written: its content no longer matches its hash\./
  )

  // A backup of it, restored: the confirmation names the broken plan, the restore keeps the
  // record as the file has it, and the plan still shows the break.
  await openSettings(page)
  const backup = await saveBackup(page)
  const backupPath = join(dir, backup.name)
  await writeFile(backupPath, backup.bytes)
  await pickBackup(page, backupPath)
  await typeBackupPassphrase(page)
  const confirm = restoreConfirm(page)
  await expect(confirm.getByRole('alert')).toContainText(
    'The record of changes of 1 plan in this backup is broken'
  )
  await expect(confirm.getByRole('alert')).toContainText(
    /Jamal Carter’s PIP “.+”: Entry 1 \(.+“PIP created as a draft after HR agreed”\) was changed after it was written/
  )
  await expectAccessible(page)
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(backupPanel(page).getByRole('status')).toHaveText(/^Restored the backup of .+\.$/, {
    timeout: 30_000
  })
  await page.goto(planUrl)
  await expect(
    page.getByRole('alert').filter({ hasText: 'The record of changes is broken' })
  ).toContainText('“PIP created as a draft after HR agreed”) was changed after it was written')
})
