/**
 * A large workspace for the 1:1 prep case, as records (the prep reads the database, not CRM
 * files): `reps` reps with `years` of history each, ending at `today`: opportunities with stage
 * and close-date snapshots, activities, weekly 1:1s with notes and commitments, observations,
 * recognitions, development assessments, manual measures, and a coaching plan or PIP for one
 * rep in ten. Deterministic for a seed.
 */
import { CheckIn, Plan } from '@shared/domain'
import type {
  ActionItem,
  Activity,
  DevelopmentAssessment,
  ManualMeasure,
  Observation,
  OneOnOne,
  Opportunity,
  OpportunitySnapshot,
  PlanMilestone,
  Recognition,
  Rep,
  WorkspaceData
} from '@shared/domain'
import { REPS, seededRandom } from './generate'

const STAGES = ['prospect', 'discover', 'qualify', 'propose', 'negotiate', 'close'] as const
const STAMP = '2026-11-30T08:00:00.000Z'

export interface PrepWorkspaceOptions {
  reps: number
  years: number
  today: string
  seed?: number
}

export type PrepWorkspace = Pick<
  WorkspaceData,
  | 'reps'
  | 'opportunities'
  | 'opportunitySnapshots'
  | 'activities'
  | 'oneOnOnes'
  | 'actionItems'
  | 'observations'
  | 'recognitions'
  | 'developmentAssessments'
  | 'manualMeasures'
  | 'plans'
  | 'planMilestones'
  | 'checkIns'
>

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export function prepWorkspace(
  options: PrepWorkspaceOptions,
  roleId: string,
  templateId: string
): PrepWorkspace {
  const random = seededRandom(options.seed ?? 7)
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  let serial = 0
  const id = (kind: string) => `${kind}-${(++serial).toString(36)}`
  const stamp = { createdAt: STAMP, updatedAt: STAMP }
  const days = Math.round(options.years * 365)
  const start = addDays(options.today, -days)
  const out: PrepWorkspace = {
    reps: [],
    opportunities: [],
    opportunitySnapshots: [],
    activities: [],
    oneOnOnes: [],
    actionItems: [],
    observations: [],
    recognitions: [],
    developmentAssessments: [],
    manualMeasures: [],
    plans: [],
    planMilestones: [],
    checkIns: []
  }
  for (let r = 0; r < options.reps; r++) {
    const name = REPS[r % REPS.length] ?? `Rep ${r}`
    const rep: Rep = {
      ...stamp,
      id: id('rep'),
      name,
      roleId,
      startDate: start,
      rampMonths: 0,
      territory: `Territory ${r + 1}`,
      crmAliases: [name],
      oneOnOneCadenceDays: 7,
      active: true
    }
    out.reps.push(rep)
    const opps: Opportunity[] = []
    // About 25 new deals a month, each moving through stages with a snapshot per move.
    for (let day = start; day <= options.today; day = addDays(day, int(0, 2))) {
      const oppId = id('opp')
      const reach = int(0, STAGES.length - 1)
      const closeIn = int(20, 120)
      let closeDate = addDays(day, closeIn)
      const amount = { minor: int(5_000, 120_000) * 100, currency: 'USD' }
      let asOf = day
      let stage = 0
      const snapshots: OpportunitySnapshot[] = []
      const push = (status: Opportunity['status']) =>
        snapshots.push({
          id: id('snap'),
          opportunityId: oppId,
          takenAt: `${asOf}T18:00:00.000Z`,
          asOf,
          crmStage: STAGES[stage] ?? 'close',
          stageKey: STAGES[stage],
          status,
          amount,
          closeDate,
          nextStep: 'Follow up'
        })
      push('open')
      while (stage < reach) {
        asOf = addDays(asOf, int(5, 25))
        if (asOf > options.today) break
        stage += 1
        if (random() < 0.2) closeDate = addDays(closeDate, int(7, 30))
        push('open')
      }
      const closed = closeDate <= options.today && asOf <= options.today
      const status: Opportunity['status'] = !closed
        ? 'open'
        : stage === STAGES.length - 1
          ? 'won'
          : 'lost'
      if (closed) {
        asOf = closeDate
        push(status)
      }
      opps.push({
        ...stamp,
        id: oppId,
        crmId: `CRM-${serial}`,
        source: 'demo',
        repId: rep.id,
        ownerAlias: name,
        name: `Deal ${serial}`,
        account: `Account ${int(1, 400)}`,
        crmStage: STAGES[stage] ?? 'close',
        stageKey: STAGES[stage],
        status,
        amount,
        createdDate: day,
        closeDate,
        nextStep: random() < 0.8 ? 'Follow up' : '',
        lastActivityDate: [day, addDays(options.today, -int(0, 60))].sort()[1]
      })
      out.opportunitySnapshots.push(...snapshots)
    }
    out.opportunities.push(...opps)
    // About 30 activities a week.
    for (let day = start; day <= options.today; day = addDays(day, 1)) {
      for (let k = int(2, 6); k > 0; k--) {
        const type = (['call', 'call', 'email', 'meeting', 'task'] as const)[int(0, 4)] ?? 'call'
        const activity: Activity = {
          ...stamp,
          id: id('act'),
          source: 'demo',
          repId: rep.id,
          ownerAlias: name,
          type,
          subject: `${type} ${serial}`,
          date: day,
          opportunityId: opps[int(0, opps.length - 1)]?.id
        }
        if (type === 'meeting') activity.nextStepAgreed = random() < 0.6
        out.activities.push(activity)
      }
    }
    // Weekly 1:1s: held, one in eight skipped, two commitments each; the next one planned.
    const first = addDays(start, int(0, 6))
    let last = first
    for (let day = first; day <= options.today; day = addDays(day, 7)) {
      last = day
      const held = random() > 0.125
      const meeting: OneOnOne = {
        ...stamp,
        id: id('1on1'),
        repId: rep.id,
        scheduledFor: day,
        status: held ? 'held' : 'skipped',
        heldOn: held ? day : undefined,
        agenda: ['Results', 'Pipeline', 'CRM hygiene', 'Development', 'Anything else'].map(
          (title, i) => ({
            key: `k${i}`,
            title,
            source: i === 4 ? 'manager' : 'results',
            done: held,
            notes: held ? `Talked about ${title.toLowerCase()}.` : ''
          })
        ),
        sharedNotes: held ? 'Reviewed the forecast and the three largest deals.' : '',
        privateNotes: held && random() < 0.1 ? 'Watch the activity numbers.' : ''
      }
      out.oneOnOnes.push(meeting)
      if (!held) continue
      for (const owner of ['rep', 'manager'] as const) {
        const dueDate = addDays(day, 7)
        const done = dueDate < addDays(options.today, -14) && random() < 0.9
        const item: ActionItem = {
          ...stamp,
          id: id('action'),
          repId: rep.id,
          oneOnOneId: meeting.id,
          text: owner === 'rep' ? 'Update next steps on open deals' : 'Send the account list',
          owner,
          dueDate,
          status: done ? 'done' : 'open'
        }
        if (done) item.completedAt = `${dueDate}T16:00:00.000Z`
        out.actionItems.push(item)
      }
    }
    out.oneOnOnes.push({
      ...stamp,
      id: id('1on1'),
      repId: rep.id,
      scheduledFor: addDays(last, 7),
      status: 'planned',
      agenda: [],
      sharedNotes: '',
      privateNotes: ''
    })
    for (let day = start; day <= options.today; day = addDays(day, int(10, 20))) {
      const observation: Observation = {
        ...stamp,
        id: id('obs'),
        kind: (['rideAlong', 'callReview', 'rolePlay'] as const)[int(0, 2)] ?? 'rideAlong',
        repId: rep.id,
        stageKey: STAGES[int(0, 4)] ?? 'discover',
        date: day,
        status: 'final',
        opportunityLabel: '',
        templateId,
        templateVersion: 1,
        scores: [],
        outcome: '',
        selfAssessment: '',
        strength: 'Clear agenda',
        focus: 'Ask for the next step',
        notes: []
      }
      out.observations.push(observation)
    }
    for (let m = 0; m < days / 30; m++) {
      const periodEnd = addDays(start, (m + 1) * 30)
      if (periodEnd > options.today) break
      const recognition: Recognition = {
        ...stamp,
        id: id('rec'),
        repId: rep.id,
        date: periodEnd,
        text: 'Great customer feedback',
        visibility: 'public'
      }
      out.recognitions.push(recognition)
      for (const metric of ['csat', 'expenses'] as const) {
        const measure: ManualMeasure = {
          ...stamp,
          id: id('mm'),
          repId: rep.id,
          metric,
          periodStart: addDays(periodEnd, -29),
          periodEnd,
          value: metric === 'csat' ? int(30, 50) / 10 : int(500, 3000) * 100,
          note: ''
        }
        out.manualMeasures.push(measure)
      }
    }
    for (let q = 0; q < days / 90; q++) {
      const assessment: DevelopmentAssessment = {
        ...stamp,
        id: id('dev'),
        repId: rep.id,
        skill: ['Discovery', 'Closing', 'CRM discipline'][q % 3] ?? 'Discovery',
        assessedOn: addDays(start, q * 90 + 45),
        competence: 'some',
        commitment: 'low',
        level: 'D2',
        style: 'S2',
        note: ''
      }
      if (assessment.assessedOn <= options.today) out.developmentAssessments.push(assessment)
    }
    if (r % 10 === 0) {
      const plan: Plan = Plan.parse({
        ...stamp,
        id: id('plan'),
        kind: r % 20 === 0 ? 'pip' : 'coaching',
        repId: rep.id,
        title: 'Activity plan',
        status: 'active',
        startDate: addDays(options.today, -30),
        endDate: addDays(options.today, 60),
        origin: 'scratch',
        repCommitment: '',
        expectations: [],
        concerns: [],
        goals: [],
        support: [],
        checkInSchedule: 'Weekly',
        consequences: ''
      })
      out.plans.push(plan)
      for (let w = 0; w < 13; w++) {
        const scheduledFor = addDays(plan.startDate, w * 7)
        const checkIn: CheckIn = CheckIn.parse({
          ...stamp,
          id: id('checkin'),
          planId: plan.id,
          repId: rep.id,
          scheduledFor,
          status: scheduledFor < options.today ? 'held' : 'scheduled',
          notes: ''
        })
        out.checkIns.push(checkIn)
      }
      for (const dueIn of [0, 30, 60]) {
        const milestone: PlanMilestone = {
          ...stamp,
          id: id('ms'),
          planId: plan.id,
          repId: rep.id,
          title: `Milestone at day ${dueIn + 30}`,
          dueDate: addDays(options.today, dueIn),
          status: 'pending'
        }
        out.planMilestones.push(milestone)
      }
    }
  }
  return out
}
