/**
 * The 1:1 prep case, in Node: one rep's prep in a 50-rep workspace with 3 years of history,
 * in fake-indexeddb. Timed per run: the Dexie reads (loadPrepInput: the rep's records through
 * the indexes) and the pure agenda builder (buildPrep + draftAgenda) on what was read.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { workspaceTables, type WorkspaceTableName } from '@shared/domain'
import { buildPrep, draftAgenda } from '@shared/oneOnOnes'
import { openDatabase, type FieldbookDb } from '@renderer/db/database'
import { ownTeamWorkspace } from '@renderer/db/firstRun'
import type { RepositoryContext } from '@renderer/db/repository'
import { SCHEMA_VERSIONS } from '@renderer/db/schema'
import { replaceWorkspace } from '@renderer/db/workspace'
import { loadPrepInput } from '@renderer/db/prepData'
import { prepWorkspace, type PrepWorkspace } from './prepWorkspace'
import { median, ms, now, printTable, settle, summary } from './support'

export interface PrepCaseOptions {
  runs: number
  reps: number
  years: number
}

const TODAY = '2026-11-30'
/** Each run preps this many different reps (the first, middle and last), timing each. */
const REPS_PER_RUN = 3
const SLICE = 2_000

async function populate(db: FieldbookDb, data: PrepWorkspace): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [table, rows] of Object.entries(data) as [keyof PrepWorkspace, unknown[]][]) {
    // The records are checked against the app's schemas (a sample of each table: all of them
    // would take minutes and prove nothing more about the generator).
    for (const row of rows.slice(0, 200)) workspaceTables[table as WorkspaceTableName].parse(row)
    await db.transaction('rw', db.table(table), async () => {
      for (let i = 0; i < rows.length; i += SLICE)
        await db.table(table).bulkAdd(rows.slice(i, i + SLICE))
    })
    counts[table] = rows.length
  }
  return counts
}

export async function oneOnOnePrepCase(options: PrepCaseOptions): Promise<void> {
  console.log(
    `\n## 1:1 prep (Node, fake-indexeddb): one rep's prep in a ${options.reps}-rep workspace, ${options.years} years of history\n`
  )
  const ctx: RepositoryContext = {
    clock: { now: () => new Date(STAMP) },
    newId: () => crypto.randomUUID()
  }
  const db = openDatabase('bench-prep', SCHEMA_VERSIONS, {
    indexedDB: new IDBFactory(),
    IDBKeyRange
  })
  const base = ownTeamWorkspace(ctx)
  await replaceWorkspace(db, base)
  const role = base.roles[0]
  const template = base.checklistTemplates[0]
  if (!role || !template) throw new Error('the starter workspace has no role or checklist')
  const t0 = now()
  const data = prepWorkspace(
    { reps: options.reps, years: options.years, today: TODAY },
    role.id,
    template.id
  )
  const t1 = now()
  const counts = await populate(db, data)
  const t2 = now()
  console.log(
    `   workspace: ${Object.entries(counts)
      .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
      .join(', ')}`
  )
  console.log(`   generated in ${ms(t1 - t0)}, written in ${ms(t2 - t1)} (not timed below)\n`)

  const reps = [data.reps[0], data.reps[Math.floor(data.reps.length / 2)], data.reps.at(-1)]
    .filter((r) => r !== undefined)
    .slice(0, REPS_PER_RUN)
  const reads: number[] = []
  const builds: number[] = []
  const totals: number[] = []
  let shape = ''
  for (let run = 0; run < options.runs; run++) {
    await settle()
    for (const rep of reps) {
      const a = now()
      const input = await loadPrepInput(db, rep.id, TODAY)
      const b = now()
      if (!input) throw new Error(`rep ${rep.id} not found`)
      const prep = buildPrep(input)
      const agenda = draftAgenda(prep, (k) => k)
      const c = now()
      reads.push(b - a)
      builds.push(c - b)
      totals.push(c - a)
      if (agenda.length === 0 || prep.commitments.length === 0)
        throw new Error('the prep drafted nothing: the benchmark data is wrong')
      shape =
        `read ${input.opportunities.length} opportunities (of the rep's ${counts['opportunities'] ? Math.round(counts['opportunities'] / options.reps) : 0}), ` +
        `${input.snapshots.length} snapshots, ${input.activities.length} activities, ${input.meetings.length} 1:1s, ` +
        `${input.actionItems.length} action items → ${agenda.length} agenda items, ${prep.hygiene.length} hygiene items, ` +
        `${prep.pipeline.deals.length} deals moved`
    }
  }
  db.close()
  console.log(`   per prep: ${shape}`)
  console.log(
    `   ${options.runs} runs × ${reps.length} reps; median (min–max) over the ${totals.length} preps\n`
  )
  printTable(
    ['1:1 prep, one rep', 'Dexie reads', 'builder', 'total'],
    [
      [
        `${options.reps} reps × ${options.years} years`,
        summary(reads, ms),
        summary(builds, ms),
        summary(totals, ms)
      ]
    ]
  )
  console.log(`\n   median total ${ms(median(totals))}; target: well under 1,000 ms`)
}

const STAMP = '2026-11-30T08:00:00.000Z'
