import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateDemoWorkspace } from '../../src/shared/demo'
import {
  HISTORY_FIELDS,
  type OpportunitySnapshot,
  type WorkspaceData
} from '../../src/shared/domain'
import { same } from '../../src/shared/import/changeSet'
import { periodRange, type ObservedStageScore } from '../../src/shared/metrics'
import { observedStageScores } from '../../src/shared/observations/rollups'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { RESULTS_TABLE } from '../../src/renderer/src/db/dataStamps'
import { createAnalyst } from '../../src/renderer/src/db/analysisWorker/analyst'
import {
  calendarAnswer,
  teamAnswer,
  type CrmRecords
} from '../../src/renderer/src/db/analysisWorker/compute'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { testContext } from './fixtures'
import { uniqueDbName } from './upgradeHarness'

const TODAY = '2026-11-30'

function demoData(): WorkspaceData {
  const ctx = testContext()
  return generateDemoWorkspace({
    seed: 20261130,
    today: TODAY,
    now: `${TODAY}T08:00:00.000Z`,
    newId: ctx.newId
  }).data
}

/** The records the analysis reads, taken straight from the workspace data (not the database). */
function crmRecordsOf(data: WorkspaceData): CrmRecords {
  const settings = data.settings[0]
  return {
    settings,
    process: data.salesProcesses.find((p) => p.id === settings?.salesProcessId),
    roles: data.roles,
    sets: data.expectationSets,
    reps: data.reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name)),
    opportunities: data.opportunities,
    snapshots: data.opportunitySnapshots,
    activities: data.activities,
    manualMeasures: data.manualMeasures,
    mappings: data.importMappings
  }
}

function teamQuestion(data: WorkspaceData, teamViews = false) {
  const range = periodRange('quarter', TODAY)
  const stageScores: ObservedStageScore[] = observedStageScores(
    data.observations,
    data.checklistTemplates,
    { start: '0001-01-01', end: range.end }
  )
  return { kind: 'team', range, today: TODAY, teamViews, stageScores } as const
}

const opened: FieldbookDb[] = []

async function workspace(data: WorkspaceData): Promise<FieldbookDb> {
  const db = openDatabase(uniqueDbName('analyst'))
  opened.push(db)
  await replaceWorkspace(db, data)
  return db
}

/** Another window's worker on the same database: its own connection and memory. */
function secondWorker(db: FieldbookDb) {
  const other = openDatabase(db.name, undefined, undefined, { key: null, fromDevice: false })
  opened.push(other)
  const onRead = vi.fn()
  return { analyst: createAnalyst(other, { onRead }), onRead }
}

async function storedKeys(db: FieldbookDb): Promise<string[]> {
  return (await db.table(RESULTS_TABLE).toCollection().primaryKeys()) as string[]
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('the analysis worker’s analyst', () => {
  it('answers what the engine computes from the workspace, in a form that survives being stored', async () => {
    const data = demoData()
    const db = await workspace(data)
    const analyst = createAnalyst(db)
    const question = teamQuestion(data, true)
    const { value, from } = await analyst.answer(question)
    expect(from).toBe('computed')
    const expected = teamAnswer(crmRecordsOf(data), question)
    expect(value.diagnosis.scorecards).toEqual(expected.diagnosis.scorecards)
    expect(value.diagnosis.byRep).toEqual(expected.diagnosis.byRep)
    expect(value.views?.trend).toEqual(expected.views?.trend)
    expect(value.diagnosis.scorecards.length).toBe(data.reps.filter((r) => r.active).length)
    expect(structuredClone(value)).toEqual(value)
    const calendar = await analyst.answer({ kind: 'calendar', today: TODAY })
    expect(calendar.value).toEqual(calendarAnswer(crmRecordsOf(data), TODAY))
    expect(calendar.value.days.length).toBeGreaterThan(100)
  })

  it('answers the same when an unmoved deal’s first state is its record, not a row (issue 18)', async () => {
    const data = demoData()
    // Stored the new way: a deal whose only snapshot is its record as it stands has no row,
    // and its record carries the day of that state instead.
    const rows = new Map<string, OpportunitySnapshot[]>()
    for (const s of data.opportunitySnapshots)
      rows.set(s.opportunityId, [...(rows.get(s.opportunityId) ?? []), s])
    const unmoved = new Map<string, OpportunitySnapshot>()
    for (const o of data.opportunities) {
      const only = rows.get(o.id)
      if (only?.length === 1 && HISTORY_FIELDS.every((f) => same(only[0]![f], o[f])))
        unmoved.set(o.id, only[0]!)
    }
    expect(unmoved.size).toBeGreaterThan(20)
    const stored: WorkspaceData = {
      ...data,
      opportunities: data.opportunities.map((o) => {
        const first = unmoved.get(o.id)
        return first ? { ...o, unchangedSince: { asOf: first.asOf, takenAt: first.takenAt } } : o
      }),
      opportunitySnapshots: data.opportunitySnapshots.filter((s) => !unmoved.has(s.opportunityId))
    }
    const db = await workspace(stored)
    const question = teamQuestion(data, true)
    const { value } = await createAnalyst(db).answer(question)
    const expected = teamAnswer(crmRecordsOf(data), question)
    expect(value.diagnosis.byRep).toEqual(expected.diagnosis.byRep)
    expect(value.diagnosis.scorecards).toEqual(expected.diagnosis.scorecards)
    expect(value.views).toEqual(expected.views)
    const calendar = await createAnalyst(db).answer({ kind: 'calendar', today: TODAY })
    expect(calendar.value).toEqual(calendarAnswer(crmRecordsOf(data), TODAY))
  })

  it('reads the CRM history once, and answers again from memory', async () => {
    const data = demoData()
    const db = await workspace(data)
    const onRead = vi.fn()
    const analyst = createAnalyst(db, { onRead })
    await analyst.answer(teamQuestion(data))
    await analyst.answer({ kind: 'calendar', today: TODAY })
    expect((await analyst.answer(teamQuestion(data))).from).toBe('memory')
    expect(onRead).toHaveBeenCalledTimes(1)
  })

  it('lets a new window answer from the stored answer without reading the history', async () => {
    const data = demoData()
    const db = await workspace(data)
    const question = teamQuestion(data)
    const first = await createAnalyst(db).answer(question)
    await vi.waitFor(async () => expect(await storedKeys(db)).toHaveLength(1))
    const { analyst, onRead } = secondWorker(db)
    const again = await analyst.answer(question)
    expect(again.from).toBe('stored')
    expect(again.value).toEqual(first.value)
    expect(onRead).not.toHaveBeenCalled()
    // Another question about the same data does read it.
    expect((await analyst.answer({ kind: 'calendar', today: TODAY })).from).toBe('computed')
    expect(onRead).toHaveBeenCalledTimes(1)
  })

  it('does not answer from a stored answer once a deal changed, nor from memory', async () => {
    const data = demoData()
    const db = await workspace(data)
    const question = teamQuestion(data)
    const analyst = createAnalyst(db)
    const before = await analyst.answer(question)
    await vi.waitFor(async () => expect(await storedKeys(db)).toHaveLength(1))
    const card = before.value.diagnosis.scorecards[0]!
    const won = data.opportunities.find(
      (o) =>
        o.repId === card.repId &&
        o.status === 'won' &&
        o.amount !== undefined &&
        (o.closeDate ?? '') >= question.range.start &&
        (o.closeDate ?? '') <= TODAY
    )
    if (!won) throw new Error('the demo rep has no deal won this quarter')
    await db.opportunities.update(won.id, {
      amount: { ...won.amount!, minor: won.amount!.minor + 1_000_000 }
    })
    const wonOf = (a: typeof before) =>
      a.value.diagnosis.scorecards.find((c) => c.repId === card.repId)?.metrics.values
        .closedWonRevenue.value ?? 0
    const { analyst: other } = secondWorker(db)
    const fresh = await other.answer(question)
    expect(fresh.from).toBe('computed')
    expect(wonOf(fresh) - wonOf(before)).toBe(1_000_000)
    // The first window's worker no longer answers from its memory: it takes the answer the
    // other one stored for the data as it is now.
    const same = await analyst.answer(question)
    expect(same.from).toBe('stored')
    expect(wonOf(same)).toBe(wonOf(fresh))
  })

  it('keeps stored answers for the day only', async () => {
    const data = demoData()
    const db = await workspace(data)
    const analyst = createAnalyst(db)
    await analyst.answer({ kind: 'calendar', today: '2026-11-29' })
    await vi.waitFor(async () => expect(await storedKeys(db)).toHaveLength(1))
    await analyst.answer({ kind: 'calendar', today: TODAY })
    await vi.waitFor(async () => expect(await storedKeys(db)).toEqual([`${TODAY}|calendar`]))
  })

  it('needs no workspace key, and stores nothing a manager wrote', async () => {
    const data = demoData()
    const secret = 'Talks over the buyer when price comes up'
    const observation = data.observations.find((o) => o.status === 'final')
    if (!observation) throw new Error('the demo has no final observation')
    observation.focus = secret
    const keyring = { key: new Uint8Array(32).fill(7), fromDevice: true }
    const db = openDatabase(uniqueDbName('analyst-sealed'), undefined, undefined, keyring)
    opened.push(db)
    await replaceWorkspace(db, data)
    const { analyst } = secondWorker(db)
    const question = teamQuestion(data, true)
    const answer = await analyst.answer(question)
    expect(answer.from).toBe('computed')
    expect(answer.value).toEqual(teamAnswer(crmRecordsOf(data), question))
    await vi.waitFor(async () => expect(await storedKeys(db)).toHaveLength(1))
    const stored = JSON.stringify(await db.table(RESULTS_TABLE).toArray())
    expect(stored).not.toContain(secret)
    expect(stored).toContain(data.reps[0]!.id)
    // The page's own connection (with the key) still opens what the manager wrote.
    expect((await db.observations.get(observation.id))?.focus).toBe(secret)
  })
})
