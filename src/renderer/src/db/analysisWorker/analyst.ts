import type { Table } from 'dexie'
import { firstSnapshots } from '@shared/domain'
import type { FieldbookDb } from '../database'
import { RESULTS_TABLE, readStamps, stampStores } from '../dataStamps'
import { calendarAnswer, repTrendAnswer, teamAnswer, type CrmRecords } from './compute'
import { questionKey } from './keys'
import {
  CRM_TABLES,
  type AnalysisQuestion,
  type AnswerSource,
  type AnswerTo,
  type TeamAnswer
} from './protocol'

/**
 * The analysis worker's memory (issue 18, part 4). It answers the page's questions from, in
 * order: the answers it already worked out for the current data; an answer stored in the
 * database by an earlier session for the same data (the cold start: Home shows without reading
 * the CRM history); the CRM history, read once per change of the data and indexed once per day.
 *
 * "The same data" is the tables' stamps (db/dataStamps.ts): every write to a table leaves a new
 * stamp in the same transaction, so a stored answer whose stamps still hold was worked out from
 * exactly the records stored now.
 */

interface StoredAnswer {
  key: string
  stamps: string
  value: unknown
}

export interface Answer<Q extends AnalysisQuestion> {
  value: AnswerTo<Q>
  from: AnswerSource
}

export interface AnalystOptions {
  /** After an answer from storage, read the history anyway this long after (0: never). */
  warmUpMs?: number
  /** Called each time the CRM history is read whole (for tests and the bench). */
  onRead?: () => void
}

/** Answers kept per data state: a session's periods, the dashboard's and the rep pages'. */
const KEPT_ANSWERS = 48

export interface Analyst {
  answer<Q extends AnalysisQuestion>(question: Q): Promise<Answer<Q>>
}

async function readCrmRecords(db: FieldbookDb): Promise<{ stamps: string; records: CrmRecords }> {
  return db.transaction('r', [...CRM_TABLES, ...stampStores(CRM_TABLES)], async () => {
    const stamps = await readStamps(db, CRM_TABLES)
    const settings = await db.settings.get('workspace')
    const [process, roles, sets, reps, opportunities, snapshots, activities, manualMeasures] =
      await Promise.all([
        settings?.salesProcessId ? db.salesProcesses.get(settings.salesProcessId) : undefined,
        db.roles.toArray(),
        db.expectationSets.toArray(),
        db.reps.toArray(),
        db.opportunities.toArray(),
        db.opportunitySnapshots.toArray(),
        db.activities.toArray(),
        db.manualMeasures.toArray()
      ])
    const mappings = await db.importMappings.toArray()
    const active = reps.filter((r) => r.active).sort((a, b) => a.name.localeCompare(b.name))
    return {
      stamps,
      records: {
        settings,
        process,
        roles,
        sets,
        reps: active,
        opportunities,
        // The first snapshot of a deal no import has moved yet is its record (issue 18).
        snapshots: [...snapshots, ...firstSnapshots(opportunities)],
        activities,
        manualMeasures,
        mappings
      }
    }
  })
}

export function createAnalyst(db: FieldbookDb, options: AnalystOptions = {}): Analyst {
  const results = (): Table<StoredAnswer, string> => db.table(RESULTS_TABLE)
  let loaded: Promise<{ stamps: string; records: CrmRecords }> | undefined
  let loadedStamps: string | undefined
  let warmUp: ReturnType<typeof setTimeout> | undefined
  const answers = new Map<string, unknown>()
  let answersStamps: string | undefined

  /** The history as stored now (read again only when a stamp moved). */
  function history(stamps: string) {
    if (!loaded || loadedStamps !== stamps) {
      loadedStamps = stamps
      options.onRead?.()
      loaded = readCrmRecords(db).then(
        (read) => {
          // The read may be newer than the stamps that asked for it.
          if (loadedStamps === stamps) loadedStamps = read.stamps
          return read
        },
        (error: unknown) => {
          loaded = undefined
          loadedStamps = undefined
          throw error
        }
      )
    }
    return loaded
  }

  function remember(stamps: string, key: string, value: unknown): void {
    if (answersStamps !== stamps) {
      answers.clear()
      answersStamps = stamps
    }
    answers.set(key, value)
    while (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value as string)
  }

  async function store(key: string, stamps: string, value: unknown, today: string) {
    try {
      await db.transaction('rw', [RESULTS_TABLE], async () => {
        await results().put({ key, stamps, value })
        // Answers are kept for the day: other days' go (keys start with the day).
        await results().where(':id').below(today).delete()
        await results().where(':id').above(`${today}|\uffff`).delete()
      })
    } catch (error) {
      // Storing is for the next start only; this answer stands.
      console.warn('Keeping an analysis for the next start failed', error)
    }
  }

  function compute(records: CrmRecords, question: AnalysisQuestion, stamps: string): unknown {
    switch (question.kind) {
      case 'calendar':
        return calendarAnswer(records, question.today)
      case 'repTrend':
        return repTrendAnswer(records, question)
      case 'team': {
        if (!question.teamViews) return teamAnswer(records, question)
        // The dashboard's views build on the same period's plain diagnosis (Home's, Team's).
        const plainKey = questionKey({ ...question, teamViews: false })
        const plain =
          answersStamps === stamps ? (answers.get(plainKey) as TeamAnswer | undefined) : undefined
        return teamAnswer(records, question, plain)
      }
    }
  }

  async function answer<Q extends AnalysisQuestion>(question: Q): Promise<Answer<Q>> {
    const key = questionKey(question)
    const { stamps, stored } = await db.transaction(
      'r',
      [...stampStores(CRM_TABLES), RESULTS_TABLE],
      async () => ({
        stamps: await readStamps(db, CRM_TABLES),
        stored: await results().get(key)
      })
    )
    if (answersStamps === stamps && answers.has(key)) {
      return { value: answers.get(key) as AnswerTo<Q>, from: 'memory' }
    }
    if (stored?.stamps === stamps) {
      remember(stamps, key, stored.value)
      scheduleWarmUp(stamps)
      return { value: stored.value as AnswerTo<Q>, from: 'stored' }
    }
    const read = await history(stamps)
    const value = compute(read.records, question, read.stamps)
    remember(read.stamps, key, value)
    void store(key, read.stamps, value, question.today)
    return { value: value as AnswerTo<Q>, from: 'computed' }
  }

  /** After answering from storage, read the history while the manager looks at Home. */
  function scheduleWarmUp(stamps: string) {
    const delay = options.warmUpMs ?? 0
    if (delay <= 0 || warmUp !== undefined || loadedStamps === stamps) return
    warmUp = setTimeout(() => {
      warmUp = undefined
      history(stamps).catch(() => {
        // A failed warm-up is retried by the next question that needs the history.
      })
    }, delay)
  }

  return { answer }
}
