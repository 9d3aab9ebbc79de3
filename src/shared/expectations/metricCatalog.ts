import type { ExpectationDimension, MetricKey, Period } from '../domain'

/** How a metric's numbers are written: money in minor units, percent as 0-100, etc. */
export type MetricUnit = 'money' | 'percent' | 'count' | 'days' | 'score' | 'ratio'

export interface MetricInfo {
  /** The manager's name for it. */
  label: string
  unit: MetricUnit
  /** One sentence a rep can check by hand: what is counted and where it comes from. */
  measuredAs: string
  direction: ExpectationDimension['direction']
  indicator: ExpectationDimension['indicator']
}

/**
 * Every metric an expectation can use, with how it is measured. The sentences end up on the
 * rep's expectations sheet, so they say where the numbers come from in plain words.
 */
export const METRICS: Record<MetricKey, MetricInfo> = {
  closedWonRevenue: {
    label: 'Closed-won revenue',
    unit: 'money',
    measuredAs:
      'Sum of the amounts of deals marked won in the CRM with a close date in the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  attainment: {
    label: 'Attainment',
    unit: 'percent',
    measuredAs: 'Closed-won revenue in the period divided by the revenue target you are held to.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  pipelineCreated: {
    label: 'New pipeline created',
    unit: 'money',
    measuredAs: 'Sum of the amounts of deals created in the CRM during the period.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  pipelineCoverage: {
    label: 'Pipeline coverage',
    unit: 'ratio',
    measuredAs: 'Open pipeline closing in the period divided by the revenue target still to win.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  winRate: {
    label: 'Win rate',
    unit: 'percent',
    measuredAs: 'Deals won divided by deals closed (won or lost) in the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  averageDealSize: {
    label: 'Average deal size',
    unit: 'money',
    measuredAs: 'Closed-won revenue divided by the number of deals won in the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  salesCycleDays: {
    label: 'Sales cycle length',
    unit: 'days',
    measuredAs: 'Average days from a deal’s creation to its close, for deals won in the period.',
    direction: 'atMost',
    indicator: 'lagging'
  },
  stageConversion: {
    label: 'Stage-to-stage conversion',
    unit: 'percent',
    measuredAs: 'Share of deals that left a stage in the period by moving to the next one.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  activities: {
    label: 'Customer activities',
    unit: 'count',
    measuredAs: 'Calls, emails, meetings and tasks logged in the CRM, counted per period.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  meetings: {
    label: 'Meetings',
    unit: 'count',
    measuredAs: 'Meetings logged in the CRM, counted per period.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  meetingsWithNextStep: {
    label: 'Meetings with an agreed next step',
    unit: 'count',
    measuredAs: 'Meetings logged in the CRM whose outcome records a next step the customer agreed.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  crmHygiene: {
    label: 'CRM hygiene',
    unit: 'percent',
    measuredAs:
      'Share of your open deals with a next step, a close date in the future, activity in the last 30 days and a close date not pushed more than once.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  observationScore: {
    label: 'Observation score',
    unit: 'percent',
    measuredAs:
      'Average checklist score of ride-alongs, call reviews and role-plays in the period.',
    direction: 'atLeast',
    indicator: 'leading'
  },
  expenses: {
    label: 'Expenses',
    unit: 'money',
    measuredAs: 'Travel and entertainment expenses entered for the period.',
    direction: 'atMost',
    indicator: 'lagging'
  },
  csat: {
    label: 'Customer satisfaction',
    unit: 'score',
    measuredAs: 'Average customer survey score (1 to 5) entered for the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  margin: {
    label: 'Margin',
    unit: 'percent',
    measuredAs: 'Gross margin on your closed business, in percent, entered for the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  },
  teamwork: {
    label: 'Teamwork',
    unit: 'score',
    measuredAs: 'Teamwork rating (1 to 5) entered for the period.',
    direction: 'atLeast',
    indicator: 'lagging'
  }
}

export const PERIOD_WORDS: Record<Period, string> = {
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter'
}

export const DIRECTION_WORDS: Record<ExpectationDimension['direction'], string> = {
  atLeast: 'at least',
  atMost: 'at most'
}
