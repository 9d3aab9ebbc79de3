import { DEFAULT_STAGE_KEYS, type DefaultStageKey } from '../defaults'
import { addDays } from './calendar'
import type { Archetype, DemoContext, DemoRep, Funnel, RepProfile } from './types'

/** The team's typical stage-to-stage conversion: about one deal in five created is won. */
export const TEAM_FUNNEL: Funnel = [0.8, 0.75, 0.7, 0.7, 0.8, 0.85]

/** Conversion out of the stall stage for the rep who stalls there (team: 0.7-0.75). */
const STALL_CONVERSION = 0.2

interface TeamMember {
  name: string
  email: string
  territory: string
  /** Days between the start date and today. */
  tenureDays: number
  archetype: Archetype
  cadenceDays: number
  profile: Omit<RepProfile, 'archetype'>
}

const steady = (
  oppsPerMonth: number,
  dealSizeDollars: number,
  csat: number,
  expensesDollars: number
): Omit<RepProfile, 'archetype'> => ({
  oppsPerMonth,
  dealSizeDollars,
  funnel: TEAM_FUNNEL,
  activitiesPerWeek: 26,
  meetingShare: 0.18,
  meetingNextStepRate: 0.65,
  hygiene: 'clean',
  csat,
  expensesDollars
})

function stallFunnel(stage: DefaultStageKey): Funnel {
  const index = DEFAULT_STAGE_KEYS.indexOf(stage)
  return TEAM_FUNNEL.map((p, i) => (i === index ? STALL_CONVERSION : p))
}

/** The demo team, in the order the app lists them. */
function teamMembers(stallStage: DefaultStageKey): TeamMember[] {
  return [
    {
      name: 'Marcus Okafor',
      email: 'marcus.okafor@demo-fieldbook.example',
      territory: 'New York Metro',
      tenureDays: 2250,
      archetype: 'topProducerPoorHygiene',
      cadenceDays: 14,
      profile: {
        oppsPerMonth: 9,
        dealSizeDollars: 70_000,
        funnel: [0.85, 0.8, 0.75, 0.75, 0.85, 0.9],
        activitiesPerWeek: 15,
        meetingShare: 0.22,
        meetingNextStepRate: 0.7,
        hygiene: 'sloppy',
        csat: 4.6,
        expensesDollars: 1_650
      }
    },
    {
      name: 'Mei Chen',
      email: 'mei.chen@demo-fieldbook.example',
      territory: 'Connecticut',
      tenureDays: 1100,
      archetype: 'steady',
      cadenceDays: 14,
      profile: steady(10, 51_000, 4.7, 1_150)
    },
    {
      name: 'Priya Raman',
      email: 'priya.raman@demo-fieldbook.example',
      territory: 'Northern New Jersey',
      tenureDays: 760,
      archetype: 'spotlessCrmCannotClose',
      cadenceDays: 7,
      profile: {
        oppsPerMonth: 10,
        dealSizeDollars: 45_000,
        funnel: [0.85, 0.8, 0.75, 0.7, 0.45, 0.12],
        activitiesPerWeek: 45,
        meetingShare: 0.2,
        meetingNextStepRate: 0.5,
        hygiene: 'spotless',
        csat: 4.7,
        expensesDollars: 1_100
      }
    },
    {
      name: 'Tomasz Nowak',
      email: 'tomasz.nowak@demo-fieldbook.example',
      territory: 'Pittsburgh',
      tenureDays: 1850,
      archetype: 'steady',
      cadenceDays: 14,
      profile: steady(10, 49_000, 4.5, 1_300)
    },
    {
      name: 'Diego Hernández',
      email: 'diego.hernandez@demo-fieldbook.example',
      territory: 'Philadelphia',
      tenureDays: 60,
      archetype: 'newRepOnRamp',
      cadenceDays: 7,
      profile: {
        oppsPerMonth: 3,
        dealSizeDollars: 40_000,
        funnel: TEAM_FUNNEL,
        activitiesPerWeek: 35,
        meetingShare: 0.45,
        meetingNextStepRate: 0.25,
        hygiene: 'spotless',
        csat: 4.5,
        expensesDollars: 900
      }
    },
    {
      name: 'Sofia Rossi',
      email: 'sofia.rossi@demo-fieldbook.example',
      territory: 'Long Island',
      tenureDays: 920,
      archetype: 'steady',
      cadenceDays: 14,
      profile: steady(10, 50_000, 4.8, 1_050)
    },
    {
      name: 'Kevin Walsh',
      email: 'kevin.walsh@demo-fieldbook.example',
      territory: 'Upstate New York',
      tenureDays: 1500,
      archetype: 'lowActivity',
      cadenceDays: 7,
      profile: {
        oppsPerMonth: 3,
        dealSizeDollars: 50_000,
        funnel: TEAM_FUNNEL,
        activitiesPerWeek: 6,
        meetingShare: 0.15,
        meetingNextStepRate: 0.55,
        hygiene: 'clean',
        csat: 4.2,
        expensesDollars: 700
      }
    },
    {
      name: 'Jamal Carter',
      email: 'jamal.carter@demo-fieldbook.example',
      territory: 'Washington DC Metro',
      tenureDays: 1400,
      archetype: 'steady',
      cadenceDays: 14,
      profile: steady(10, 52_000, 4.6, 1_400)
    },
    {
      name: 'Aisha Bello',
      email: 'aisha.bello@demo-fieldbook.example',
      territory: 'Boston',
      tenureDays: 560,
      archetype: 'stallsAtStage',
      cadenceDays: 7,
      profile: {
        oppsPerMonth: 10,
        dealSizeDollars: 50_000,
        funnel: stallFunnel(stallStage),
        activitiesPerWeek: 24,
        meetingShare: 0.18,
        meetingNextStepRate: 0.55,
        hygiene: 'clean',
        csat: 4.4,
        expensesDollars: 1_200
      }
    },
    {
      name: 'Hannah Schmidt',
      email: 'hannah.schmidt@demo-fieldbook.example',
      territory: 'Baltimore',
      tenureDays: 1200,
      archetype: 'steady',
      cadenceDays: 14,
      profile: steady(9, 50_000, 4.5, 1_000)
    }
  ]
}

/** A Salesforce-style 15-character user id. */
const crmUserId = (n: number): string => `0055g00000AbC${String(n).padStart(2, '0')}`

export function buildReps(ctx: DemoContext, roleId: string): DemoRep[] {
  return teamMembers(ctx.stallStage).map((m, i) => {
    const userId = crmUserId(i + 1)
    return {
      crmUserId: userId,
      profile: { archetype: m.archetype, ...m.profile },
      rep: {
        id: ctx.newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        name: m.name,
        email: m.email,
        roleId,
        startDate: addDays(ctx.today, -m.tenureDays),
        rampMonths: 3,
        territory: m.territory,
        crmAliases: [m.name, m.email, userId],
        oneOnOneCadenceDays: m.cadenceDays,
        active: true
      }
    }
  })
}
