import type {
  ActionItem,
  OneOnOne,
  Opportunity,
  OpportunitySnapshot,
  Rep
} from '../../../src/shared/domain'
import { createDefaultSalesProcess } from '../../../src/shared/defaults'
import type { PrepInput } from '../../../src/shared/oneOnOnes'

export const stamp = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

export const rep: Rep = {
  ...stamp,
  id: 'r1',
  name: 'Sam Lee',
  roleId: 'ae',
  startDate: '2024-01-08',
  rampMonths: 0,
  territory: '',
  crmAliases: ['Sam Lee'],
  oneOnOneCadenceDays: 7,
  active: true
}

let serial = 0
export function meeting(
  scheduledFor: string,
  status: OneOnOne['status'],
  agenda: Partial<OneOnOne['agenda'][number]>[] = [],
  extra: Partial<OneOnOne> = {}
): OneOnOne {
  serial += 1
  return {
    ...stamp,
    createdAt: `2026-01-01T00:00:${String(serial % 60).padStart(2, '0')}.000Z`,
    id: `m-${scheduledFor}-${serial}`,
    repId: 'r1',
    scheduledFor,
    status,
    heldOn: status === 'held' ? scheduledFor : undefined,
    agenda: agenda.map((a, i) => ({
      key: `k${i}`,
      title: `Item ${i}`,
      source: 'manager' as const,
      done: false,
      notes: '',
      ...a
    })),
    sharedNotes: '',
    privateNotes: '',
    ...extra
  }
}

export function action(id: string, extra: Partial<ActionItem> = {}): ActionItem {
  return {
    ...stamp,
    id,
    repId: 'r1',
    text: `Commitment ${id}`,
    owner: 'rep',
    status: 'open',
    ...extra
  }
}

export function opportunity(id: string, extra: Partial<Opportunity> = {}): Opportunity {
  return {
    ...stamp,
    id,
    crmId: id,
    source: 'demo',
    repId: 'r1',
    ownerAlias: 'Sam Lee',
    name: `Deal ${id}`,
    account: 'Acme',
    crmStage: 'Qualification',
    stageKey: 'qualify',
    status: 'open',
    amount: { minor: 1_000_000, currency: 'USD' },
    createdDate: '2026-09-01',
    closeDate: '2026-12-15',
    nextStep: 'Demo',
    lastActivityDate: '2026-11-20',
    ...extra
  }
}

export function snapshot(
  opportunityId: string,
  asOf: string,
  extra: Partial<OpportunitySnapshot> = {}
): OpportunitySnapshot {
  return {
    id: `s-${opportunityId}-${asOf}`,
    opportunityId,
    takenAt: `${asOf}T18:00:00.000Z`,
    asOf,
    crmStage: 'Qualification',
    stageKey: 'qualify',
    status: 'open',
    amount: { minor: 1_000_000, currency: 'USD' },
    closeDate: '2026-12-15',
    nextStep: 'Demo',
    ...extra
  }
}

export const process = createDefaultSalesProcess('p1', stamp.createdAt)

export function prepInput(extra: Partial<PrepInput> = {}): PrepInput {
  return {
    rep,
    today: '2026-11-30',
    meetings: [],
    actionItems: [],
    opportunities: [],
    snapshots: [],
    activities: [],
    manualMeasures: [],
    plans: [],
    milestones: [],
    checkIns: [],
    observations: [],
    assessments: [],
    recognitions: [],
    process,
    currency: 'USD',
    staleDays: 30,
    ...extra
  }
}
