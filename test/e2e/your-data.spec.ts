import { writeFile } from 'node:fs/promises'
import { gunzipSync, gzipSync } from 'node:zlib'
import { expectAccessible, expect, loadDemoTeam, test } from './fixtures'
import {
  DEMO_REPS,
  backupPanel,
  csvPanel,
  download,
  hubspotCsv,
  isGzip,
  openSettings,
  decryptBackup,
  parseBackup,
  parseCsv,
  pickBackup,
  resetWorkspace,
  restoreConfirm,
  saveBackup,
  typeBackupPassphrase,
  teamNumbers,
  teamTable
} from './dataSteps'
import {
  commitImport,
  expectReviewCounts,
  openImport,
  openTeam,
  previewFile,
  shot,
  startOwnTeam,
  teamRow
} from './importSteps'

/** Tables a backup holds besides settings and defaults: compared with what the app shows. */
const TABLES = [
  'settings',
  'salesProcesses',
  'roles',
  'expectationSets',
  'reps',
  'opportunities',
  'opportunitySnapshots',
  'activities',
  'imports',
  'importMappings',
  'manualMeasures',
  'checklistTemplates',
  'observations',
  'rolePlayScenarios',
  'developmentAssessments',
  'oneOnOnes',
  'actionItems',
  'recognitions',
  'plans',
  'planMilestones',
  'checkIns',
  'planAuditLog'
]

test('a backup of the demo team is encrypted with the passphrase and holds every table', async ({
  page
}) => {
  await loadDemoTeam(page)
  await openSettings(page)
  const panel = backupPanel(page)
  // A browser has no keychain: every backup it saves asks for a passphrase, typed twice.
  await expect(panel.getByRole('radio')).toHaveCount(0)
  await panel.getByLabel('Backup passphrase').fill('too short')
  await panel.getByLabel('Passphrase again').fill('too short')
  await panel.getByRole('button', { name: 'Save a backup…' }).click()
  await expect(panel.getByRole('alert')).toHaveText(
    'The backup was not saved: The passphrase needs at least 10 characters (it has 9). A few unrelated words are easy to remember.'
  )
  await panel.getByLabel('Backup passphrase').fill('long enough passphrase')
  await panel.getByLabel('Passphrase again').fill('long enough passphrose')
  await panel.getByRole('button', { name: 'Save a backup…' }).click()
  await expect(panel.getByRole('alert')).toHaveText(
    'The backup was not saved: The two passphrases are not the same. Type it again in both boxes.'
  )

  const plain = await saveBackup(page)
  expect(plain.name).toMatch(/^fieldbook-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.fieldbook$/)
  // The file: the envelope's magic bytes, a header naming the key derivation, then ciphertext.
  expect(plain.bytes.subarray(0, 8).toString('latin1')).toBe('FBKCRYPT')
  const headerEnd = 13 + plain.bytes.readUInt32BE(9)
  expect(JSON.parse(plain.bytes.subarray(13, headerEnd).toString('utf8'))).toMatchObject({
    keyKind: 'passphrase',
    kdf: 'PBKDF2-SHA-256',
    iterations: 600_000,
    cipher: 'AES-256-GCM'
  })
  for (const name of DEMO_REPS) expect(plain.bytes.includes(Buffer.from(name))).toBe(false)
  expect(isGzip(decryptBackup(plain.bytes))).toBe(true)
  // The passphrase fields are emptied once the backup is saved.
  await expect(panel.getByLabel('Backup passphrase')).toHaveValue('')
  const backup = parseBackup(plain.bytes)
  expect(backup.format).toBe('fieldbook-backup')
  expect(backup.formatVersion).toBe(1)
  expect(backup.schemaVersion).toBe(5)
  expect(backup.app.name).toBe('Fieldbook')
  expect(Date.parse(backup.createdAt)).not.toBeNaN()
  expect(Object.keys(backup.data).sort()).toEqual([...TABLES].sort())
  // The counts are a cross-check on restore: each equals the records the table holds.
  for (const table of TABLES) {
    expect(backup.counts[table], `counts.${table}`).toBe(backup.data[table]?.length)
  }
  expect(backup.counts['reps']).toBe(10)
  expect(backup.counts['settings']).toBe(1)
  expect(backup.counts['opportunities']).toBeGreaterThan(0)
  expect(backup.counts['observations']).toBeGreaterThan(0)
  expect(backup.counts['oneOnOnes']).toBeGreaterThan(0)
  expect(backup.counts['imports']).toBe(0)
  const names = (backup.data['reps'] ?? []).map((r) => r['name'])
  expect(names.sort()).toEqual([...DEMO_REPS].sort())
  // Every observation points at a rep in the same file.
  const repIds = new Set((backup.data['reps'] ?? []).map((r) => r['id']))
  for (const o of backup.data['observations'] ?? []) expect(repIds).toContain(o['repId'])
  // The status counts every record in the file.
  const records = TABLES.reduce((n, t) => n + (backup.counts[t] ?? 0), 0)
  await expect(panel.getByRole('status')).toHaveText(
    `Saved “${plain.name}” (${records.toLocaleString('en-US')} records, encrypted with your passphrase).`
  )
  // Inside: indented JSON, readable by a person once decrypted and unzipped.
  expect(gunzipSync(decryptBackup(plain.bytes)).toString('utf8')).toMatch(
    /^\{\n {2}"format": "fieldbook-backup",\n/
  )
  // The browser panel now remembers the backup.
  await expect(page.getByRole('region', { name: 'This browser’s storage' })).toContainText(
    'Last backup saved'
  )
})

/** A count as the screens write it: 11,821. */
const n = (count: number | undefined) => (count ?? 0).toLocaleString('en-US')

test('backup, reset, restore into a new workspace: the demo team comes back with the same numbers', async ({
  page
}, testInfo) => {
  await loadDemoTeam(page)
  const before = await teamNumbers(page)
  expect(before).toHaveLength(10)
  // Read two rows as a person would: attainment, closed-won of target, pipeline, open deals.
  const marcusBefore = (await teamRow(page, 'Marcus Okafor').textContent()) ?? ''
  const meiBefore = (await teamRow(page, 'Mei Chen').textContent()) ?? ''
  expect(marcusBefore).toMatch(/\d+%\$[\d,]+ of \$[\d,]+\$[\d,]+\d+ open/)

  await openSettings(page)
  const saved = await saveBackup(page)
  const backupPath = testInfo.outputPath(saved.name)
  await writeFile(backupPath, saved.bytes)
  const counts = parseBackup(saved.bytes).counts

  await resetWorkspace(page)
  await startOwnTeam(page)
  await expect(page.getByText('No reps yet.')).toBeVisible()

  await openSettings(page)
  await pickBackup(page, backupPath)
  await typeBackupPassphrase(page)
  const confirm = restoreConfirm(page)
  await expect(confirm).toBeVisible()
  await expect(confirm).toContainText('This backup is encrypted with a passphrase.')
  await expect(confirm).toContainText(`“${saved.name}” is a backup made`)
  await expect(confirm).toContainText('by Fieldbook')
  await expect(confirm).toContainText(
    `It holds 10 reps, ${n(counts['opportunities'])} opportunities, ${n(counts['activities'])} activities, ${n(counts['observations'])} observations, ${n(counts['oneOnOnes'])} one-on-ones, ${n(counts['plans'])} plans.`
  )
  await expect(confirm).toContainText('Restoring replaces everything in this workspace.')
  await page.screenshot(shot('your-data-restore-confirm'))
  await expectAccessible(page)

  // Cancel first: nothing changes.
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  await openTeam(page)
  await expect(page.getByText('No reps yet.')).toBeVisible()

  await openSettings(page)
  await pickBackup(page, backupPath)
  await typeBackupPassphrase(page)
  await restoreConfirm(page).getByRole('button', { name: 'Yes, replace this workspace' }).click()
  await expect(backupPanel(page).getByRole('status')).toHaveText(/^Restored the backup of .+\.$/, {
    timeout: 30_000
  })
  await expect(restoreConfirm(page)).toHaveCount(0)
  // The restored workspace is the demo: Settings says so.
  await expect(page.getByRole('definition').filter({ hasText: 'Demo team' })).toBeVisible()

  await openTeam(page)
  await expect(teamTable(page).getByRole('row')).toHaveCount(11)
  expect(await teamNumbers(page)).toEqual(before)
  await expect(teamRow(page, 'Marcus Okafor')).toHaveText(marcusBefore)
  await expect(teamRow(page, 'Mei Chen')).toHaveText(meiBefore)
})

test('malformed backups are refused with what is wrong, and the workspace stays as it was', async ({
  page
}, testInfo) => {
  await loadDemoTeam(page)
  const before = await teamNumbers(page)
  await openSettings(page)
  const saved = await saveBackup(page)
  // Backups older versions wrote: plain JSON (what the encrypted file holds) and gzip of it.
  const plain = gunzipSync(decryptBackup(saved.bytes))
  const text = plain.toString('utf8')
  const good = parseBackup(saved.bytes)

  const future = structuredClone(good)
  future.schemaVersion = 99
  const dangling = structuredClone(good)
  const observation = dangling.data['observations']?.[0] ?? {}
  observation['repId'] = 'rep-that-does-not-exist'
  const observationId = String(observation['id'])

  const cases: { file: string; bytes: string | Buffer; problem: string | RegExp }[] = [
    {
      file: 'cut-off.json',
      bytes: plain.subarray(0, Math.floor(plain.length * 0.6)),
      problem:
        'cut-off.json: the file ends early; it may be truncated (copied or downloaded only in part).'
    },
    {
      file: 'from-the-future.json',
      bytes: JSON.stringify(future, null, 2),
      problem:
        'from-the-future.json was made by a newer version of Fieldbook (schema v99); update Fieldbook to restore it'
    },
    {
      file: 'edited.json',
      bytes: JSON.stringify(dangling, null, 2),
      problem: `observations[0] (id ${observationId}): repId "rep-that-does-not-exist" is not a rep in this backup`
    },
    {
      file: 'not-a-backup.json',
      bytes: JSON.stringify({ reps: good.data['reps'] }),
      problem:
        'not-a-backup.json is not a Fieldbook backup: it is JSON, but without the "format": "fieldbook-backup" marker a backup starts with.'
    },
    {
      file: 'notes.json',
      bytes: 'Reps: Marcus, Mei\nBackup? no\n',
      problem:
        /^notes\.json is not a Fieldbook backup: it is not valid JSON \(.+ at line 1, column 1\)\.$/
    },
    {
      file: 'cut-off.json.gz',
      bytes: gzipSync(plain).subarray(0, 4000),
      problem:
        'cut-off.json.gz: the file ends early; it may be truncated (copied or downloaded only in part).'
    },
    { file: 'empty.json', bytes: '', problem: 'empty.json is empty (0 bytes).' },
    {
      file: 'cut-short.fieldbook',
      bytes: saved.bytes.subarray(0, 20),
      problem:
        'cut-short.fieldbook: the file ends early; it may be truncated (copied or downloaded only in part).'
    },
    {
      file: 'newer.fieldbook',
      bytes: Buffer.concat([saved.bytes.subarray(0, 8), Buffer.from([2]), saved.bytes.subarray(9)]),
      problem:
        'newer.fieldbook was made by a newer version of Fieldbook (a newer encrypted format); update Fieldbook to restore it.'
    }
  ]
  expect(text.length).toBeGreaterThan(1000)

  const panel = backupPanel(page)
  for (const c of cases) {
    const filePath = testInfo.outputPath(c.file)
    await writeFile(filePath, c.bytes)
    await pickBackup(page, filePath)
    const alert = panel.getByRole('alert')
    await expect(alert.getByRole('paragraph')).toHaveText(
      `“${c.file}” cannot be restored; nothing was changed.`
    )
    const problems = alert.getByRole('listitem')
    if (typeof c.problem === 'string')
      await expect(problems.filter({ hasText: c.problem })).toHaveCount(1)
    else await expect(problems.first()).toHaveText(c.problem)
    await expect(restoreConfirm(page)).toHaveCount(0)
    if (c.file === 'edited.json') {
      // Only the edited record is named: table, index, id, field and value.
      await expect(problems).toHaveCount(1)
      await page.screenshot(shot('your-data-malformed-backup'))
      await expectAccessible(page)
    }
  }

  await openTeam(page)
  expect(await teamNumbers(page)).toEqual(before)
  await openSettings(page)
  await expect(page.getByRole('definition').filter({ hasText: 'Demo team' })).toBeVisible()
})

const money = (dollars: number) =>
  `$${Math.round(dollars).toLocaleString('en-US', { maximumFractionDigits: 0 })}`

test('CSV exports match the screens, and text that a spreadsheet would run is defused', async ({
  page
}, testInfo) => {
  test.setTimeout(90_000)
  await loadDemoTeam(page)

  // Deals whose text starts like a formula, imported the way a manager would.
  const formulas = testInfo.outputPath('formula-deals.csv')
  await writeFile(
    formulas,
    hubspotCsv([
      {
        id: '88000001',
        name: '=HYPERLINK("http://x","y")',
        stage: 'appointmentscheduled',
        amount: '5000',
        close: '28/08/2026',
        owner: 'Mei Chen',
        nextStep: '=1+1'
      },
      {
        id: '88000002',
        name: '+1',
        stage: 'qualifiedtobuy',
        amount: '7000',
        close: '27/08/2026',
        owner: 'Mei Chen',
        nextStep: '@SUM(A1)'
      },
      {
        id: '88000003',
        name: '-2',
        stage: 'appointmentscheduled',
        amount: '3000',
        close: '26/08/2026',
        owner: 'Priya Raman',
        nextStep: '-call back'
      },
      {
        id: '88000004',
        name: '@SUM(A1)',
        stage: 'appointmentscheduled',
        amount: '1000',
        close: '25/08/2026',
        owner: '-Dash Owner'
      }
    ])
  )
  await openImport(page)
  await previewFile(page, formulas)
  await expect(page.getByLabel('Exported from')).toHaveValue('hubspot')
  await expectReviewCounts(page, { New: 4, Updated: 0, Unchanged: 0, Skipped: 0, Rejected: 0 })
  await commitImport(page, 'formula-deals.csv', 4)

  // What the screens show for Mei Chen.
  await openTeam(page)
  await expect(teamTable(page).getByRole('row')).toHaveCount(12)
  const meiPipeline = teamRow(page, 'Mei Chen').getByRole('cell').nth(1)
  // "$123,456" then "7 open" in a note: read the note, the amount is what precedes it.
  const openNote = (await meiPipeline.getByText(/^\d+ open$/).textContent()) ?? ''
  const meiOpen = openNote.replace(' open', '')
  const meiAmount = ((await meiPipeline.textContent()) ?? '').replace(openNote, '')
  expect(meiAmount).toMatch(/^\$[\d,]+$/)
  await teamRow(page, 'Mei Chen').getByRole('link', { name: 'Mei Chen' }).click()
  await expect(page.getByRole('heading', { name: 'Mei Chen', level: 1 })).toBeVisible()
  const subtitle = (await page.getByText(/ · started /).textContent()) ?? ''
  const meiEmail = /· (\S+@\S+)$/.exec(subtitle)?.[1] ?? 'no email on the rep page'
  const largest = page
    .getByRole('region', { name: 'Largest open opportunities' })
    .getByRole('row')
    .nth(1)
  const largestName =
    (await largest.getByRole('rowheader').evaluate((th) => th.firstChild?.textContent)) ?? ''
  const largestAmount = (await largest.getByRole('cell').nth(1).textContent()) ?? ''
  const item = page.getByRole('region', { name: 'Open action items' }).getByRole('listitem').first()
  const itemText = ((await item.textContent()) ?? '').replace(/\s*\((rep|you), due .+\)$/, '')

  await openSettings(page)
  const panel = csvPanel(page)
  const exports = page.getByRole('group', { name: 'CSV exports' })
  const day = new Date().toISOString().slice(0, 10)
  const files: Record<string, ReturnType<typeof parseCsv>> = {}
  for (const [label, file] of [
    ['Reps', 'reps'],
    ['Opportunities', 'opportunities'],
    ['Activities', 'activities'],
    ['Observations', 'observations'],
    ['1:1 commitments', 'commitments']
  ] as const) {
    const saved = await download(page, exports.getByRole('button', { name: label, exact: true }))
    expect(saved.name).toBe(`fieldbook-${file}-${day}.csv`)
    await expect(panel.getByRole('status')).toHaveText(`Saved “${saved.name}”.`)
    // RFC 4180 line endings.
    expect(saved.bytes.toString('utf8')).toContain('\r\n')
    files[file] = parseCsv(saved.bytes)
  }
  const team = [...DEMO_REPS, "'-Dash Owner"]

  const reps = files['reps'] ?? { header: [], rows: [] }
  expect(reps.header).toEqual([
    'Name',
    'Email',
    'Role',
    'Start date',
    'Ramp (months)',
    'Territory',
    '1:1 every (days)',
    'Active',
    'CRM names'
  ])
  expect(reps.rows.map((r) => r['Name']).sort()).toEqual([...team].sort())
  const mei = reps.rows.find((r) => r['Name'] === 'Mei Chen')
  expect(mei?.['Email']).toBe(meiEmail)
  expect(mei?.['Role']).toBe('Account Executive')
  expect(mei?.['Active']).toBe('yes')
  expect(mei?.['CRM names']).toContain(meiEmail)
  expect(mei?.['Start date']).toMatch(/^\d{4}-\d\d-\d\d$/)

  const opps = files['opportunities'] ?? { header: [], rows: [] }
  expect(opps.header).toEqual([
    'Opportunity',
    'Account',
    'Rep',
    'CRM owner',
    'Stage',
    'CRM stage',
    'Status',
    'Amount',
    'Currency',
    'Created',
    'Close date',
    'Next step',
    'Last activity',
    'CRM id'
  ])
  // Mei's open deals add up to the Team screen's open pipeline and count.
  const meiOpenRows = opps.rows.filter((r) => r['Rep'] === 'Mei Chen' && r['Status'] === 'Open')
  expect(String(meiOpenRows.length)).toBe(meiOpen)
  expect(money(meiOpenRows.reduce((n, r) => n + Number(r['Amount']), 0))).toBe(meiAmount)
  const largestRow = opps.rows.find((r) => r['Opportunity'] === largestName)
  expect(largestRow?.['Rep']).toBe('Mei Chen')
  expect(money(Number(largestRow?.['Amount']))).toBe(largestAmount)
  expect(largestRow?.['Currency']).toBe('USD')
  // (One assertion per column, not per cell: an expect per cell of thousands is slow.)
  expect(new Set(opps.rows.map((r) => r['Status']))).toEqual(new Set(['Open', 'Won', 'Lost']))

  // Formula injection: each cell starting with = + - @ is written with a leading '.
  const byCrmId = (id: string) => opps.rows.find((r) => r['CRM id'] === id) ?? {}
  expect(byCrmId('88000001')['Opportunity']).toBe(`'=HYPERLINK("http://x","y")`)
  expect(byCrmId('88000001')['Next step']).toBe(`'=1+1`)
  expect(byCrmId('88000002')['Opportunity']).toBe(`'+1`)
  expect(byCrmId('88000002')['Next step']).toBe(`'@SUM(A1)`)
  expect(byCrmId('88000003')['Opportunity']).toBe(`'-2`)
  expect(byCrmId('88000003')['Next step']).toBe(`'-call back`)
  expect(byCrmId('88000004')['Opportunity']).toBe(`'@SUM(A1)`)
  expect(byCrmId('88000004')['Rep']).toBe(`'-Dash Owner`)
  expect(byCrmId('88000004')['CRM owner']).toBe(`'-Dash Owner`)
  // Numbers stay numbers.
  expect(byCrmId('88000002')['Amount']).toBe('7000')
  const live = Object.values(files)
    .flatMap((f) => f.rows)
    .flatMap((r) => Object.values(r))
    .filter((cell) => /^[=+@\t\r]/.test(cell))
  expect(live, 'cells a spreadsheet would run').toEqual([])

  const activities = files['activities'] ?? { header: [], rows: [] }
  expect(activities.header).toEqual([
    'Date',
    'Rep',
    'CRM owner',
    'Type',
    'Subject',
    'Opportunity',
    'Duration (minutes)',
    'Next step agreed',
    'CRM id'
  ])
  expect(activities.rows.length).toBeGreaterThan(100)
  expect(new Set(activities.rows.map((r) => r['Type']))).toEqual(
    new Set(['Call', 'Email', 'Meeting', 'Task'])
  )
  expect(new Set(activities.rows.map((r) => r['Rep']))).toEqual(new Set(DEMO_REPS))
  expect(activities.rows.filter((r) => !/^\d{4}-\d\d-\d\d$/.test(r['Date'] ?? ''))).toEqual([])

  const observations = files['observations'] ?? { header: [], rows: [] }
  expect(observations.header.slice(0, 9)).toEqual([
    'Date',
    'Rep',
    'Kind',
    'Stage',
    'Status',
    'Score (%)',
    'Must criteria met',
    'Must criteria not met',
    'Checklist'
  ])
  expect(new Set(observations.rows.map((r) => r['Must criteria met']))).toEqual(
    new Set(['yes', 'no'])
  )
  expect(observations.rows.length).toBeGreaterThan(0)
  expect(new Set(observations.rows.map((r) => r['Kind']))).toEqual(
    new Set(['Ride-along', 'Call review', 'Role-play'])
  )
  expect(
    observations.rows.filter((r) => !(DEMO_REPS as readonly string[]).includes(r['Rep'] ?? ''))
  ).toEqual([])
  const scores = observations.rows.map((r) => r['Score (%)']).filter((v) => v !== '')
  expect(scores.length).toBeGreaterThan(0)
  expect(scores.filter((v) => !(Number(v) >= 0 && Number(v) <= 100))).toEqual([])

  const commitments = files['commitments'] ?? { header: [], rows: [] }
  expect(commitments.header).toEqual([
    'Rep',
    'Owner',
    'Commitment',
    'Due date',
    'Status',
    'Completed on',
    'From 1:1 on'
  ])
  // The first open action item on Mei's page is an open commitment of hers.
  expect(itemText.length).toBeGreaterThan(3)
  expect(
    commitments.rows.filter(
      (r) => r['Rep'] === 'Mei Chen' && r['Commitment'] === itemText && r['Status'] === 'Open'
    )
  ).not.toHaveLength(0)
  expect(new Set(commitments.rows.map((r) => r['Owner']))).toEqual(new Set(['Rep', 'Manager']))
  expect(
    commitments.rows.filter((r) => !['Open', 'Done', 'Dropped'].includes(r['Status'] ?? ''))
  ).toEqual([])
  await expectAccessible(page)
})
