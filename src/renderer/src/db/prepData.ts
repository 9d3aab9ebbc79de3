import { firstSnapshots, type CalendarDate, type Opportunity } from '@shared/domain'
import { quarterOf } from '@shared/metrics/dates'
import { buildPrep, prepWindow, type Prep, type PrepInput } from '@shared/oneOnOnes'
import type { FieldbookDb } from './database'

const addDaysTo = (day: CalendarDate, n: number): CalendarDate => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

const repRange = (repId: string, from: string, to: string) =>
  [
    [repId, from],
    [repId, to]
  ] as const

/**
 * Reads what one rep's prep needs through the indexes: only the rep's records, and of the
 * opportunities only those that can still move a number (open, or created or closed since the
 * comparison window starts); their snapshots by opportunity id. Returns null for an unknown rep.
 * Plain equality and range queries, filtered in memory: Dexie's filter() and anyOf() walk a
 * cursor, which costs more than reading the rep's rows with getAll and dropping some.
 */
export function loadPrepInput(
  db: FieldbookDb,
  repId: string,
  today: CalendarDate
): Promise<PrepInput | null> {
  // One read transaction: a consistent picture, and one transaction instead of hundreds.
  return db.transaction(
    'r',
    PREP_TABLES.map((t) => db.table(t)),
    () => readPrepInput(db, repId, today)
  )
}

/** Every table the prep reads. */
const PREP_TABLES = [
  'reps',
  'settings',
  'roles',
  'expectationSets',
  'salesProcesses',
  'oneOnOnes',
  'actionItems',
  'opportunities',
  'opportunitySnapshots',
  'activities',
  'manualMeasures',
  'plans',
  'planMilestones',
  'checkIns',
  'observations',
  'developmentAssessments',
  'recognitions'
] as const

async function readPrepInput(
  db: FieldbookDb,
  repId: string,
  today: CalendarDate
): Promise<PrepInput | null> {
  const [rep, settings, meetings] = await Promise.all([
    db.reps.get(repId),
    db.settings.get('workspace'),
    db.oneOnOnes
      .where('[repId+scheduledFor]')
      .between(...repRange(repId, '', '\uffff'))
      .toArray()
  ])
  if (!rep) return null
  const window = prepWindow(meetings, today)
  // The window before the last 1:1 (same length) and the quarter it fell in.
  const from = [
    addDaysTo(window.since, -window.days),
    quarterOf(window.since).start
  ].sort()[0] as string
  const relevant = (o: Opportunity) =>
    o.status === 'open' ||
    o.closeDate === undefined ||
    o.closeDate >= from ||
    (o.createdDate !== undefined && o.createdDate >= from)
  const [
    opportunities,
    actionItems,
    activities,
    manualMeasures,
    plans,
    milestones,
    checkIns,
    observations,
    assessments,
    recognitions,
    role
  ] = await Promise.all([
    db.opportunities
      .where('repId')
      .equals(repId)
      .toArray()
      .then((all) => all.filter(relevant)),
    db.actionItems.where('repId').equals(repId).toArray(),
    db.activities
      .where('[repId+date]')
      .between(...repRange(repId, from, today), true, true)
      .toArray(),
    db.manualMeasures
      .where('[repId+periodStart]')
      .between(...repRange(repId, '', '\uffff'))
      .toArray(),
    db.plans.where('repId').equals(repId).toArray(),
    db.planMilestones
      .where('[repId+dueDate]')
      .between(...repRange(repId, '', '\uffff'))
      .toArray(),
    db.checkIns
      .where('[repId+scheduledFor]')
      .between(...repRange(repId, '', '\uffff'))
      .toArray(),
    db.observations
      .where('[repId+date]')
      .between(
        ...repRange(repId, addDaysTo(today, -Math.max(30, window.days) - 1), today),
        true,
        true
      )
      .toArray(),
    db.developmentAssessments
      .where('[repId+assessedOn]')
      .between(...repRange(repId, '', '\uffff'))
      .toArray(),
    db.recognitions
      .where('[repId+date]')
      .between(...repRange(repId, window.since, today), true, true)
      .toArray(),
    db.roles.get(rep.roleId)
  ])
  // One equality query per deal rather than anyOf: a key range each, no cursor hopping across
  // the whole index (which fake-indexeddb, and so the benchmark, walks linearly).
  const snapshots = (
    await Promise.all(
      opportunities.map((o) =>
        db.opportunitySnapshots.where('opportunityId').equals(o.id).toArray()
      )
    )
  )
    .flat()
    // The first snapshot of a deal no import has moved yet is its record (issue 18).
    .concat(firstSnapshots(opportunities))
  const [expectations, process] = await Promise.all([
    role?.expectationSetId ? db.expectationSets.get(role.expectationSetId) : undefined,
    settings?.salesProcessId ? db.salesProcesses.get(settings.salesProcessId) : undefined
  ])
  return {
    rep,
    today,
    meetings,
    actionItems,
    opportunities,
    snapshots,
    activities,
    manualMeasures,
    plans,
    milestones,
    checkIns,
    observations,
    assessments,
    recognitions,
    expectations,
    process,
    currency: settings?.currency ?? 'USD',
    staleDays: settings?.thresholds.staleOpportunityDays ?? 30
  }
}

/** The whole prep for one rep: the reads above, then the pure builder. */
export async function loadPrep(
  db: FieldbookDb,
  repId: string,
  today: CalendarDate
): Promise<{ input: PrepInput; prep: Prep } | null> {
  const input = await loadPrepInput(db, repId, today)
  return input ? { input, prep: buildPrep(input) } : null
}
