import type { Activity, ActivityType, CalendarDate } from '../domain'
import { addDays, eachDay, isWeekday, maxDay, minDay, weekdayOnOrBefore } from './calendar'
import { isOpenOn, stageOn, type DealPlan } from './dealPlans'
import type { DemoDeal } from './pipeline'
import type { Rng } from './random'
import { activitySubject } from './text'
import type { DemoContext, DemoRep, HygieneStyle } from './types'

/** Share of activities logged against a deal (the rest is prospecting and admin). */
const LINKED_SHARE = 0.7
/** Longest gap since the last logged activity on an open deal, by hygiene style. */
const FRESH_DAYS: Record<HygieneStyle, number | undefined> = {
  spotless: 7,
  clean: 21,
  sloppy: undefined
}

/** A Salesforce-style 18-character task id. */
const activityCrmId = (n: number): string => `00T5g000${String(n).padStart(7, '0')}AAM`

function pickType(rng: Rng, meetingShare: number): ActivityType {
  const r = rng.next()
  if (r < meetingShare) return 'meeting'
  const rest = (r - meetingShare) / (1 - meetingShare)
  return rest < 0.45 ? 'call' : rest < 0.85 ? 'email' : 'task'
}

/** The last day the rep works on a deal: its close, the neglect date, or today. */
function lastWorkingDay(plan: DealPlan, today: CalendarDate): CalendarDate {
  let end = plan.decision ? minDay(plan.decision.on, today) : today
  if (plan.neglectFrom) end = minDay(end, addDays(plan.neglectFrom, -1))
  return end
}

/**
 * Calls, emails, meetings and tasks for every rep over the 12 months, about the profile's
 * weekly rate on weekdays. Each opportunity's lastActivityDate is set from its activities.
 */
export function generateActivities(
  ctx: DemoContext,
  reps: readonly DemoRep[],
  dealsByRep: ReadonlyMap<string, DemoDeal[]>
): Activity[] {
  const rng = ctx.rng.fork('activities')
  const all: Activity[] = []
  let serial = 0
  for (const demoRep of reps) {
    const { rep, profile } = demoRep
    const repRng = rng.fork(rep.name)
    const deals = dealsByRep.get(rep.id) ?? []
    const last = new Map<string, CalendarDate>()
    const activities: Activity[] = []

    const log = (day: CalendarDate, type: ActivityType, deal: DemoDeal | undefined): void => {
      const subjectDeal = deal && { account: deal.plan.account, stage: stageOn(deal.plan, day) }
      const activity: Activity = {
        id: ctx.newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        crmId: activityCrmId(++serial),
        source: 'demo',
        repId: rep.id,
        ownerAlias: demoRep.crmUserId,
        type,
        subject: activitySubject(repRng, type, subjectDeal),
        date: day,
        ...(deal ? { opportunityId: deal.opportunity.id } : {})
      }
      if (type === 'call') activity.durationSeconds = repRng.int(2, 25) * 60
      if (type === 'meeting') {
        activity.durationSeconds = repRng.pick([30, 45, 60]) * 60
        activity.nextStepAgreed = repRng.chance(profile.meetingNextStepRate)
      }
      if (deal) last.set(deal.opportunity.id, maxDay(last.get(deal.opportunity.id) ?? day, day))
      activities.push(activity)
    }

    const perDay = profile.activitiesPerWeek / 5
    for (const day of eachDay(maxDay(ctx.windowStart, rep.startDate), ctx.today)) {
      if (!isWeekday(day)) continue
      const count = Math.max(0, Math.round(repRng.normal(perDay, Math.sqrt(perDay) * 0.7)))
      const workable = deals.filter(
        (d) => d.plan.created <= day && day <= lastWorkingDay(d.plan, ctx.today)
      )
      for (let i = 0; i < count; i++) {
        const linked = workable.length > 0 && repRng.chance(LINKED_SHARE)
        log(day, pickType(repRng, profile.meetingShare), linked ? repRng.pick(workable) : undefined)
      }
    }

    // A rep who keeps the CRM current has touched every open deal recently.
    const fresh = FRESH_DAYS[profile.hygiene]
    if (fresh !== undefined) {
      for (const deal of deals) {
        if (!isOpenOn(deal.plan, ctx.today) || deal.plan.neglectFrom) continue
        const seen = last.get(deal.opportunity.id)
        if (seen !== undefined && seen >= addDays(ctx.today, -fresh)) continue
        const day = weekdayOnOrBefore(addDays(ctx.today, -repRng.int(0, Math.max(0, fresh - 3))))
        log(maxDay(day, deal.plan.created), repRng.chance(0.5) ? 'email' : 'call', deal)
      }
    }

    for (const deal of deals) {
      const seen = last.get(deal.opportunity.id)
      if (seen !== undefined) deal.opportunity.lastActivityDate = seen
    }
    activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    all.push(...activities)
  }
  return all
}
