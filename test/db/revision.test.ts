import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import {
  ChecklistRepository,
  ObservationRepository
} from '../../src/renderer/src/db/observationRepository'
import { OneOnOneRepository } from '../../src/renderer/src/db/oneOnOneRepository'
import { PlanRepository } from '../../src/renderer/src/db/planRepository'
import { StaleEditError } from '../../src/renderer/src/db/revision'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { saveWorkspaceSettings } from '../../src/renderer/src/db/workspaceSettings'
import { noteBackupSaved } from '../../src/renderer/src/db/backup'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

/*
 * Two windows on one record: both load revision A; the first saves (revision B); the second
 * saves from its stale form. The repository refuses it inside its transaction and the first
 * window's change stays.
 */

const stale = (what: string, pronoun = 'it'): string =>
  `${what} ${pronoun === 'it' ? 'was' : 'were'} changed in another window after you opened ${pronoun}. Your edit was not saved — reload to see the latest and make it again.`

const draftPlan = {
  kind: 'pip' as const,
  repId: 'rep-1',
  title: '90-day plan: CRM discipline',
  status: 'draft' as const,
  startDate: '2026-11-02',
  endDate: '2027-01-31',
  origin: 'scratch' as const,
  roleName: 'Account Executive',
  managerName: 'Jordan Ellis',
  hrContact: 'Priya Shah',
  repCommitment: '',
  expectations: [],
  concerns: [],
  goals: [],
  support: [],
  checkInSchedule: 'Weekly',
  checkInPhases: [{ every: 'week' as const }],
  salesDay: [],
  consequences: ''
}

describe('a stale edit is refused, not saved over a newer change', () => {
  let db: FieldbookDb
  afterEach(() => db?.close())

  it('a plan draft edited in two windows', async () => {
    db = openDatabase(uniqueDbName('revision'))
    const ctx = testContext()
    const plans = new PlanRepository(db, ctx)
    const plan = await plans.add(draftPlan, [{ title: 'Clean pipeline', dueDate: '2026-11-30' }])
    const loadedAt = plan.updatedAt
    ctx.advance(60_000)
    await plans.saveDraft(plan.id, { title: 'First window' }, [], loadedAt)
    ctx.advance(60_000)
    const second = plans.saveDraft(
      plan.id,
      { title: 'Second window' },
      [{ title: 'Other milestone', dueDate: '2026-12-01' }],
      loadedAt
    )
    await expect(second).rejects.toThrow(StaleEditError)
    await expect(second).rejects.toThrow(stale('This plan'))
    expect((await db.plans.get(plan.id))?.title).toBe('First window')
    // The milestones were replaced by the first save only (none), not by the refused one.
    expect(await db.planMilestones.where('planId').equals(plan.id).count()).toBe(0)
    // Without a revision (callers that re-read first) the edit goes through as before.
    await plans.update(plan.id, { title: 'Third' })
    expect((await db.plans.get(plan.id))?.title).toBe('Third')
  })

  it('1:1 notes typed in two windows', async () => {
    db = openDatabase(uniqueDbName('revision'))
    const ctx = testContext()
    const repo = new OneOnOneRepository(db, ctx)
    const meeting = await repo.planNew('rep-1', '2026-12-02', [])
    ctx.advance(1000)
    const first = await repo.update(meeting.id, { sharedNotes: 'From window 1' }, meeting.updatedAt)
    ctx.advance(1000)
    await expect(
      repo.update(meeting.id, { sharedNotes: 'From window 2' }, meeting.updatedAt)
    ).rejects.toThrow(stale('This 1:1'))
    expect((await db.oneOnOnes.get(meeting.id))?.sharedNotes).toBe('From window 1')
    // The window that saved goes on with the revision it got back.
    ctx.advance(1000)
    await repo.update(meeting.id, { sharedNotes: 'Window 1 again' }, first.updatedAt)
    expect((await db.oneOnOnes.get(meeting.id))?.sharedNotes).toBe('Window 1 again')
  })

  it('an observation draft, and a correction of a saved one', async () => {
    db = openDatabase(uniqueDbName('revision'))
    const ctx = testContext()
    const checklists = new ChecklistRepository(db, ctx)
    const observations = new ObservationRepository(db, ctx)
    const template = await checklists.add({
      templateKey: 'ride-along-discover',
      version: 1,
      kind: 'rideAlong',
      stageKey: 'discover',
      name: 'Discovery',
      criteria: [
        { key: 'plan', label: 'Planned', type: 'yesNo', weight: 1, guidance: '', must: false }
      ],
      retired: false
    })
    const draft = {
      id: 'o1',
      kind: 'rideAlong' as const,
      repId: 'rep-1',
      stageKey: 'discover',
      date: '2026-11-20',
      status: 'draft' as const,
      opportunityLabel: 'Acme renewal',
      templateId: template.id,
      templateVersion: 1,
      scores: [{ criterionKey: 'plan', value: 'yes' as const }],
      outcome: 'Booked a demo',
      selfAssessment: 'Went fine',
      strength: 'Clear agenda',
      focus: 'Ask about budget earlier',
      notes: []
    }
    const created = await observations.saveDraft(draft)
    ctx.advance(1000)
    await observations.saveDraft({ ...draft, outcome: 'Window 1' }, created.updatedAt)
    ctx.advance(1000)
    await expect(
      observations.saveDraft({ ...draft, outcome: 'Window 2' }, created.updatedAt)
    ).rejects.toThrow(stale('This observation'))
    await expect(observations.finish(draft, created.updatedAt)).rejects.toThrow(
      stale('This observation')
    )
    expect(await db.observations.get('o1')).toMatchObject({ status: 'draft', outcome: 'Window 1' })

    const saved = await observations.finish({ ...draft, outcome: 'Window 1' })
    ctx.advance(1000)
    await observations.correct('o1', { focus: 'Budget first' }, 'Typo', saved.updatedAt)
    ctx.advance(1000)
    await expect(
      observations.correct('o1', { focus: 'Something else' }, 'Other', saved.updatedAt)
    ).rejects.toThrow(stale('This observation'))
    expect((await db.observations.get('o1'))?.focus).toBe('Budget first')
  })

  it('workspace settings: refused when a field of the form changed, not for backup bookkeeping', async () => {
    db = openDatabase(uniqueDbName('revision'))
    const ctx = testContext()
    await replaceWorkspace(db, ownTeamWorkspace(ctx))
    const loaded = (await db.settings.get('workspace'))!
    // A backup saved meanwhile moves updatedAt but not what the form edits: still saved.
    await noteBackupSaved(db, new Date('2026-11-23T10:00:00Z'))
    const saved = await saveWorkspaceSettings(
      db,
      { ...loaded, teamName: 'North' },
      new Date('2026-11-23T10:01:00Z'),
      loaded
    )
    expect(saved.backups?.lastSavedAt).toBe('2026-11-23T10:00:00.000Z')
    // The other window, still on `loaded`, changes the team name too: refused.
    await expect(
      saveWorkspaceSettings(
        db,
        { ...loaded, teamName: 'South' },
        new Date('2026-11-23T10:02:00Z'),
        loaded
      )
    ).rejects.toThrow(stale('The workspace settings', 'them'))
    expect((await db.settings.get('workspace'))?.teamName).toBe('North')
    // The first window goes on from what it saved.
    await saveWorkspaceSettings(
      db,
      { ...saved, managerName: 'Dana Reyes' },
      new Date('2026-11-23T10:03:00Z'),
      saved
    )
    expect((await db.settings.get('workspace'))?.managerName).toBe('Dana Reyes')
  })
})
