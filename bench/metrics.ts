/**
 * The metrics case: a 50-rep workspace with three years of data; each run indexes it
 * (indexMetricsData) and computes every rep's metrics, scorecard and diagnosis for one quarter
 * (diagnoseTeam, which also runs the team-level market check), then the same quarter again on
 * the built index, then a 12-month team trend. Medians of several runs.
 */
import { diagnoseTeam, teamTrend } from '@shared/diagnosis'
import { indexMetricsData, lastPeriods, periodAt } from '@shared/metrics'
import { metricsWorkspace } from './metricsData'
import { ms, now, printTable, settle, summary } from './support'

export async function metricsCase(options: {
  runs: number
  reps: number
  years: number
}): Promise<void> {
  const today = '2026-11-23'
  const t0 = now()
  const ws = metricsWorkspace({ reps: options.reps, years: options.years, today, seed: 4242 })
  const { data, counts } = ws
  console.log(
    `\n## metrics: ${counts.reps} reps, ${options.years} years — ${counts.opportunities.toLocaleString('en-US')} opportunities, ` +
      `${counts.snapshots.toLocaleString('en-US')} snapshots, ${counts.activities.toLocaleString('en-US')} activities ` +
      `(generated in ${ms(now() - t0)})`
  )
  const quarter = periodAt('quarter', today, -1)
  const set = data.expectationSets[0]
  const expectationsFor = (): typeof set => set
  const settings = data.settings[0]
  const index = (): ReturnType<typeof indexMetricsData> =>
    indexMetricsData({
      reps: data.reps,
      opportunities: data.opportunities,
      snapshots: data.opportunitySnapshots,
      activities: data.activities,
      manualMeasures: data.manualMeasures,
      salesProcess: data.salesProcesses[0],
      currency: 'USD',
      staleOpportunityDays: settings?.thresholds.staleOpportunityDays ?? 30,
      today
    })
  const cpu = (): number => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const cpuTimes = { index: [] as number[], diagnose: [] as number[] }
  const timings = {
    index: [] as number[],
    diagnose: [] as number[],
    again: [] as number[],
    trend: [] as number[]
  }
  let findings = 0
  const runs = Math.max(options.runs, 5)
  for (let run = 0; run < runs; run++) {
    await settle()
    const a = now()
    const ca = cpu()
    const built = index()
    const b = now()
    const cb = cpu()
    const result = diagnoseTeam({
      index: built,
      range: quarter,
      expectationsFor,
      thresholds: settings?.thresholds
    })
    const c = now()
    cpuTimes.index.push(cb - ca)
    cpuTimes.diagnose.push(cpu() - cb)
    diagnoseTeam({
      index: built,
      range: quarter,
      expectationsFor,
      thresholds: settings?.thresholds
    })
    const d = now()
    teamTrend(built, lastPeriods('month', today, 12), expectationsFor, result.thresholds)
    const e = now()
    timings.index.push(b - a)
    timings.diagnose.push(c - b)
    timings.again.push(d - c)
    timings.trend.push(e - d)
    findings = result.byRep.reduce((n, r) => n + r.findings.length, 0) + result.team.length
  }
  const total = timings.index.map((v, i) => v + (timings.diagnose[i] ?? 0))
  printTable(
    [
      'metrics (Node), ' + quarter.label,
      `wall clock, median (min–max) of ${runs} runs`,
      'CPU time'
    ],
    [
      [
        'index the workspace (indexMetricsData)',
        summary(timings.index, ms),
        summary(cpuTimes.index, ms)
      ],
      [
        'every rep: metrics + scorecard + diagnosis (diagnoseTeam)',
        summary(timings.diagnose, ms),
        summary(cpuTimes.diagnose, ms)
      ],
      ['index + diagnoseTeam (a screen opening cold)', summary(total, ms), ''],
      ['diagnoseTeam again on the same index', summary(timings.again, ms), ''],
      ['team trend, 12 months with market checks', summary(timings.trend, ms), '']
    ]
  )
  console.log(`   ${findings} findings for ${counts.reps} reps; target: well under 1,000 ms`)
}
