import { useLiveQuery } from 'dexie-react-hooks'
import type { Table } from 'dexie'
import type { ExpectationSet, WorkspaceData } from '@shared/domain'
import { db } from '.'
import { readTables } from './live'
import { readSettings, readWorkspace } from './workspace'

/** The expectation set a rep is measured against: their role's own, else the role's first. */
export async function readRepExpectations(repId: string): Promise<ExpectationSet | undefined> {
  const rep = await db.reps.get(repId)
  const role = rep ? await db.roles.get(rep.roleId) : undefined
  if (!role) return undefined
  return (
    (role.expectationSetId && (await db.expectationSets.get(role.expectationSetId))) ||
    (await db.expectationSets.where('roleId').equals(role.id).first())
  )
}

/** The rep's wins, newest first, and the labels of the dimensions they were logged against. */
export function useRepWins(repId: string, roleId: string) {
  return useLiveQuery(async () => {
    const [wins, set] = await Promise.all([
      db.recognitions.where('[repId+date]').between([repId, ''], [repId, '\uffff']).toArray(),
      readRepExpectations(repId)
    ])
    return {
      wins: wins.reverse(),
      labels: new Map((set?.dimensions ?? []).map((d) => [d.key, d.label]))
    }
  }, [repId, roleId])
}

/** One observation, live; null when there is none with that id. */
export function useObservation(id: string) {
  return useLiveQuery(async () => (await db.observations.get(id)) ?? null, [id])
}

export const readOpportunity = (id: string) => db.opportunities.get(id)

/** The whole workspace in one read transaction (for CSV exports of it). */
export const readWholeWorkspace = (): Promise<WorkspaceData> =>
  db.transaction('r', db.tables, () => readWorkspace(db))

/** A 1:1 with its rep and the rep's commitments, live; null when the 1:1 or rep is gone. */
export function useMeeting(id: string | undefined) {
  return useLiveQuery(async () => {
    const meeting = id ? await db.oneOnOnes.get(id) : undefined
    if (!meeting) return null
    const [rep, items] = await Promise.all([
      db.reps.get(meeting.repId),
      db.actionItems.where('repId').equals(meeting.repId).toArray()
    ])
    if (!rep) return null
    return { meeting, rep, items }
  }, [id])
}

/** A stored 1:1 and all the rep's commitments, for the rep's copy of it. */
export async function readMeetingSummary(meetingId: string, repId: string) {
  const [meeting, items, settings] = await Promise.all([
    db.oneOnOnes.get(meetingId),
    db.actionItems.where('repId').equals(repId).toArray(),
    db.settings.get('workspace')
  ])
  return { meeting, items, settings }
}

/** What Home and the reminders weigh: settings, reps, 1:1s, open commitments, plans and their dates. */
export function useDueRecords(options: { activePlansOnly: boolean }) {
  const { activePlansOnly } = options
  return useLiveQuery(async () => {
    const [settings, reps, meetings, actionItems, plans] = await Promise.all([
      readSettings(db),
      db.reps.toArray(),
      activePlansOnly
        ? db.oneOnOnes.where('status').anyOf('planned', 'held', 'skipped').toArray()
        : db.oneOnOnes.toArray(),
      db.actionItems.where('status').equals('open').toArray(),
      activePlansOnly ? db.plans.where('status').equals('active').toArray() : db.plans.toArray()
    ])
    const planIds = plans.map((p) => p.id)
    const [checkIns, milestones] = activePlansOnly
      ? await Promise.all([
          db.checkIns.where('planId').anyOf(planIds).toArray(),
          db.planMilestones.where('planId').anyOf(planIds).toArray()
        ])
      : await Promise.all([db.checkIns.toArray(), db.planMilestones.toArray()])
    return { settings, reps, meetings, actionItems, plans, checkIns, milestones }
  }, [activePlansOnly])
}

/**
 * How far the own-team setup has come: the settings, and whether there are reps and CRM
 * records. "Any at all" reads one key: counting a table walks every record (in Chromium, 0.8 s
 * for 200,000 activities, and it holds up every other read of the database meanwhile).
 */
export function useSetupProgress() {
  return useLiveQuery(async () => {
    const any = async <T>(table: Table<T, string>) =>
      (await table.limit(1).primaryKeys()).length > 0
    const [settings, reps, opportunities, activities] = await Promise.all([
      db.settings.get('workspace'),
      any(db.reps),
      any(db.opportunities),
      any(db.activities)
    ])
    return { settings, reps, opportunities, activities }
  }, [])
}

/** Stage keys in use by observations, opportunities or live checklists (they can't be removed). */
export async function readStageKeysInUse(): Promise<Set<string>> {
  const { observations, opportunities, checklistTemplates } = await readTables([
    'observations',
    'opportunities',
    'checklistTemplates'
  ])
  return new Set([
    ...observations.map((o) => o.stageKey),
    ...opportunities.map((o) => o.stageKey ?? ''),
    ...checklistTemplates.filter((t) => !t.retired).map((t) => t.stageKey)
  ])
}
