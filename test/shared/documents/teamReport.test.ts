import { describe, expect, it } from 'vitest'
import { generateDemoWorkspace } from '../../../src/shared/demo'
import { diagnoseTeam, type Finding } from '../../../src/shared/diagnosis'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import {
  managerResponse,
  teamReport,
  teamReportFileName,
  type ManagerRecords
} from '../../../src/shared/documents/teamReport'
import { indexMetricsData, periodRange } from '../../../src/shared/metrics'
import { Plan, type Observation, type OneOnOne } from '../../../src/shared/domain'

const TODAY = '2026-11-20'
const NOW = '2026-11-20T08:00:00.000Z'

function demoReport(periodDay = TODAY) {
  let n = 0
  const { data } = generateDemoWorkspace({
    seed: 7,
    today: TODAY,
    now: NOW,
    newId: () => `id-${++n}`
  })
  const settings = data.settings[0]!
  const index = indexMetricsData({
    reps: data.reps,
    opportunities: data.opportunities,
    snapshots: data.opportunitySnapshots,
    activities: data.activities,
    manualMeasures: data.manualMeasures,
    salesProcess: data.salesProcesses[0],
    currency: 'USD',
    staleOpportunityDays: 30,
    today: TODAY
  })
  const range = periodRange('quarter', periodDay)
  const set = data.expectationSets[0]
  const diagnosis = diagnoseTeam({
    index,
    range,
    expectationsFor: () => set,
    thresholds: settings.thresholds
  })
  const model = teamReport({
    teamName: settings.teamName,
    managerName: settings.managerName,
    range,
    today: TODAY,
    currency: 'USD',
    reps: [...data.reps].sort((a, b) => a.name.localeCompare(b.name)),
    scorecards: diagnosis.scorecards,
    findingsByRep: diagnosis.byRep,
    teamFindings: diagnosis.team,
    records: {
      plans: data.plans,
      observations: data.observations,
      oneOnOnes: data.oneOnOnes,
      stages: data.salesProcesses[0]?.stages
    }
  })
  return { model, data, diagnosis }
}

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'f1',
  kind: 'stageGap',
  repId: 'aisha',
  severity: 'act',
  title: 'Stalls at Propose',
  rule: 'Conversion out of a stage 25% or more below the team’s.',
  numbers: [{ label: 'Propose conversion', value: '20% (team 70%)' }],
  stageKey: 'propose',
  stageName: 'Propose',
  metric: 'stageConversion',
  actions: [
    { kind: 'rideAlong', text: 'Ride along on the next Propose meeting.', stageKey: 'propose' }
  ],
  ...over
})

const stamp = { createdAt: NOW, updatedAt: NOW }

describe('teamReport on the demo team', () => {
  const { model, data, diagnosis } = demoReport()
  const text = documentToText(model)

  it('is a valid document headed with the team, manager and period', () => {
    expect(DocumentModel.parse(model)).toEqual(model)
    expect(model.title).toBe('Team report: Mid-Market East, Q4 2026')
    expect(text).toContain('Manager: Jordan Ellis')
    expect(text).toContain('Period: Q4 2026: Oct 1, 2026 to Dec 31, 2026 (to date, Nov 20, 2026)')
    expect(text).toContain(`Reps: ${data.reps.length}`)
  })

  it('without a team name in Settings, is headed with the period alone', () => {
    const unnamed = teamReport({
      range: periodRange('quarter', '2026-11-20'),
      today: TODAY,
      currency: 'USD',
      reps: [],
      scorecards: [],
      findingsByRep: [],
      teamFindings: [],
      records: { plans: [], observations: [], oneOnOnes: [] }
    })
    expect(unnamed.title).toBe('Team report, Q4 2026')
    expect(unnamed.footer).toMatch(/^Team report, Q4 2026, prepared /)
  })

  it('sums the team up with numbers that add up from the scorecards', () => {
    const revenue = diagnosis.scorecards.map((c) =>
      c.standings.find((s) => s.dimension.metric === 'closedWonRevenue')
    )
    const met = revenue.filter((s) => s?.status === 'met').length
    expect(text).toContain(`${met} of ${revenue.length} reps met their revenue target.`)
    const act = diagnosis.byRep
      .flatMap((d) => d.findings)
      .filter((f) => f.severity === 'act').length
    expect(text).toMatch(new RegExp(`${act} findings? to act on`))
  })

  it('has a standing row per rep and a findings table for each rep with findings', () => {
    expect(text).toContain('Rep | Revenue against target | Expectations met | Missed')
    for (const rep of data.reps) expect(text).toMatch(new RegExp(`^${rep.name} \\| `, 'm'))
    expect(text).toContain('Finding | Evidence | What I am doing')
    const marcus = data.reps.find((r) => r.name === 'Marcus Okafor')!
    const hygiene = diagnosis.byRep
      .find((d) => d.repId === marcus.id)
      ?.findings.find((f) => f.kind === 'crmHygiene')
    expect(hygiene).toBeDefined()
    expect(text).toContain(
      `${hygiene!.severity === 'act' ? 'Act' : 'Watch'}: ${hygiene!.title} | ${hygiene!.rule}`
    )
    // Diego joined two months ago: this quarter he is on ramp.
    expect(text).toMatch(/^Diego Hernández \| \$[\d,]+ of \$[\d,]+ \(ramp\) \|/m)
    // Symbols the PDF's standard fonts cannot print are spelled out.
    expect(text).not.toMatch(/[≥≤→]/)
  })

  it('says so for a rep who was not on the team in the period', () => {
    const { model: earlier } = demoReport('2026-04-01')
    expect(documentToText(earlier)).toMatch(
      /^Diego Hernández \| not on the team in this period \| — \| —$/m
    )
  })
})

describe('managerResponse', () => {
  // Parsed, so fields the plan schema adds later take their defaults.
  const plan: Plan = Plan.parse({
    ...stamp,
    id: 'p1',
    kind: 'coaching',
    repId: 'aisha',
    title: 'Propose meetings that land',
    status: 'active',
    startDate: '2026-11-02',
    endDate: '2026-12-14',
    origin: 'diagnosis',
    repCommitment: '',
    expectations: [],
    concerns: [],
    goals: [],
    support: [],
    checkInSchedule: '',
    consequences: ''
  })
  const ride = (date: string, stageKey = 'propose'): Observation => ({
    ...stamp,
    id: `o-${date}`,
    kind: 'rideAlong',
    repId: 'aisha',
    stageKey,
    date,
    status: 'final',
    opportunityLabel: '',
    templateId: 't',
    templateVersion: 1,
    scores: [],
    outcome: '',
    selfAssessment: '',
    strength: '',
    focus: '',
    notes: []
  })
  const meeting: OneOnOne = {
    ...stamp,
    id: 'm1',
    repId: 'aisha',
    scheduledFor: '2026-11-24',
    status: 'planned',
    agenda: [],
    sharedNotes: '',
    privateNotes: ''
  }
  const records = (over: Partial<ManagerRecords> = {}): ManagerRecords => ({
    plans: [],
    observations: [],
    oneOnOnes: [],
    stages: [{ key: 'propose', name: 'Propose' }],
    ...over
  })

  it('lists running plans, recent or planned observations at the stage, and the next 1:1', () => {
    expect(
      managerResponse(
        finding(),
        records({
          plans: [plan, { ...plan, id: 'old', status: 'closed' }],
          observations: [
            ride('2026-11-12'),
            ride('2026-11-27'),
            ride('2026-11-13', 'qualify'),
            ride('2026-08-01')
          ],
          oneOnOnes: [meeting]
        }),
        TODAY
      )
    ).toBe(
      'Coaching plan “Propose meetings that land” (active, Nov 2, 2026 to Dec 14, 2026); Ride-along at Propose on Nov 12, 2026; Ride-along at Propose planned for Nov 27, 2026; next 1:1 on Nov 24, 2026.'
    )
  })

  it('falls back to the 1:1 and the suggested action, then to the suggested action alone', () => {
    expect(managerResponse(finding(), records({ oneOnOnes: [meeting] }), TODAY)).toBe(
      'To raise in the 1:1 on Nov 24, 2026: Ride along on the next Propose meeting.'
    )
    expect(managerResponse(finding(), records(), TODAY)).toBe(
      'Nothing on record yet. Next: Ride along on the next Propose meeting.'
    )
  })

  it('counts observations at any stage for a finding without one', () => {
    expect(
      managerResponse(
        finding({ stageKey: undefined, kind: 'activityGap' }),
        records({ observations: [ride('2026-11-13', 'qualify')] }),
        TODAY
      )
    ).toBe('Ride-along at qualify on Nov 13, 2026.')
  })

  it('makes a plain file name', () => {
    expect(teamReportFileName('Mid-Market East', 'Q4 2026')).toBe('Mid-Market East report Q4 2026')
    expect(teamReportFileName(undefined, 'Week of 5 Jan 2026')).toBe(
      'Team report Week of 5 Jan 2026'
    )
  })
})
