import { useLiveQuery } from 'dexie-react-hooks'
import type {
  ActionItem,
  ActivityType,
  OneOnOne,
  Opportunity,
  Plan,
  SalesProcess
} from '@shared/domain'
import { lastNDays } from '@shared/metrics/dates'
import { db } from '.'

export interface RepDetails {
  openOpportunities: Opportunity[]
  activityCounts: Record<ActivityType, number>
  recentOneOnOnes: OneOnOne[]
  openActionItems: ActionItem[]
  plans: Plan[]
  stageName(key: string | undefined, crmStage: string): string
}

function stageNamer(process: SalesProcess | undefined) {
  return (key: string | undefined, crmStage: string) =>
    process?.stages.find((s) => s.key === key)?.name ?? (crmStage || '—')
}

/** The rep page's lists, read through indexes. */
export function useRepDetails(repId: string, today: string): RepDetails | undefined {
  return useLiveQuery(async () => {
    const recent = lastNDays(today, 28)
    const [opps, activities, meetings, items, plans, settings] = await Promise.all([
      db.opportunities.where('repId').equals(repId).toArray(),
      db.activities
        .where('[repId+date]')
        .between([repId, recent.start], [repId, recent.end], true, true)
        .toArray(),
      db.oneOnOnes
        .where('[repId+scheduledFor]')
        .between([repId, ''], [repId, '\uffff'])
        .reverse()
        .limit(5)
        .toArray(),
      db.actionItems
        .where('repId')
        .equals(repId)
        .filter((a) => a.status === 'open')
        .toArray(),
      db.plans.where('repId').equals(repId).toArray(),
      db.settings.get('workspace')
    ])
    const process = settings?.salesProcessId
      ? await db.salesProcesses.get(settings.salesProcessId)
      : undefined
    const activityCounts: Record<ActivityType, number> = { call: 0, email: 0, meeting: 0, task: 0 }
    for (const a of activities) activityCounts[a.type] += 1
    return {
      openOpportunities: opps
        .filter((o) => o.status === 'open')
        .sort((a, b) => (b.amount?.minor ?? 0) - (a.amount?.minor ?? 0))
        .slice(0, 10),
      activityCounts,
      recentOneOnOnes: meetings,
      openActionItems: items.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')),
      plans: plans.filter((p) => p.status !== 'closed'),
      stageName: stageNamer(process)
    }
  }, [repId, today])
}
