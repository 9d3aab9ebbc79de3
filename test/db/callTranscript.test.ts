import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import {
  ChecklistRepository,
  ObservationRepository
} from '../../src/renderer/src/db/observationRepository'
import type { Keyring } from '../../src/renderer/src/db/privateText'
import { readWorkspace, replaceWorkspace } from '../../src/renderer/src/db/workspace'
import {
  createBackupFile,
  decodeBackup,
  encodeBackup,
  validateBackup
} from '../../src/shared/backup'
import { attachEvidence, addLineNote, transcriptForReview } from '../../src/shared/observations'
import type { Transcript } from '../../src/shared/transcripts/types'
import { generateDemoWorkspace } from '../../src/shared/demo'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const QUOTE = 'Could we book the pilot review for Tuesday the 14th?'

const CALL: Transcript = {
  title: 'Northwind pilot call',
  format: 'vtt',
  timed: true,
  speakers: ['Dana Rep', 'Mr. Alan Smith'],
  durationSeconds: 120,
  cues: [
    {
      index: 0,
      startSeconds: 0,
      endSeconds: 90,
      speaker: 'Mr. Alan Smith',
      text: 'Budget is tight.'
    },
    { index: 1, startSeconds: 90, endSeconds: 120, speaker: 'Dana Rep', text: QUOTE }
  ]
}

async function rawRows(name: string, table: string): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  try {
    return await new Promise((resolve, reject) => {
      const req = idb.transaction(table).objectStore(table).getAll()
      req.onsuccess = () => resolve(req.result as unknown[])
      req.onerror = () => reject(req.error)
    })
  } finally {
    idb.close()
  }
}

async function setUp(keyring?: Keyring) {
  const name = uniqueDbName('transcript')
  const db = openDatabase(name, undefined, undefined, keyring)
  const ctx = testContext()
  const checklist = await new ChecklistRepository(db, ctx).add({
    templateKey: 'call-review-propose',
    version: 1,
    kind: 'callReview',
    stageKey: 'propose',
    name: 'Proposal call',
    criteria: [
      {
        key: 'close',
        label: 'Asks for a dated next step',
        type: 'yesNo',
        weight: 1,
        guidance: '',
        must: false
      }
    ],
    retired: false
  })
  let transcript = transcriptForReview(CALL, 'northwind.vtt', ['Dana Rep'], {
    basis: 'time',
    metrics: [
      {
        key: 'talkRatio',
        label: 'Talk ratio (rep)',
        value: 0.25,
        display: '25 %',
        explanation: 'By time.'
      }
    ]
  })
  transcript = addLineNote(attachEvidence(transcript, 'close', 1), 0, 'Price objection here')
  transcript = { ...transcript, mediaFileName: 'northwind.mp4' }
  const observations = new ObservationRepository(db, ctx)
  const draft = {
    id: 'call-1',
    kind: 'callReview' as const,
    repId: 'rep-1',
    stageKey: 'propose',
    date: '2026-12-01',
    status: 'draft' as const,
    opportunityLabel: 'Northwind',
    templateId: checklist.id,
    templateVersion: 1,
    plan: { whatToSay: '', whatToAskFor: '', desiredNextStep: '', repObjective: '' },
    scores: [{ criterionKey: 'close', value: 'yes' }],
    nextStepAgreed: true,
    outcome: 'Pilot review booked',
    selfAssessment: 'Good',
    strength: 'Asked for the date',
    focus: 'Talk less',
    callReference: { reference: 'northwind.vtt', durationSeconds: 120 },
    notes: [],
    transcript
  }
  return { name, db, observations, draft, transcript }
}

describe('a call review’s transcript in the workspace', () => {
  let db: FieldbookDb | undefined
  afterEach(() => db?.close())

  it('is kept with the draft and the saved observation, evidence and notes included', async () => {
    const s = await setUp()
    db = s.db
    await s.observations.saveDraft(s.draft)
    expect((await s.observations.get('call-1'))?.transcript).toEqual(s.transcript)
    const saved = await s.observations.finish(s.draft)
    expect(saved.status).toBe('final')
    const back = await s.observations.get('call-1')
    expect(back?.transcript?.evidence).toEqual([
      { criterionKey: 'close', cueIndex: 1, speaker: 'Dana Rep', quote: QUOTE, atSeconds: 90 }
    ])
    expect(back?.transcript?.lineNotes).toEqual([{ cueIndex: 0, text: 'Price objection here' }])
    expect(back?.transcript?.metrics).toEqual({ talkRatio: 0.25 })
    expect(back?.transcript?.mediaFileName).toBe('northwind.mp4')
  })

  it('refuses a transcript that is not whole (an evidence line without its quote)', async () => {
    const s = await setUp()
    db = s.db
    const broken = {
      ...s.draft,
      transcript: {
        ...s.transcript,
        evidence: [{ criterionKey: 'close', cueIndex: 1, speaker: '', quote: ' ' }]
      }
    }
    await expect(s.observations.saveDraft(broken)).rejects.toThrow()
    expect(await s.observations.get('call-1')).toBeUndefined()
  })

  it('is sealed at rest: the stored row holds no line of the call', async () => {
    const keyring: Keyring = { key: new Uint8Array(32).fill(5), fromDevice: true }
    const s = await setUp(keyring)
    db = s.db
    await s.observations.saveDraft(s.draft)
    const raw = JSON.stringify(await rawRows(s.name, 'observations'))
    expect(raw).not.toContain('pilot review')
    expect(raw).not.toContain('Budget is tight')
    expect(raw).not.toContain('northwind.mp4')
    expect((await s.observations.get('call-1'))?.transcript?.cues[1]?.text).toBe(QUOTE)
  })

  it('goes into a backup and comes back from it whole', async () => {
    const s = await setUp()
    db = s.db
    const { data } = generateDemoWorkspace({
      seed: 20261206,
      today: '2026-12-06',
      now: '2026-12-06T08:00:00.000Z',
      newId: testContext().newId
    })
    const template = data.checklistTemplates.find((t) => t.kind === 'callReview')
    const rep = data.reps[0]
    if (!template || !rep) throw new Error('the demo has no call review checklist or rep')
    const call = {
      ...s.draft,
      repId: rep.id,
      stageKey: template.stageKey,
      templateId: template.id,
      templateVersion: template.version,
      scores: [],
      status: 'final' as const,
      createdAt: '2026-12-06T08:00:00.000Z',
      updatedAt: '2026-12-06T08:00:00.000Z'
    }
    data.observations.push(call)
    const file = createBackupFile(data, {
      appVersion: '0.1.0',
      createdAt: '2026-12-06T09:00:00.000Z'
    })
    const bytes = await encodeBackup(file, { compress: true })
    const result = validateBackup(await decodeBackup(bytes, 'b.json.gz'), 'b.json.gz')
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.data.observations.find((o) => o.id === 'call-1')?.transcript).toEqual(
      s.transcript
    )
    await replaceWorkspace(s.db, result.data)
    const restored = (await readWorkspace(s.db)).observations.find((o) => o.id === 'call-1')
    expect(restored?.transcript?.evidence[0]?.quote).toBe(QUOTE)
    // A backup made before transcripts existed has call reviews without one: still valid.
    expect(result.data.observations.some((o) => o.kind === 'callReview' && !o.transcript)).toBe(
      true
    )
  })
})
