import type { ObservationKind, OneOnOne } from '../domain'
import type { HygieneIssueKind } from '../metrics/hygiene'
import { formatDay } from '../words/dates'
import { countOf, WORDS } from '../words/plural'
import { STYLE_GUIDANCE } from './development'
import { MOVEMENT_KINDS, type MovementKind } from './pipeline'
import type { PlanLine, Prep } from './prep'
import { formatMeasureValue } from './results'
import { evidenceAnchor } from './types'

export type AgendaItem = OneOnOne['agenda'][number]

export const OBSERVATION_KIND_NAMES: Record<ObservationKind, string> = {
  rideAlong: 'Ride-along',
  callReview: 'Call review',
  rolePlay: 'Role-play'
}

const MOVEMENT_WORDS: Record<MovementKind, string> = {
  new: 'new',
  advanced: 'advanced',
  slipped: 'slipped back',
  pushed: 'close date pushed',
  won: 'won',
  lost: 'lost',
  stale: 'stale'
}

export const HYGIENE_WORDS: Record<HygieneIssueKind, string> = {
  stale: 'stale',
  missingNextStep: 'no next step',
  closeDateInPast: 'close date passed',
  closeDatePushed: 'close date pushed repeatedly'
}

const item = (
  key: string,
  title: string,
  source: AgendaItem['source'],
  evidenceRef?: string
): AgendaItem => ({ key, title, source, done: false, notes: '', evidenceRef })

/** Agenda items drafted from the prep, in the order a 1:1 usually runs. */
export function draftAgenda(prep: Prep, stageName: (key: string) => string): AgendaItem[] {
  const out: AgendaItem[] = []
  const wins = prep.wins
  for (const w of wins)
    out.push(
      item(
        `recognition-${w.id}`,
        `Recognise: ${w.title}`,
        'recognition',
        evidenceAnchor(`win-${w.id}`)
      )
    )
  const changed = prep.measures.filter((m) => m.changed)
  if (prep.measures.length > 0) {
    const parts = changed
      .slice(0, 3)
      .map(
        (m) =>
          `${m.label.toLowerCase()} ${m.direction} to ${formatMeasureValue(m, m.now)} from ${formatMeasureValue(m, m.before ?? 0)}`
      )
    out.push(
      item(
        'results',
        parts.length > 0 ? `Results: ${parts.join('; ')}` : 'Results: no change since the last 1:1',
        'results',
        evidenceAnchor('results')
      )
    )
  }
  const counts = MOVEMENT_KINDS.filter((k) => k !== 'won' && prep.pipeline.counts[k] > 0).map(
    (k) => `${prep.pipeline.counts[k]} ${MOVEMENT_WORDS[k]}`
  )
  if (counts.length > 0)
    out.push(
      item(
        'pipeline',
        `Pipeline movement: ${counts.join(', ')}`,
        'pipeline',
        evidenceAnchor('pipeline')
      )
    )
  if (prep.hygiene.length > 0) {
    const deals = new Set(prep.hygiene.map((h) => h.opportunityId)).size
    const byKind = new Map<HygieneIssueKind, number>()
    for (const h of prep.hygiene) byKind.set(h.kind, (byKind.get(h.kind) ?? 0) + 1)
    const kinds = [...byKind].map(([k, n]) => `${n} ${HYGIENE_WORDS[k]}`).join(', ')
    out.push(
      item(
        'hygiene',
        `CRM hygiene to fix: ${countOf(prep.hygiene.length, WORDS.item)} on ${countOf(deals, { one: 'open deal', other: 'open deals' })} (${kinds})`,
        'hygiene',
        evidenceAnchor('hygiene')
      )
    )
  }
  for (const c of prep.commitments) {
    const who = c.item.owner === 'rep' ? 'Rep' : 'You'
    const due = c.item.dueDate
      ? c.daysOverdue > 0
        ? `, overdue ${countOf(c.daysOverdue, WORDS.day)} (due ${formatDay(c.item.dueDate)})`
        : `, due ${formatDay(c.item.dueDate)}`
      : ''
    out.push(
      item(
        `action-${c.item.id}`,
        `${who} committed: ${c.item.text}${due}`,
        'actionItem',
        c.item.oneOnOneId ? `/one-on-ones/${c.item.oneOnOneId}` : evidenceAnchor('commitments')
      )
    )
  }
  // Barriers carry like commitments until resolved; the question is asked every time.
  for (const b of prep.barriers)
    out.push(
      item(
        `barrier-${b.id}`,
        `Still in the way: ${b.text}`,
        'actionItem',
        evidenceAnchor('barriers')
      )
    )
  out.push(
    item('barriers-question', 'What is getting in your way?', 'manager', evidenceAnchor('barriers'))
  )
  for (const c of prep.carried) out.push({ ...c.item, done: false })
  // Milestones one by one; a plan's check-ins as one item (daily check-ins would flood it).
  const checkIns = new Map<string, PlanLine[]>()
  for (const p of prep.planLines) {
    if (p.kind === 'checkIn') {
      checkIns.set(p.planId, [...(checkIns.get(p.planId) ?? []), p])
      continue
    }
    out.push(
      item(
        `milestone-${p.id}`,
        `${p.planLabel}: milestone ${p.late ? 'was due' : 'due'} ${formatDay(p.due)} — ${p.title}`,
        'plan',
        `/plans/${p.planId}`
      )
    )
  }
  for (const [planId, lines] of checkIns) {
    const late = lines.filter((l) => l.late).length
    out.push(
      item(
        `checkIns-${planId}`,
        `${lines[0]?.planLabel}: check-ins ${lines.map((l) => formatDay(l.due)).join('; ')}${late > 0 ? ` (${late} late)` : ''}`,
        'plan',
        `/plans/${planId}`
      )
    )
  }
  for (const o of prep.observations) {
    const focus = o.focus.trim()
    out.push(
      item(
        `observation-${o.id}`,
        `${OBSERVATION_KIND_NAMES[o.kind]} ${formatDay(o.date)} (${stageName(o.stageKey)}): ${focus ? `focus — ${focus}` : 'no focus agreed yet'}`,
        'observation',
        `/observations/${o.id}`
      )
    )
  }
  if (prep.development) {
    const a = prep.development.latest
    out.push(
      item(
        'development',
        `Development: ${a.skill} — ${a.level}, use ${STYLE_GUIDANCE[a.style].name}`,
        'development',
        evidenceAnchor('development')
      )
    )
  }
  return out
}

/**
 * The agenda of a planned 1:1 after new data arrived: the stored items keep their order, ticks
 * and notes (untouched drafted ones get the fresh title); newly drafted items are added at the
 * end unless the manager removed them before (`dismissed` keys).
 */
export function mergeAgenda(
  stored: readonly AgendaItem[],
  drafted: readonly AgendaItem[],
  dismissed: readonly string[]
): AgendaItem[] {
  const draftedByKey = new Map(drafted.map((d) => [d.key, d]))
  const merged = stored.map((s) => {
    const fresh = draftedByKey.get(s.key)
    return fresh && !s.done && s.source !== 'manager'
      ? { ...s, title: fresh.title, evidenceRef: fresh.evidenceRef }
      : s
  })
  const keys = new Set(stored.map((s) => s.key))
  const gone = new Set(dismissed)
  for (const d of drafted) {
    if (keys.has(d.key) || gone.has(d.key)) continue
    merged.push(d)
  }
  return merged
}

/** Moves the item at `index` one place up (-1) or down (+1); out-of-range moves do nothing. */
export function moveAgendaItem<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items]
  const out = [...items]
  const [moved] = out.splice(index, 1)
  out.splice(target, 0, moved as T)
  return out
}
