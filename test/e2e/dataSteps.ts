import { createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import Papa from 'papaparse'
import { expect, type Locator, type Page } from '@playwright/test'
import { historyTable, importButton, nav } from './importSteps'

/** Steps a manager takes in Settings → Your data (backup, restore, CSV exports). */

export const DEMO_REPS = [
  'Marcus Okafor',
  'Mei Chen',
  'Priya Raman',
  'Tomasz Nowak',
  'Diego Hernández',
  'Sofia Rossi',
  'Kevin Walsh',
  'Jamal Carter',
  'Aisha Bello',
  'Hannah Schmidt'
] as const

export async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
}

export function backupPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Backup and restore' })
}

export function csvPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Export as CSV' })
}

export interface Downloaded {
  /** The name the app suggested (what the browser saves it as). */
  name: string
  /** Where Playwright kept the downloaded bytes. */
  path: string
  bytes: Buffer
}

/** Clicks a button that saves a file through a download, and returns the file. */
export async function download(page: Page, button: Locator): Promise<Downloaded> {
  const event = page.waitForEvent('download')
  await button.click()
  const d = await event
  const path = await d.path()
  return { name: d.suggestedFilename(), path, bytes: await readFile(path) }
}

/** The passphrase the specs save browser backups with. */
export const E2E_PASSPHRASE = 'correct horse battery staple'

/**
 * Settings → "Save a backup…" with a passphrase typed twice (a browser always asks for one);
 * waits for the "Saved …" status and returns the downloaded (encrypted) file.
 */
export async function saveBackup(page: Page, options: { passphrase?: string } = {}) {
  const panel = backupPanel(page)
  const passphrase = options.passphrase ?? E2E_PASSPHRASE
  await panel.getByLabel('Backup passphrase').fill(passphrase)
  await panel.getByLabel('Passphrase again').fill(passphrase)
  const file = await download(page, panel.getByRole('button', { name: 'Save a backup…' }))
  await expect(panel.getByRole('status')).toHaveText(
    new RegExp(
      `^Saved “${escapeRegExp(file.name)}” \\([\\d,]+ records, encrypted with your passphrase\\)\\.$`
    ),
    { timeout: 30_000 }
  )
  return file
}

/**
 * Decrypts a backup file as docs/BACKUP-FORMAT.md describes, with Node's own crypto (not the
 * app's code): magic, version, header length, header (the AAD), AES-256-GCM with the tag last.
 * Plain JSON and gzip (older backups) are returned as they are.
 */
export function decryptBackup(
  bytes: Buffer,
  secret: { passphrase: string } | { key: Uint8Array } = { passphrase: E2E_PASSPHRASE }
): Buffer {
  if (bytes.subarray(0, 8).toString('latin1') !== 'FBKCRYPT') return bytes
  expect(bytes[8], 'format version').toBe(1)
  const headerEnd = 13 + bytes.readUInt32BE(9)
  const header = JSON.parse(bytes.subarray(13, headerEnd).toString('utf8')) as {
    keyKind: string
    iv: string
    salt?: string
    iterations?: number
  }
  const key =
    'key' in secret
      ? secret.key
      : pbkdf2Sync(
          secret.passphrase.normalize('NFC'),
          Buffer.from(header.salt ?? '', 'base64'),
          header.iterations ?? 0,
          32,
          'sha256'
        )
  const body = bytes.subarray(headerEnd)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'))
  decipher.setAAD(bytes.subarray(0, headerEnd))
  decipher.setAuthTag(body.subarray(body.length - 16))
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()])
}

/** The JSON inside a backup file: decrypted with the specs' passphrase, gzipped or not. */
export function parseBackup(bytes: Buffer, passphrase = E2E_PASSPHRASE): BackupJson {
  const content = decryptBackup(bytes, { passphrase })
  const text = (isGzip(content) ? gunzipSync(content) : content).toString('utf8')
  return JSON.parse(text) as BackupJson
}

export const isGzip = (bytes: Buffer): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

export interface BackupJson {
  format: string
  formatVersion: number
  schemaVersion: number
  app: { name: string; version: string }
  createdAt: string
  counts: Record<string, number>
  data: Record<string, Record<string, unknown>[]>
}

/** "Restore from a backup…" and picks the file (no waiting for the check). */
export async function pickBackup(page: Page, filePath: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await backupPanel(page).getByRole('button', { name: 'Restore from a backup…' }).click()
  await (await chooser).setFiles(filePath)
}

/** The passphrase question of a picked backup: types it and asks to open the file. */
export async function typeBackupPassphrase(page: Page, passphrase = E2E_PASSPHRASE) {
  const form = page.getByRole('form', { name: 'Passphrase for the backup' })
  await form.getByLabel('Passphrase').fill(passphrase)
  await form.getByRole('button', { name: 'Open the backup' }).click()
}

export function restoreConfirm(page: Page): Locator {
  return page.getByRole('group', { name: 'Confirm restore' })
}

/** Settings → "Reset workspace…" → "Yes, delete everything" → the welcome screen. */
export async function resetWorkspace(page: Page): Promise<void> {
  await openSettings(page)
  await page.getByRole('button', { name: 'Reset workspace…' }).click()
  await page
    .getByRole('group', { name: 'Confirm reset' })
    .getByRole('button', { name: 'Yes, delete everything' })
    .click()
  await expect(page.getByRole('heading', { name: 'Welcome to Fieldbook' })).toBeVisible()
}

export function teamTable(page: Page): Locator {
  return page.getByRole('table', { name: /team headline numbers/i })
}

/**
 * Every row of the Team table as text (rep, role · territory, attainment, closed-won of target,
 * open pipeline, open deals, activities, last 1:1), sorted by rep name.
 */
export async function teamNumbers(page: Page): Promise<string[]> {
  const rows = teamTable(page).getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  // Each rep's status is worked out after the numbers show: read the rows once it is.
  await expect(teamTable(page)).not.toContainText('Working it out…', { timeout: 30_000 })
  const texts = await rows.allInnerTexts()
  return texts
    .slice(1)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .sort()
}

/** The import history table's rows as text, or "No imports yet." */
export async function importHistory(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Import history', level: 2 })).toBeVisible()
  const empty = page.getByText('No imports yet.')
  if (await empty.isVisible()) return ['No imports yet.']
  const rows = historyTable(page).getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())
}

/** Clicks "Import N …" for a count written with thousands separators, and waits for it. */
export async function commitLargeImport(
  page: Page,
  fileName: string,
  writes: number,
  timeout = 120_000
): Promise<void> {
  const button = importButton(page)
  await expect(button).toHaveText(new RegExp(`^Import ${writes.toLocaleString('en-US')} `))
  await button.click()
  await expect(page.getByRole('status').filter({ hasText: `Imported “${fileName}”` })).toBeVisible({
    timeout
  })
}

export interface DealRow {
  id: string
  name: string
  stage: string
  amount: string
  close: string
  owner: string
  nextStep?: string
}

/**
 * A HubSpot deals export (the headers of test/fixtures/import/hubspot-deals.csv): dates are
 * DD/MM/YYYY with days above 12 so the order is settled by the file.
 */
export function hubspotCsv(rows: readonly DealRow[]): string {
  return Papa.unparse(
    {
      fields: [
        'Record ID',
        'Deal Name',
        'Deal Stage',
        'Pipeline',
        'Amount',
        'Close Date',
        'Create Date',
        'Deal owner',
        'Next step'
      ],
      data: rows.map((r) => [
        r.id,
        r.name,
        r.stage,
        'Sales Pipeline',
        r.amount,
        r.close,
        '14/01/2026',
        r.owner,
        r.nextStep ?? ''
      ])
    },
    { newline: '\r\n', escapeFormulae: false }
  )
}

/** `count` open HubSpot deals spread over the demo reps. */
export async function writeLargeDealsCsv(filePath: string, count: number, idBase = 70_000_000) {
  const stages = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled']
  const rows: DealRow[] = []
  for (let i = 0; i < count; i++) {
    rows.push({
      id: String(idBase + i),
      name: `Bulk Account ${i} - Expansion`,
      stage: stages[i % stages.length] ?? 'appointmentscheduled',
      amount: String(1_000 + (i % 97) * 25),
      close: `${String(13 + (i % 15))}/0${String(7 + (i % 3))}/2026`,
      owner: DEMO_REPS[i % DEMO_REPS.length] ?? 'Mei Chen',
      nextStep: 'Call back'
    })
  }
  await writeFile(filePath, hubspotCsv(rows))
}

/** A CSV download (with the BOM Excel wants) → header and rows, every cell as text. */
export function parseCsv(bytes: Buffer): { header: string[]; rows: Record<string, string>[] } {
  const text = bytes.toString('utf8')
  expect(text.startsWith('\uFEFF'), 'CSV starts with a UTF-8 byte order mark').toBe(true)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true
  })
  expect(parsed.errors, 'CSV parse errors').toEqual([])
  return { header: parsed.meta.fields ?? [], rows: parsed.data }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
