import type { ExpectationDimension, ExpectationSet, Role, Timestamp } from '../domain'

/** Quarterly closed-won quota for an Account Executive: USD 300,000 in minor units. */
export const DEFAULT_AE_QUARTERLY_QUOTA_MINOR = 30_000_000

/**
 * The performance plan of an Account Executive. Attainment is computed from the closed-won
 * revenue target, so it is not a separate dimension. Units: money in minor units of
 * `currency`; win rate and CRM hygiene in percent (0-100); CSAT on a 1-5 survey scale.
 */
const DIMENSIONS: readonly ExpectationDimension[] = [
  {
    key: 'closed-won-revenue',
    label: 'Closed-won revenue',
    metric: 'closedWonRevenue',
    target: DEFAULT_AE_QUARTERLY_QUOTA_MINOR,
    currency: 'USD',
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: 30
  },
  {
    key: 'pipeline-created',
    label: 'New pipeline created',
    metric: 'pipelineCreated',
    target: 120_000_000,
    currency: 'USD',
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'leading',
    weight: 15
  },
  {
    key: 'win-rate',
    label: 'Win rate (% of closed deals won)',
    metric: 'winRate',
    target: 20,
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: 10
  },
  {
    key: 'activities',
    label: 'Customer activities (calls, emails, meetings, tasks)',
    metric: 'activities',
    target: 25,
    period: 'week',
    direction: 'atLeast',
    indicator: 'leading',
    weight: 10
  },
  {
    key: 'meetings-with-next-step',
    label: 'Meetings that end with an agreed next step',
    metric: 'meetingsWithNextStep',
    target: 3,
    period: 'week',
    direction: 'atLeast',
    indicator: 'leading',
    weight: 15
  },
  {
    key: 'crm-hygiene',
    label:
      'CRM hygiene (% of open deals with a next step, a future close date and recent activity)',
    metric: 'crmHygiene',
    target: 90,
    period: 'week',
    direction: 'atLeast',
    indicator: 'leading',
    weight: 10
  },
  {
    key: 'csat',
    label: 'Customer satisfaction (1-5)',
    metric: 'csat',
    target: 4.5,
    period: 'month',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: 5
  },
  {
    key: 'expenses',
    label: 'Travel and entertainment expenses',
    metric: 'expenses',
    target: 150_000,
    currency: 'USD',
    period: 'month',
    direction: 'atMost',
    indicator: 'lagging',
    weight: 5
  }
]

export interface RoleWithExpectations {
  role: Role
  expectationSet: ExpectationSet
}

/** The default "Account Executive" role (3-month ramp) and its expectation set. Pure. */
export function createAccountExecutiveRole(
  roleId: string,
  expectationSetId: string,
  now: Timestamp
): RoleWithExpectations {
  return {
    role: {
      id: roleId,
      createdAt: now,
      updatedAt: now,
      name: 'Account Executive',
      description:
        'Owns new business in a territory from first meeting to signed contract. Held to the same standard as every AE; new hires ramp over three months.',
      defaultRampMonths: 3,
      expectationSetId
    },
    expectationSet: {
      id: expectationSetId,
      createdAt: now,
      updatedAt: now,
      roleId,
      name: 'Account Executive expectations',
      dimensions: DIMENSIONS.map((d) => ({ ...d })),
      overrides: [],
      teamPriorities: [
        'Every meeting ends with a dated next step the customer agreed to',
        'Every open deal has a next step and a close date in the future'
      ],
      stopDoing: ['Sending proposals nobody asked for', 'Discounting before the customer asks']
    }
  }
}
