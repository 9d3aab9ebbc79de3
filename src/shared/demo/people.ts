import type { DevelopmentAssessment, ManualMeasure, Recognition } from '../domain'
import { addDays, daysBetween, fullMonthsBefore, weekdayOnOrBefore } from './calendar'
import type { Archetype, DemoContext, DemoRep } from './types'

type Visibility = Recognition['visibility']

const RECOGNITIONS: Record<Archetype, readonly (readonly [string, Visibility])[]> = {
  topProducerPoorHygiene: [
    ['Closed the largest deal of the quarter', 'public'],
    ['Coached a teammate through a tough discovery call', 'public']
  ],
  spotlessCrmCannotClose: [
    ['Cleanest pipeline on the team: every deal current, every next step set', 'public'],
    ['Excellent preparation for a proposal meeting', 'private']
  ],
  newRepOnRamp: [
    ['Product certification done in week three', 'public'],
    ['First three proposals out within two months', 'public']
  ],
  lowActivity: [['Good call: clear, dated next step with a new prospect', 'private']],
  stallsAtStage: [['Helped onboard the newest member of the team', 'public']],
  steady: [
    ['Hit the quarterly number with two weeks to spare', 'public'],
    ['Shared a winning proposal template with the team', 'public']
  ]
}

/** Level and style follow from competence and commitment (situational leadership). */
const LEVELS = {
  D1: {
    competence: 'low',
    commitment: 'high',
    style: 'S1',
    note: 'Directing: show how, set the steps, check often.'
  },
  D2: {
    competence: 'some',
    commitment: 'low',
    style: 'S2',
    note: 'Coaching: explain why, ask for ideas, praise progress.'
  },
  D3: {
    competence: 'moderate',
    commitment: 'variable',
    style: 'S3',
    note: 'Supporting: ask and listen; the rep decides how.'
  },
  D4: {
    competence: 'high',
    commitment: 'high',
    style: 'S4',
    note: 'Delegating: agree the outcome, leave the how to the rep.'
  }
} as const
type Level = keyof typeof LEVELS

/** [skill, level, days ago] per situation; the same skill twice shows history. */
function assessmentsFor(
  archetype: Archetype,
  stageName: string,
  rampDays: number
): [string, Level, number][] {
  switch (archetype) {
    case 'topProducerPoorHygiene':
      return [
        ['CRM discipline', 'D3', 60],
        ['CRM discipline', 'D3', 14],
        ['Discovery', 'D4', 90]
      ]
    case 'spotlessCrmCannotClose':
      return [
        ['Closing', 'D2', 100],
        ['Closing', 'D3', 10],
        ['CRM discipline', 'D4', 100]
      ]
    case 'newRepOnRamp':
      return [
        ['Discovery meetings', 'D1', rampDays - 14],
        ['Product knowledge', 'D1', rampDays - 7],
        ['Discovery meetings', 'D1', 7]
      ]
    case 'lowActivity':
      return [
        ['Prospecting', 'D2', 120],
        ['Prospecting', 'D2', 40]
      ]
    case 'stallsAtStage':
      return [
        [`Moving deals past ${stageName}`, 'D2', 50],
        ['Discovery', 'D4', 120]
      ]
    case 'steady':
      return [
        ['Negotiation', 'D3', 70],
        ['Discovery', 'D4', 120]
      ]
  }
}

export interface PeopleRecords {
  recognitions: Recognition[]
  developmentAssessments: DevelopmentAssessment[]
  manualMeasures: ManualMeasure[]
}

/** Recognitions, development assessments and the monthly CSAT and expense measures. */
export function generatePeopleRecords(
  ctx: DemoContext,
  reps: readonly DemoRep[],
  stageName: string
): PeopleRecords {
  const rng = ctx.rng.fork('people')
  const stamp = { createdAt: ctx.now, updatedAt: ctx.now }
  const records: PeopleRecords = {
    recognitions: [],
    developmentAssessments: [],
    manualMeasures: []
  }
  const months = fullMonthsBefore(ctx.today, 12)

  for (const { rep, profile } of reps) {
    const tenure = daysBetween(rep.startDate, ctx.today)
    // Never before the start date, even after stepping back to a weekday.
    const ago = (days: number): string =>
      weekdayOnOrBefore(addDays(ctx.today, -Math.min(days, tenure - 4)))
    const recent = profile.archetype === 'newRepOnRamp' ? 20 : 80

    for (const [text, visibility] of RECOGNITIONS[profile.archetype]) {
      records.recognitions.push({
        id: ctx.newId(),
        ...stamp,
        repId: rep.id,
        date: ago(rng.int(3, recent)),
        text,
        visibility
      })
    }

    for (const [skill, level, daysAgo] of assessmentsFor(profile.archetype, stageName, tenure)) {
      const { competence, commitment, style, note } = LEVELS[level]
      records.developmentAssessments.push({
        id: ctx.newId(),
        ...stamp,
        repId: rep.id,
        skill,
        assessedOn: ago(Math.max(1, daysAgo)),
        competence,
        commitment,
        level,
        style,
        note
      })
    }

    for (const month of months.filter((m) => m.start >= rep.startDate)) {
      const period = { repId: rep.id, periodStart: month.start, periodEnd: month.end }
      const csat = Math.min(5, Math.max(1, rng.normal(profile.csat, 0.12)))
      records.manualMeasures.push({
        id: ctx.newId(),
        ...stamp,
        ...period,
        metric: 'csat',
        value: Math.round(csat * 10) / 10,
        note: 'Average of post-meeting surveys (1-5)'
      })
      records.manualMeasures.push({
        id: ctx.newId(),
        ...stamp,
        ...period,
        metric: 'expenses',
        value: Math.max(0, Math.round(rng.normal(profile.expensesDollars, 150))) * 100,
        note: 'Travel and entertainment, USD minor units'
      })
    }
  }
  return records
}
