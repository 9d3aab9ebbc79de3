import type { ActionItem, CalendarDate, Observation, OneOnOne, Plan, PlanConcern } from '../domain'

export type CoachingRecord = PlanConcern['coachingGiven'][number]

export interface EvidenceChoice extends CoachingRecord {
  source: 'oneOnOne' | 'actionItem' | 'observation' | 'coachingPlan'
  ref: string
  /** Documented coaching: a coaching plan, an observation, a 1:1 with coaching notes. */
  documentsCoaching: boolean
}

const OBSERVATION_WORDS: Record<Observation['kind'], string> = {
  rideAlong: 'Ride-along',
  callReview: 'Call review',
  rolePlay: 'Role-play'
}

/** "Call review at Qualify": an observation in words (a stage key is shown as its name). */
export function observationTitle(o: Pick<Observation, 'kind' | 'stageKey'>): string {
  const stage = o.stageKey.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ')
  return `${OBSERVATION_WORDS[o.kind]} at ${stage.charAt(0).toUpperCase()}${stage.slice(1)}`
}

const clip = (text: string, max = 240): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

export interface EvidenceInput {
  oneOnOnes: readonly OneOnOne[]
  actionItems: readonly ActionItem[]
  observations: readonly Observation[]
  /** The rep's earlier plans: a coaching plan is coaching already given. */
  plans: readonly Plan[]
  /** Only records dated on or before this day are offered. */
  until: CalendarDate
}

/**
 * The app's own dated records of coaching for one rep, newest first, so the manager picks the
 * evidence for a concern instead of retyping it: held 1:1s (their shared notes, never the
 * private ones), commitments made in them, final observations with the focus agreed, and
 * earlier coaching plans.
 */
export function evidenceChoices(input: EvidenceInput): EvidenceChoice[] {
  const out: EvidenceChoice[] = []
  for (const m of input.oneOnOnes) {
    if (m.status !== 'held') continue
    const date = m.heldOn ?? m.scheduledFor
    const notes = clip(m.sharedNotes)
    out.push({
      date,
      source: 'oneOnOne',
      ref: m.id,
      documentsCoaching: notes !== '',
      summary: notes ? `1:1: ${notes}` : '1:1 held (no shared notes)'
    })
  }
  // A commitment is dated by the 1:1 it was made in; otherwise by when it was written down.
  const meetingDay = new Map(input.oneOnOnes.map((m) => [m.id, m.heldOn ?? m.scheduledFor]))
  for (const a of input.actionItems) {
    const date = (a.oneOnOneId && meetingDay.get(a.oneOnOneId)) || a.createdAt.slice(0, 10)
    const due = a.dueDate ? `, due ${a.dueDate}` : ''
    const status = a.status === 'done' ? 'done' : a.status === 'dropped' ? 'dropped' : 'open'
    out.push({
      date,
      source: 'actionItem',
      ref: a.id,
      documentsCoaching: false,
      summary: `Commitment (${a.owner === 'rep' ? 'rep' : 'manager'}${due}, ${status}): ${clip(a.text)}`
    })
  }
  for (const o of input.observations) {
    if (o.status !== 'final') continue
    const focus = o.focus ? ` focus agreed: ${clip(o.focus, 160)}` : ''
    const strength = o.strength ? ` strength: ${clip(o.strength, 120)};` : ''
    out.push({
      date: o.date,
      source: 'observation',
      ref: o.id,
      documentsCoaching: true,
      summary: `${observationTitle(o)}:${strength}${focus}`.replace(/:$/, '')
    })
  }
  for (const p of input.plans) {
    if (p.kind !== 'coaching') continue
    out.push({
      date: p.startDate,
      source: 'coachingPlan',
      ref: p.id,
      documentsCoaching: true,
      summary: `Coaching plan “${clip(p.title, 120)}” ${p.startDate} to ${p.endDate}${p.repCommitment ? `; rep's commitment: ${clip(p.repCommitment, 160)}` : ''}`
    })
  }
  return out
    .filter((e) => e.date <= input.until)
    .sort((a, b) => (a.date === b.date ? a.ref.localeCompare(b.ref) : a.date < b.date ? 1 : -1))
}
