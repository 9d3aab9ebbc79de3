import { it } from 'vitest'
import { addDays, addQuarters, endOfQuarter, format, parseISO, startOfQuarter } from 'date-fns'
import { generateDemoWorkspace } from '../../src/shared/demo'
import type { Opportunity, OpportunitySnapshot } from '../../src/shared/domain'

const day = (d: Date) => format(d, 'yyyy-MM-dd')
function quarters(today: string, windowStart: string) {
  const out = []
  for (let k = 0; k >= -4; k--) {
    const s = addQuarters(startOfQuarter(parseISO(today)), k)
    const r = { label: `${s.getFullYear()}-Q${Math.floor(s.getMonth() / 3) + 1}`, start: day(s), end: day(endOfQuarter(s)) }
    if (r.start >= windowStart && r.end <= today) out.push(r)
  }
  return out
}
it('probe', () => {
  for (const [seed, today] of [[42, '2026-05-10'], [7, '2026-01-02'], [2026, '2025-09-30'], [1, '2026-06-30'], [99, '2026-04-01']] as const) {
    let n = 0
    const r = generateDemoWorkspace({ seed, today, now: '2026-05-10T08:00:00.000Z', newId: () => `id-${++n}` })
    const d = r.data
    const qs = quarters(today, r.facts.windowStart)
    const snaps = new Map<string, OpportunitySnapshot[]>()
    for (const s of d.opportunitySnapshots) snaps.set(s.opportunityId, [...(snaps.get(s.opportunityId) ?? []), s])
    const stale = addDays(parseISO(today), -45)
    const rows = d.reps.map((rep) => {
      const opps = d.opportunities.filter((o) => o.repId === rep.id)
      const open = opps.filter((o) => o.status === 'open')
      const closed = opps.filter((o) => o.status !== 'open' && o.closeDate! >= r.facts.windowStart)
      const won = closed.filter((o) => o.status === 'won')
      const rev = qs.map((q) => won.filter((o) => o.closeDate! >= q.start && o.closeDate! <= q.end).reduce((s, o) => s + o.amount!.minor, 0) / 100000)
      const pushes = (o: Opportunity) => { const ss = snaps.get(o.id)!; let c = 0; for (let i = 1; i < ss.length; i++) if (ss[i]!.status === 'open' && ss[i]!.closeDate! > ss[i - 1]!.closeDate!) c++; return c }
      const hyg = [open.filter((o) => !o.lastActivityDate || o.lastActivityDate < day(stale)).length, open.filter((o) => !o.nextStep).length, open.filter((o) => o.closeDate! < today).length, open.filter((o) => pushes(o) >= 2).length]
      const acts = d.activities.filter((a) => a.repId === rep.id && a.date > day(addDays(parseISO(today), -28))).length
      const order = ['prospect', 'discover', 'qualify', 'propose', 'negotiate', 'close']
      const k = order.indexOf(r.facts.stallStage)
      const maxR = (o: Opportunity) => Math.max(...snaps.get(o.id)!.map((s) => order.indexOf(s.stageKey!)))
      const elig = opps.filter((o) => maxR(o) >= k && (o.status !== 'open' || maxR(o) > k))
      const conv = elig.filter((o) => maxR(o) > k).length / elig.length
      return `conv=${conv.toFixed(2)} ${r.archetypes[rep.id]!.padEnd(24)} rev(k$)[${qs.map((q) => q.label).join(',')}]=${rev.map((x) => x.toFixed(0)).join(',')} win=${(won.length / closed.length * 100).toFixed(1)}% (${won.length}/${closed.length}) open=${open.length} hyg=${hyg} acts28=${acts} nsShare=${(open.filter((o) => o.nextStep).length / open.length).toFixed(2)}`
    })
    console.log(seed, today, JSON.stringify(r.facts), '\n' + rows.join('\n'))
  }
})
