import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import {
  ChecklistRepository,
  ObservationRepository,
  type ObservationInput
} from '../../src/renderer/src/db/observationRepository'
import type { ChecklistCriterion } from '../../src/shared/domain'
import { scoreWithOwnTemplate } from '../../src/shared/observations'
import { ValidationError } from '../../src/shared/validation'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const crit = (key: string, weight: number, must = false): ChecklistCriterion => ({
  key,
  label: `Did ${key}`,
  type: 'yesNo',
  weight,
  guidance: '',
  must
})

async function setUp() {
  const db = openDatabase(uniqueDbName())
  const ctx = testContext()
  const checklists = new ChecklistRepository(db, ctx)
  const observations = new ObservationRepository(db, ctx)
  const v1 = await checklists.add({
    templateKey: 'ride-along-discover',
    version: 1,
    kind: 'rideAlong',
    stageKey: 'discover',
    name: 'Discovery',
    criteria: [crit('plan', 1, true), crit('ask', 1)],
    retired: false
  })
  const draft = (
    id: string,
    extra: Partial<ObservationInput> = {}
  ): ObservationInput & { id: string } => ({
    id,
    kind: 'rideAlong',
    repId: 'rep-1',
    stageKey: 'discover',
    date: '2026-11-20',
    status: 'draft',
    opportunityLabel: 'Acme renewal',
    templateId: v1.id,
    templateVersion: 1,
    scores: [],
    outcome: '',
    selfAssessment: '',
    strength: '',
    focus: '',
    notes: [],
    ...extra
  })
  return { db, ctx, checklists, observations, v1, draft }
}

describe('ObservationRepository: drafts', () => {
  let db: FieldbookDb | undefined
  afterEach(() => db?.close())

  it('creates a draft on the first save, keeps it current, and lists it newest first', async () => {
    const s = await setUp()
    db = s.db
    await s.observations.saveDraft(s.draft('o1', { draftStep: 'plan' }))
    s.ctx.advance(1000)
    await s.observations.saveDraft(s.draft('o2'))
    s.ctx.advance(1000)
    await s.observations.saveDraft(
      s.draft('o1', { draftStep: 'checklist', scores: [{ criterionKey: 'plan', value: 'yes' }] })
    )
    const drafts = await s.observations.drafts()
    expect(drafts.map((d) => d.id)).toEqual(['o1', 'o2'])
    expect(drafts[0]).toMatchObject({ status: 'draft', draftStep: 'checklist' })
    expect(drafts[0]?.createdAt).toBe('2026-11-23T09:00:00.000Z')
  })

  it('finishes a complete draft as final and refuses an incomplete one, naming what is missing', async () => {
    const s = await setUp()
    db = s.db
    await s.observations.saveDraft(s.draft('o1'))
    await expect(s.observations.finish(s.draft('o1'))).rejects.toThrow(
      /must criterion "Did plan".*self-assessment.*strength.*focus/
    )
    const done = await s.observations.finish(
      s.draft('o1', {
        draftStep: 'feedback',
        scores: [{ criterionKey: 'plan', value: 'yes' }],
        selfAssessment: 'Went fine',
        strength: 'Rapport',
        focus: 'Ask for the date'
      })
    )
    expect(done.status).toBe('final')
    expect(done.draftStep).toBeUndefined()
    expect(await s.observations.drafts()).toEqual([])
    // A final observation is not a draft any more, and is never deleted as one.
    await expect(s.observations.saveDraft(s.draft('o1'))).rejects.toBeInstanceOf(ValidationError)
    await expect(s.observations.discardDraft('o1')).rejects.toBeInstanceOf(ValidationError)
  })

  it('discards a draft', async () => {
    const s = await setUp()
    db = s.db
    await s.observations.saveDraft(s.draft('o1'))
    await s.observations.discardDraft('o1')
    expect(await s.db.observations.count()).toBe(0)
  })
})

describe('ObservationRepository: corrections', () => {
  let db: FieldbookDb | undefined
  afterEach(() => db?.close())

  it('corrects a saved observation, keeps the earlier words as a dated revision, and refuses a draft', async () => {
    const s = await setUp()
    db = s.db
    const complete = s.draft('o1', {
      scores: [{ criterionKey: 'plan', value: 'yes' }],
      selfAssessment: 'Went fine',
      strength: 'Rapport',
      focus: 'Ask for the date'
    })
    await s.observations.saveDraft(complete)
    await expect(s.observations.correct('o1', { focus: 'x' }, 'Typo')).rejects.toThrow(
      /Only a saved observation/
    )
    await s.observations.finish(complete)
    s.ctx.advance(86_400_000)
    await s.observations.correct('o1', { focus: 'Ask for a dated next step' }, 'Agreed wording')
    const stored = await db.observations.get('o1')
    expect(stored?.focus).toBe('Ask for a dated next step')
    expect(stored?.revisions).toEqual([
      {
        revisedAt: '2026-11-24T09:00:00.000Z',
        reason: 'Agreed wording',
        changes: [
          { field: 'focus', before: 'Ask for the date', after: 'Ask for a dated next step' }
        ]
      }
    ])
    await expect(s.observations.correct('o1', { strength: '' }, 'Oops')).rejects.toThrow(
      /Strength cannot be left empty/
    )
    expect((await db.observations.get('o1'))?.revisions).toHaveLength(1)
  })
})

describe('ChecklistRepository: versions', () => {
  let db: FieldbookDb | undefined
  afterEach(() => db?.close())

  it('edits an unused checklist in place', async () => {
    const s = await setUp()
    db = s.db
    const r = await s.checklists.saveEdit('ride-along-discover', {
      name: 'Discovery',
      criteria: [crit('plan', 1, true), crit('ask', 4)]
    })
    expect(r.action).toBe('updated')
    expect(await s.checklists.versions('ride-along-discover')).toHaveLength(1)
  })

  it('adds version 2 when an observation used version 1, which keeps scoring it', async () => {
    const s = await setUp()
    db = s.db
    const old = await s.observations.finish(
      s.draft('o1', {
        scores: [
          { criterionKey: 'plan', value: 'yes' },
          { criterionKey: 'ask', value: 'no' }
        ],
        selfAssessment: 'ok',
        strength: 's',
        focus: 'f'
      })
    )
    const r = await s.checklists.saveEdit('ride-along-discover', {
      name: 'Discovery',
      criteria: [crit('plan', 1, true), crit('ask', 9)]
    })
    expect(r.action).toBe('newVersion')
    const versions = await s.checklists.versions('ride-along-discover')
    expect(versions.map((v) => [v.version, v.criteria[1]?.weight])).toEqual([
      [1, 1],
      [2, 9]
    ])
    expect((await s.checklists.latest()).map((t) => t.version)).toEqual([2])
    const stored = (await s.db.observations.get(old.id))!
    expect(stored.templateVersion).toBe(1)
    expect(scoreWithOwnTemplate(stored, versions)?.percent).toBe(50)
  })

  it('refuses a checklist with problems and creates new ones with a unique key', async () => {
    const s = await setUp()
    db = s.db
    await expect(
      s.checklists.saveEdit('ride-along-discover', { name: ' ', criteria: [crit('a', 1)] })
    ).rejects.toThrow('Give the checklist a name.')
    const made = await s.checklists.create({
      kind: 'rideAlong',
      stageKey: 'discover',
      name: 'Discovery',
      criteria: [crit('a', 1)]
    })
    expect(made).toMatchObject({ version: 1, templateKey: 'ridealong-discover-discovery' })
  })
})
