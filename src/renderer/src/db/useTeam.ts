import { useLiveQuery } from 'dexie-react-hooks'
import type { ExpectationSet, Rep, Role } from '@shared/domain'
import { lastNDays, type DateRange } from '@shared/metrics/dates'
import { repHeadline, type RepHeadline } from '@shared/metrics/headline'
import { db, type FieldbookDb } from '.'

export interface TeamRow {
  rep: Rep
  role?: Role
  headline: RepHeadline
}

function expectationsFor(
  role: Role | undefined,
  sets: ExpectationSet[]
): ExpectationSet | undefined {
  return (
    sets.find((s) => s.id === role?.expectationSetId) ?? sets.find((s) => s.roleId === role?.id)
  )
}

/** Reads what the headline numbers of some reps need, using the indexes, then computes them. */
export async function loadTeamRows(
  database: FieldbookDb,
  today: string,
  only?: string,
  range?: DateRange
): Promise<TeamRow[]> {
  const recent = lastNDays(today, 28)
  const [allReps, roles, sets, settings] = await Promise.all([
    database.reps.toArray(),
    database.roles.toArray(),
    database.expectationSets.toArray(),
    database.settings.get('workspace')
  ])
  const reps = allReps.filter((r) => (only ? r.id === only : r.active))
  return Promise.all(
    reps.map(async (rep) => {
      const [opportunities, activities, oneOnOnes] = await Promise.all([
        database.opportunities.where('repId').equals(rep.id).toArray(),
        database.activities
          .where('[repId+date]')
          .between([rep.id, recent.start], [rep.id, recent.end], true, true)
          .toArray(),
        // Every 1:1 of the rep: one planned for later may have been held already (held early).
        database.oneOnOnes
          .where('[repId+scheduledFor]')
          .between([rep.id, ''], [rep.id, '\uffff'])
          .toArray()
      ])
      const role = roles.find((r) => r.id === rep.roleId)
      const headline = repHeadline({
        rep,
        expectations: expectationsFor(role, sets),
        opportunities,
        activities,
        oneOnOnes,
        today,
        currency: settings?.currency ?? 'USD',
        range
      })
      return { rep, role, headline }
    })
  )
}

/** The team's rows for the shared period (undefined range: wait for it). */
export function useTeamRows(today: string, range: DateRange | undefined): TeamRow[] | undefined {
  return useLiveQuery(
    async () => (range ? loadTeamRows(db, today, undefined, range) : undefined),
    [today, range?.start, range?.end]
  )
}

export function useRepRow(
  repId: string | undefined,
  today: string,
  range?: DateRange
): TeamRow | null | undefined {
  return useLiveQuery(
    async () => (repId ? ((await loadTeamRows(db, today, repId, range))[0] ?? null) : null),
    [repId, today, range?.start, range?.end]
  )
}
