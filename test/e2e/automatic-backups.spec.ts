import { expect, expectAccessible, loadDemoTeam, test } from './fixtures'

/**
 * Automatic backups live in Electron's main process, which cannot run here (main's side is
 * tested in Node, test/main/backup). This spec gives the page a stand-in for the preload API
 * (the same `window.fieldbook` shape, keeping files in memory) so the real Settings panel and
 * the real Electron platform adapter are exercised end to end in Chromium.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    type Stored = {
      id: string
      reason: string
      size: number
      createdAt: string
      compressed: boolean
    }
    const files = new Map<string, { meta: Stored; bytes: Uint8Array }>()
    const listeners = new Map<string, Set<(payload: unknown) => void>>()
    const ok = <T>(data: T) => Promise.resolve({ ok: true as const, data })
    let tick = 0
    const api = {
      appInfo: () =>
        ok({
          name: 'Fieldbook',
          version: '0.1.0',
          platform: 'linux',
          electron: '45',
          userDataPath: '/home/m/.config/Fieldbook'
        }),
      backupStore: (input: { reason: string; bytes: Uint8Array; compressed: boolean }) => {
        const createdAt = new Date(Date.now() + ++tick).toISOString()
        const id = `fieldbook-${createdAt.replace(/[:.]/g, '-')}-${input.reason}.json${input.compressed ? '.gz' : ''}`
        const meta = {
          id,
          reason: input.reason,
          size: input.bytes.byteLength,
          createdAt,
          compressed: input.compressed
        }
        files.set(id, { meta, bytes: input.bytes })
        return ok(meta)
      },
      backupList: () => ok([...files.values()].map((f) => f.meta).reverse()),
      backupRead: ({ id }: { id: string }) => {
        const file = files.get(id)
        return file
          ? ok({ id, bytes: file.bytes })
          : Promise.resolve({ ok: false as const, error: 'No such backup.' })
      },
      backupRevealFolder: () => ok({ opened: true }),
      // Main keeps the reminder timers; this stand-in only acknowledges the list.
      remindersSchedule: (input: { reminders: unknown[] }) =>
        ok({ scheduled: input.reminders.length }),
      fileOpen: () => ok({ canceled: true }),
      fileSave: () => ok({ canceled: true }),
      importRead: () => ok({ canceled: true }),
      importCancel: () => ok({ cancelled: false }),
      shellOpenExternal: () => ok({ opened: false }),
      on: (event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set()
        set.add(listener)
        listeners.set(event, set)
        return () => set.delete(listener)
      }
    }
    Object.assign(globalThis, {
      fieldbook: api,
      // What main does when the daily backup is due.
      emitFromMain: (event: string, payload: unknown) =>
        listeners.get(event)?.forEach((l) => l(payload))
    })
  })
})

test('automatic backups: back up now, a scheduled one, then restore one and lose later changes', async ({
  page
}) => {
  await loadDemoTeam(page)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  const panel = page.getByRole('region', { name: 'Automatic backups' })
  await expect(panel.getByText('No automatic backups yet.')).toBeVisible()
  // In Electron the browser-storage panel is not shown: the data folder is never evicted.
  await expect(page.getByRole('heading', { name: 'This browser’s storage' })).toHaveCount(0)

  await panel.getByRole('button', { name: 'Back up now' }).click()
  await expect(panel.getByRole('status')).toHaveText('Backup written to the backups folder.')
  const rows = panel
    .getByRole('table', { name: /Backups in the app’s data folder/ })
    .getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Made here')

  // Main says the daily backup is due: the page writes one.
  await page.evaluate(() =>
    (globalThis as unknown as { emitFromMain(e: string, p: unknown): void }).emitFromMain(
      'backup:due',
      {
        reason: 'scheduled'
      }
    )
  )
  await panel.getByRole('button', { name: 'Back up now' }).click()
  await expect(rows).toHaveCount(4)
  await expect(panel.getByRole('cell', { name: 'Daily' })).toBeVisible()

  // A change after the backups: a manual measure with a note.
  await nav.getByRole('link', { name: 'Import' }).click()
  const form = page.getByRole('form', { name: 'Enter a measure' })
  await form.getByLabel('Measure').selectOption('teamwork')
  await form.getByLabel('Value').fill('4')
  await form.getByLabel('Note').fill('Covered the Henderson demo')
  await form.getByRole('button', { name: 'Save measure' }).click()
  await expect(page.getByRole('cell', { name: 'Covered the Henderson demo' })).toBeVisible()

  // Restore the oldest backup ("Made here", taken before the measure).
  await nav.getByRole('link', { name: 'Settings' }).click()
  await rows.last().getByRole('button', { name: 'Restore…' }).click()
  const confirm = panel.getByRole('group', { name: 'Confirm restore' })
  await expect(confirm).toContainText('It holds 10 reps')
  await expectAccessible(page)
  await confirm.getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(panel.getByRole('status')).toContainText('Restored the backup of')
  await nav.getByRole('link', { name: 'Import' }).click()
  await expect(page.getByRole('heading', { name: 'Manual measures' })).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Covered the Henderson demo' })).toHaveCount(0)
})
