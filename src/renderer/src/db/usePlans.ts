import { useLiveQuery } from 'dexie-react-hooks'
import type {
  Activity,
  CheckIn,
  ExpectationSet,
  Opportunity,
  Plan,
  PlanAuditEntry,
  PlanMilestone,
  ReminderSettings,
  Rep,
  Role,
  WorkspaceSettings
} from '@shared/domain'
import { inRecordOrder } from '@shared/plans/auditChain'
import { evidenceChoices, type EvidenceChoice } from '@shared/plans/evidence'
import { db, readSettings } from '.'
import { readReminderSettings } from './reminderSettings'

export interface PlanListRow {
  plan: Plan
  repName: string
  nextCheckIn?: string
  checkInsHeld: number
  checkInsTotal: number
}

/** Every plan with its rep's name and where its check-ins stand. */
export function usePlanList(): PlanListRow[] | undefined {
  return useLiveQuery(async () => {
    const [plans, reps, checkIns] = await Promise.all([
      db.plans.toArray(),
      db.reps.toArray(),
      db.checkIns.toArray()
    ])
    const names = new Map(reps.map((r) => [r.id, r.name]))
    return plans
      .map((plan) => {
        const mine = checkIns.filter((c) => c.planId === plan.id)
        const next = mine
          .filter((c) => c.status === 'scheduled')
          .map((c) => c.scheduledFor)
          .sort()[0]
        return {
          plan,
          repName: names.get(plan.repId) ?? 'Unknown rep',
          ...(next ? { nextCheckIn: next } : {}),
          checkInsHeld: mine.filter((c) => c.status !== 'scheduled').length,
          checkInsTotal: mine.length
        }
      })
      .sort((a, b) => b.plan.startDate.localeCompare(a.plan.startDate))
  }, [])
}

export interface RoleContext {
  role?: Role
  expectationSet?: ExpectationSet
}

async function roleOf(rep: Rep | undefined): Promise<RoleContext> {
  if (!rep) return {}
  const role = await db.roles.get(rep.roleId)
  const expectationSet = role?.expectationSetId
    ? await db.expectationSets.get(role.expectationSetId)
    : (await db.expectationSets.where('roleId').equals(rep.roleId).toArray())[0]
  return { ...(role ? { role } : {}), ...(expectationSet ? { expectationSet } : {}) }
}

async function repRecords(repId: string) {
  const [activities, opportunities] = await Promise.all([
    db.activities.where('[repId+date]').between([repId, ''], [repId, '\uffff']).toArray(),
    db.opportunities.where('repId').equals(repId).toArray()
  ])
  return { activities, opportunities }
}

export interface NewPlanContext extends RoleContext {
  reps: Rep[]
  settings?: WorkspaceSettings
  rep?: Rep
  evidence: EvidenceChoice[]
  activities: Activity[]
  fromPlan?: Plan
}

/** What the new-plan form offers for the chosen rep: role, evidence and the activity record. */
export function useNewPlanContext(
  repId: string,
  fromPlanId: string | undefined,
  today: string
): NewPlanContext | undefined {
  return useLiveQuery(async () => {
    const [reps, settings] = await Promise.all([db.reps.toArray(), readSettings(db)])
    const rep = reps.find((r) => r.id === repId)
    const fromPlan = fromPlanId ? await db.plans.get(fromPlanId) : undefined
    if (!rep) {
      return { reps, evidence: [], activities: [], ...(settings ? { settings } : {}) }
    }
    const [oneOnOnes, actionItems, observations, plans, records, roleContext] = await Promise.all([
      db.oneOnOnes.where('[repId+scheduledFor]').between([repId, ''], [repId, '\uffff']).toArray(),
      db.actionItems.where('repId').equals(repId).toArray(),
      db.observations.where('[repId+date]').between([repId, ''], [repId, '\uffff']).toArray(),
      db.plans.where('repId').equals(repId).toArray(),
      repRecords(repId),
      roleOf(rep)
    ])
    return {
      reps,
      rep,
      ...(settings ? { settings } : {}),
      ...roleContext,
      ...(fromPlan ? { fromPlan } : {}),
      evidence: evidenceChoices({ oneOnOnes, actionItems, observations, plans, until: today }),
      activities: records.activities
    }
  }, [repId, fromPlanId, today])
}

export interface PlanDetail extends RoleContext {
  plan: Plan
  rep?: Rep
  settings?: WorkspaceSettings
  milestones: PlanMilestone[]
  checkIns: CheckIn[]
  auditLog: PlanAuditEntry[]
  coachingPlan?: Plan
  activities: Activity[]
  opportunities: Opportunity[]
}

/** One plan with everything its page and its packet need; null when there is no such plan. */
export function usePlanDetail(planId: string | undefined): PlanDetail | null | undefined {
  return useLiveQuery(async () => {
    const plan = planId ? await db.plans.get(planId) : undefined
    if (!plan) return null
    const rep = await db.reps.get(plan.repId)
    const [milestones, checkIns, auditLog, settings, records, roleContext] = await Promise.all([
      db.planMilestones.where('planId').equals(plan.id).sortBy('dueDate'),
      db.checkIns.where('planId').equals(plan.id).sortBy('scheduledFor'),
      db.planAuditLog.where('planId').equals(plan.id).toArray().then(inRecordOrder),
      readSettings(db),
      repRecords(plan.repId),
      roleOf(rep)
    ])
    const coachingPlan =
      plan.origin === 'coachingPlan' && plan.originRef
        ? await db.plans.get(plan.originRef)
        : undefined
    return {
      plan,
      ...(rep ? { rep } : {}),
      ...(settings ? { settings } : {}),
      ...roleContext,
      milestones,
      checkIns,
      auditLog,
      ...(coachingPlan ? { coachingPlan } : {}),
      ...records
    }
  }, [planId])
}

/** The workspace's reminder settings, which a plan's check-in calendar follows when made. */
export function planCalendarReminders(): Promise<ReminderSettings> {
  return readReminderSettings(db)
}
