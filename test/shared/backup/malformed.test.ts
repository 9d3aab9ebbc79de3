import { describe, expect, it } from 'vitest'
import {
  BackupReadError,
  createBackupFile,
  decodeBackup,
  encodeBackup,
  findJsonSyntaxProblem,
  validateBackup,
  type BackupFile
} from '../../../src/shared/backup'
import type { WorkspaceData } from '../../../src/shared/domain'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/upgrades'
import { dropDangling, NOW, smallDemo } from './support'

const utf8 = (s: string) => new TextEncoder().encode(s)
const file = (data = smallDemo(5, '2026-11-23')) =>
  createBackupFile(data, { appVersion: '0.1.0', createdAt: NOW })
/** The file as JSON a person could have edited. */
const asJson = (f: BackupFile) =>
  JSON.parse(JSON.stringify(f)) as BackupFile & Record<string, unknown>

async function readError(bytes: Uint8Array, name = 'backup.json'): Promise<BackupReadError> {
  try {
    await decodeBackup(bytes, name)
  } catch (e) {
    if (e instanceof BackupReadError) return e
    throw e
  }
  throw new Error('decodeBackup accepted the file')
}

function problems(raw: unknown): string[] {
  const result = validateBackup(raw, 'backup.json')
  if (result.ok) throw new Error('validateBackup accepted the file')
  return result.problems
}

describe('decodeBackup', () => {
  it('refuses an empty file', async () => {
    const e = await readError(new Uint8Array())
    expect(e.problem).toBe('empty')
    expect(e.message).toBe('backup.json is empty (0 bytes).')
    expect((await readError(utf8(' \n'))).problem).toBe('empty')
  })

  it('says a file cut short is truncated, plain or gzipped', async () => {
    const plain = await encodeBackup(file(), { compress: false })
    for (const cut of [plain.length - 2, Math.floor(plain.length / 2), 1]) {
      const e = await readError(plain.subarray(0, cut))
      expect(e.problem, `cut at ${cut}`).toBe('truncated')
      expect(e.message).toMatch(/the file ends early; it may be truncated/)
    }
    const gz = await encodeBackup(file(), { compress: true })
    for (const cut of [gz.length - 4, Math.floor(gz.length / 2), 12]) {
      const e = await readError(gz.subarray(0, cut), 'backup.json.gz')
      expect(e.problem, `gzip cut at ${cut}`).toBe('truncated')
      expect(e.message).toMatch(/^backup\.json\.gz: the file ends early; it may be truncated/)
    }
  })

  it('says a file cut inside a multi-byte character is truncated, not binary', async () => {
    const bytes = utf8('{"format": "fieldbook-backup", "x": "Zoë 🙂')
    expect((await readError(bytes.subarray(0, bytes.length - 2))).problem).toBe('truncated')
  })

  it('says where a file stops being JSON', async () => {
    const e = await readError(utf8('{\n  "format": "fieldbook-backup",\n  "data": {,}\n}'))
    expect(e.problem).toBe('notJson')
    expect(e.message).toBe(
      'backup.json is not a Fieldbook backup: it is not valid JSON (expected a quoted property name but found "," at line 3, column 12).'
    )
    expect((await readError(utf8('hello'))).message).toMatch(
      /not valid JSON \(unexpected "h" where a value should be at line 1, column 1\)/
    )
  })

  it('refuses JSON that is not a backup, and binary that is not text', async () => {
    const e = await readError(utf8('{"reps": []}'))
    expect(e.problem).toBe('notBackup')
    expect(e.message).toMatch(
      /not a Fieldbook backup: it is JSON, but without the "format": "fieldbook-backup" marker/
    )
    expect((await readError(utf8('[1, 2]'))).problem).toBe('notBackup')
    expect((await readError(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))).problem).toBe('notText')
  })

  it('refuses damaged gzip data', async () => {
    const gz = await encodeBackup(file(), { compress: true })
    const damaged = gz.slice()
    for (let i = 20; i < 60; i++) damaged[i] = (damaged[i] ?? 0) ^ 0x5a
    const e = await readError(damaged, 'b.json.gz')
    expect(['damaged', 'truncated']).toContain(e.problem)
  })

  it('refuses what would decompress past the size limit', async () => {
    const gz = await encodeBackup(file(), { compress: true })
    await expect(decodeBackup(gz, 'b.json.gz', { maxBytes: 1000 })).rejects.toMatchObject({
      problem: 'tooLarge'
    })
  })

  it('tolerates a byte order mark', async () => {
    const plain = await encodeBackup(file(), { compress: false })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
    expect(validateBackup(await decodeBackup(withBom, 'b.json'), 'b.json').ok).toBe(true)
  })
})

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['{"a": 1', true],
    ['{"a": "abc', true],
    ['[1, 2, 3.', true],
    ['{"a": tr', true],
    ['{"a": 1}', undefined],
    ['{"a": 1} x', false],
    ['{"a": 01}', false],
    ['["\\x"]', false]
  ])('%j → end of input %s', (text, endOfInput) => {
    expect(findJsonSyntaxProblem(text)?.endOfInput).toBe(endOfInput)
  })
})

describe('validateBackup', () => {
  it('refuses an unknown format version, and a newer one with "update Fieldbook"', () => {
    expect(problems({ ...asJson(file()), formatVersion: 2 })).toEqual([
      'backup.json was made by a newer version of Fieldbook (backup format v2); update Fieldbook to restore it'
    ])
    expect(problems({ ...asJson(file()), formatVersion: 'one' })[0]).toMatch(
      /formatVersion "one" is not one Fieldbook knows/
    )
    expect(problems({ format: 'something-else' })[0]).toMatch(/is not a Fieldbook backup/)
  })

  it('refuses a newer schema version', () => {
    const newer = CURRENT_SCHEMA_VERSION + 1
    expect(problems({ ...asJson(file()), schemaVersion: newer })).toEqual([
      `backup.json was made by a newer version of Fieldbook (schema v${newer}); update Fieldbook to restore it`
    ])
  })

  it('names the record and the reference when an edit broke one', () => {
    const f = asJson(file())
    const obs = f.data.observations[0]
    const entry = f.data.planAuditLog[0]
    if (!obs || !entry) throw new Error('fixture needs an observation and an audit entry')
    // Delete the observation's rep and everything else of theirs, keeping the observation.
    const withoutRep = dropDangling({
      ...f.data,
      reps: f.data.reps.filter((r) => r.id !== obs.repId),
      observations: []
    })
    const broken = { ...f, data: { ...withoutRep, observations: [obs] } }
    expect(problems(broken)).toEqual([
      `observations[0] (id ${obs.id}): repId "${obs.repId}" is not a rep in this backup`
    ])
    // A PIP audit entry whose plan is gone.
    const planGone = {
      ...f,
      data: {
        ...f.data,
        plans: f.data.plans.filter((p) => p.id !== entry.planId),
        planMilestones: f.data.planMilestones.filter((m) => m.planId !== entry.planId),
        checkIns: f.data.checkIns.filter((c) => c.planId !== entry.planId)
      }
    }
    expect(problems(planGone)).toContain(
      `planAuditLog[0] (id ${entry.id}): planId "${entry.planId}" is not a plan in this backup`
    )
  })

  it('checks references inside arrays (expectation overrides)', () => {
    const f = asJson(file())
    const set = f.data.expectationSets[0]
    if (!set) throw new Error('fixture needs an expectation set')
    set.overrides = [{ repId: 'rep-404', dimensionKey: 'x', target: 1, reason: 'r', setAt: NOW }]
    expect(problems(f)).toEqual([
      `expectationSets[0] (id ${set.id}): overrides[0].repId "rep-404" is not a rep in this backup`
    ])
  })

  it('refuses a huge string before any schema runs, naming where it is', () => {
    const f = asJson(file())
    const rep = f.data.reps[1]
    if (!rep) throw new Error('fixture needs two reps')
    rep.territory = 'x'.repeat(100_001)
    expect(problems(f)).toEqual([
      `reps[1] (id ${rep.id}): territory: the text is 100,001 characters long; the limit is 100,000`
    ])
  })

  it('refuses unknown tables and records that are not objects', () => {
    const f = asJson(file())
    ;(f.data as Record<string, unknown>)['spreadsheets'] = []
    f.data.recognitions = [null as never]
    expect(problems(f)).toEqual([
      'data.spreadsheets: unknown table (this version of Fieldbook has no "spreadsheets")',
      'recognitions[0]: expected a record (an object)'
    ])
  })

  it('refuses duplicate ids and duplicate unique keys', () => {
    const f = asJson(file())
    const [a, b] = f.data.reps
    const [opp, other] = f.data.opportunities
    if (!a || !b || !opp || !other) throw new Error('fixture needs two reps and two deals')
    b.id = a.id
    other.crmId = opp.crmId
    other.source = opp.source
    const list = problems(f)
    expect(list).toContain(`reps[1] (id ${a.id}): the id "${a.id}" is already used by reps[0]`)
    expect(list).toContainEqual(
      expect.stringMatching(
        /^opportunities\[1\] .*: source and crmId \(.*\) are the same as opportunities\[0\]/
      )
    )
  })

  it('reports schema failures by table, record id and field', () => {
    const f = asJson(file())
    const rep = f.data.reps[0]
    const obs = f.data.observations[0]
    if (!rep || !obs) throw new Error('fixture')
    rep.email = 'not-an-email'
    obs.date = '2026-13-01'
    expect(problems(f)).toEqual([
      `reps[0] (id ${rep.id}): email: Invalid email address`,
      `observations[0] (id ${obs.id}): date: not a real calendar date`
    ])
  })

  it('caps the list of problems', () => {
    const f = asJson(file())
    f.data.activities = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}` }) as never)
    const list = problems(f)
    expect(list).toHaveLength(51)
    expect(list[50]).toMatch(/^…and \d+ more problems$/)
  })

  it('notes a count that does not match the records', () => {
    const f = asJson(file())
    f.counts.reps += 1
    const result = validateBackup(f, 'b.json')
    expect(result.ok && result.notes).toEqual([
      `The backup says reps has ${f.counts.reps} records, but it holds ${f.counts.reps - 1}; restoring what it holds.`
    ])
  })

  it('upgrades a hand-written v1 backup (settings without backups)', () => {
    const settings = {
      id: 'workspace',
      mode: 'own',
      managerName: 'Sam',
      teamName: 'West',
      currency: 'EUR',
      fiscalYearStartMonth: 1,
      thresholds: { staleOpportunityDays: 30, teamGapPercent: 25, marketShiftShare: 0.6 },
      createdAt: NOW,
      updatedAt: NOW
    }
    const tables = Object.fromEntries(
      Object.keys(file().data).map((t) => [t, t === 'settings' ? [settings] : []])
    )
    const v1 = {
      format: 'fieldbook-backup',
      formatVersion: 1,
      schemaVersion: 1,
      app: { name: 'Fieldbook', version: '0.0.9' },
      createdAt: NOW,
      counts: { settings: 1 },
      data: tables
    }
    const result = validateBackup(v1, 'old.json')
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.notes).toEqual([`Upgraded from schema v1 to v${CURRENT_SCHEMA_VERSION}.`])
    expect(result.data.settings).toEqual([{ ...settings, backups: { keep: 10 } }])
    expect(result.meta.schemaVersion).toBe(1)
  })

  it('accepts an empty workspace', () => {
    const empty = Object.fromEntries(
      Object.keys(file().data).map((t) => [t, []])
    ) as unknown as WorkspaceData
    expect(validateBackup(asJson(file(empty)), 'b.json').ok).toBe(true)
  })
})
