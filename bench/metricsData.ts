/**
 * A deterministic workspace for the metrics benchmark: 50 reps, three years of deals (each
 * with a snapshot per stage change, close-date pushes and a final decision), about 25
 * activities a week per rep, and monthly expense and CSAT entries. Records are built directly
 * (not through an import): the case measures the metrics engine, not the importer.
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns'
import {
  createAccountExecutiveRole,
  createDefaultSalesProcess,
  createWorkspaceSettings
} from '@shared/defaults'
import type {
  Activity,
  ActivityType,
  ManualMeasure,
  Opportunity,
  OpportunitySnapshot,
  Rep,
  WorkspaceData
} from '@shared/domain'
import { seededRandom } from './generate'

const STAGES = ['prospect', 'discover', 'qualify', 'propose', 'negotiate', 'close'] as const
const FUNNEL = [0.8, 0.75, 0.7, 0.7, 0.8, 0.85]
const NOW = '2026-01-01T00:00:00.000Z'

export interface MetricsWorkspace {
  data: WorkspaceData
  today: string
  counts: { reps: number; opportunities: number; snapshots: number; activities: number }
}

export function metricsWorkspace(options: {
  reps: number
  years: number
  today: string
  seed: number
}): MetricsWorkspace {
  const rnd = seededRandom(options.seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1))
  let serial = 0
  const id = (): string => `b-${(++serial).toString(36)}`
  const day = (d: string, n: number): string => format(addDays(parseISO(d), n), 'yyyy-MM-dd')
  const start = day(options.today, -Math.round(options.years * 365.25))
  const process = createDefaultSalesProcess(id(), NOW)
  const { role, expectationSet } = createAccountExecutiveRole(id(), id(), NOW)
  const settings = createWorkspaceSettings({ mode: 'own', salesProcessId: process.id, now: NOW })

  const reps: Rep[] = []
  const opportunities: Opportunity[] = []
  const snapshots: OpportunitySnapshot[] = []
  const activities: Activity[] = []
  const manualMeasures: ManualMeasure[] = []
  const span = differenceInCalendarDays(parseISO(options.today), parseISO(start))

  for (let r = 0; r < options.reps; r++) {
    // Most reps were there the whole time; every fifth joined later (ramps show up).
    const startDate = r % 5 === 4 ? day(start, int(0, span - 60)) : day(start, -int(30, 900))
    const rep: Rep = {
      id: id(),
      createdAt: NOW,
      updatedAt: NOW,
      name: `Rep ${r + 1}`,
      roleId: role.id,
      startDate,
      rampMonths: 3,
      territory: '',
      crmAliases: [`Rep ${r + 1}`],
      oneOnOneCadenceDays: 7,
      active: true
    }
    reps.push(rep)
    const from = startDate > start ? startDate : start
    const days = differenceInCalendarDays(parseISO(options.today), parseISO(from))
    const deals = Math.round((days / 30.44) * 10)
    for (let k = 0; k < deals; k++) {
      const created = day(from, Math.floor(rnd() * days))
      const oppId = id()
      let on = created
      let stage = 0
      let close = day(created, int(45, 90))
      const amount = int(20, 100) * 1_000_00
      const snap = (status: Opportunity['status'], nextStep: string): void => {
        snapshots.push({
          id: id(),
          opportunityId: oppId,
          takenAt: `${on}T18:00:00.000Z`,
          asOf: on,
          crmStage: STAGES[stage] ?? '',
          stageKey: STAGES[stage],
          status,
          amount: { minor: amount, currency: 'USD' },
          closeDate: status === 'open' ? close : on,
          nextStep
        })
      }
      snap('open', 'Call back')
      let status: Opportunity['status'] = 'open'
      while (status === 'open') {
        const next = day(on, int(5, 18))
        if (next > options.today) break
        on = next
        if (on > close) close = day(on, int(10, 40))
        if (rnd() < (FUNNEL[stage] ?? 0.5)) {
          if (stage === STAGES.length - 1) status = 'won'
          else stage += 1
        } else status = 'lost'
        snap(status, status === 'open' ? 'Meeting booked' : '')
      }
      opportunities.push({
        id: oppId,
        createdAt: NOW,
        updatedAt: NOW,
        crmId: oppId,
        source: 'demo',
        repId: rep.id,
        ownerAlias: rep.name,
        name: `Deal ${oppId}`,
        account: '',
        crmStage: STAGES[stage] ?? '',
        stageKey: STAGES[stage],
        status,
        amount: { minor: amount, currency: 'USD' },
        createdDate: created,
        closeDate: status === 'open' ? close : on,
        nextStep: status === 'open' && rnd() < 0.85 ? 'Meeting booked' : '',
        lastActivityDate: on
      })
    }
    const types: ActivityType[] = ['call', 'call', 'email', 'email', 'meeting', 'task']
    for (let d = 0; d <= days; d++) {
      const date = day(from, d)
      const weekday = parseISO(date).getDay()
      if (weekday === 0 || weekday === 6) continue
      const n = int(3, 7)
      for (let i = 0; i < n; i++) {
        const type = types[int(0, types.length - 1)] ?? 'call'
        activities.push({
          id: id(),
          createdAt: NOW,
          updatedAt: NOW,
          source: 'demo',
          repId: rep.id,
          ownerAlias: rep.name,
          type,
          subject: type,
          date,
          ...(type === 'meeting' ? { nextStepAgreed: rnd() < 0.6 } : {})
        })
      }
    }
    for (let m = 0; m < options.years * 12; m++) {
      const monthStart = format(addDays(parseISO(`${start.slice(0, 7)}-01`), 0), 'yyyy-MM-dd')
      const first = format(
        new Date(parseISO(monthStart).setMonth(parseISO(monthStart).getMonth() + m)),
        'yyyy-MM-dd'
      )
      const last = day(
        format(new Date(parseISO(first).setMonth(parseISO(first).getMonth() + 1)), 'yyyy-MM-dd'),
        -1
      )
      for (const [metric, value] of [
        ['expenses', int(800, 1800) * 100],
        ['csat', int(38, 50) / 10]
      ] as const) {
        manualMeasures.push({
          id: id(),
          createdAt: NOW,
          updatedAt: NOW,
          repId: rep.id,
          metric,
          periodStart: first,
          periodEnd: last,
          value,
          note: ''
        })
      }
    }
  }

  const empty = {
    imports: [],
    importMappings: [],
    checklistTemplates: [],
    observations: [],
    rolePlayScenarios: [],
    developmentAssessments: [],
    oneOnOnes: [],
    actionItems: [],
    recognitions: [],
    plans: [],
    planMilestones: [],
    checkIns: [],
    planAuditLog: []
  }
  return {
    data: {
      settings: [settings],
      salesProcesses: [process],
      roles: [role],
      expectationSets: [expectationSet],
      reps,
      opportunities,
      opportunitySnapshots: snapshots,
      activities,
      manualMeasures,
      ...empty
    },
    today: options.today,
    counts: {
      reps: reps.length,
      opportunities: opportunities.length,
      snapshots: snapshots.length,
      activities: activities.length
    }
  }
}
