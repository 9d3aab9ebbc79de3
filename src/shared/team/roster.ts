import type { Rep, RepChange, WorkspaceData, WorkspaceSettings } from '../domain'

/**
 * Roster rules (issue 14): which reps are on the team today, what a change to a rep records,
 * leaving and merging. Pure: the repository persists what these decide.
 */

/** On the current screens: active and not merged into another rep. */
export const isCurrentRep = (rep: Pick<Rep, 'active' | 'mergedInto'>): boolean =>
  rep.active && rep.mergedInto === undefined

/** The fields whose change moves a number or the rep's standing; each is recorded with its date. */
const TRACKED = ['startDate', 'rampMonths', 'roleId', 'active'] as const

/** The dated changes between two versions of a rep (tracked fields only). */
export function repChanges(
  before: Rep,
  after: Partial<Rep> & Pick<Rep, (typeof TRACKED)[number]>,
  at: string
): RepChange[] {
  const out: RepChange[] = []
  for (const field of TRACKED) {
    const from = String(before[field])
    const to = String(after[field])
    if (from === to) continue
    out.push({
      at,
      field,
      from,
      to,
      ...(field === 'active' && !after.active && after.leftOn ? { effectiveOn: after.leftOn } : {})
    })
  }
  return out
}

export type RosterCheck = { ok: true } | { ok: false; problem: string }

/** A rep can leave on a day on or after they started. */
export function checkLeaving(rep: Pick<Rep, 'name' | 'startDate'>, leftOn: string): RosterCheck {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(leftOn))
    return { ok: false, problem: 'Enter the day the rep left as a date.' }
  if (leftOn < rep.startDate)
    return {
      ok: false,
      problem: `${rep.name} started on ${rep.startDate}: the day they left cannot be earlier.`
    }
  return { ok: true }
}

/** Names, e-mails and ids that map CRM rows to a rep, without duplicates (case-insensitive). */
export function mergeAliases(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const alias of lists.flat()) {
    const trimmed = alias.trim()
    const key = trimmed.toLowerCase()
    if (!trimmed || seen.has(key)) continue
    seen.add(key)
    out.push(trimmed)
  }
  return out
}

/** Tables whose records belong to a rep through `repId`: a merge moves them all. */
export const REP_OWNED_TABLES = [
  'opportunities',
  'activities',
  'manualMeasures',
  'observations',
  'developmentAssessments',
  'oneOnOnes',
  'actionItems',
  'recognitions',
  'plans',
  'planMilestones',
  'checkIns'
] as const satisfies readonly (keyof WorkspaceData)[]

export interface MergeDecision {
  /** The rep that stays, with the duplicate's names, e-mail and ids as aliases. */
  kept: Rep
  /** The duplicate, kept in history as merged (inactive). */
  duplicate: Rep
}

/**
 * Merging `duplicate` into `keep`: the same person seen in two CRMs. The kept rep gains the
 * duplicate's name, e-mail and aliases as CRM aliases and the earlier start date (their history
 * starts with the first record of either); the duplicate stays as an inactive record that
 * points to the kept rep, so old links still resolve.
 */
export function decideMerge(keep: Rep, duplicate: Rep, at: string): MergeDecision {
  if (keep.id === duplicate.id) throw new Error('Choose two different reps to merge.')
  if (keep.mergedInto || duplicate.mergedInto)
    throw new Error('A rep that was merged already cannot be merged again.')
  const startDate = duplicate.startDate < keep.startDate ? duplicate.startDate : keep.startDate
  const aliases = mergeAliases(
    keep.crmAliases,
    duplicate.crmAliases,
    [duplicate.name],
    duplicate.email ? [duplicate.email] : []
  )
  const keptChanges: RepChange[] = [
    ...(keep.changes ?? []),
    { at, field: 'merged', from: duplicate.name, to: keep.name },
    ...(startDate !== keep.startDate
      ? [{ at, field: 'startDate' as const, from: keep.startDate, to: startDate }]
      : [])
  ]
  return {
    kept: {
      ...keep,
      crmAliases: aliases,
      startDate,
      email: keep.email ?? duplicate.email,
      changes: keptChanges,
      updatedAt: at
    },
    duplicate: {
      ...duplicate,
      active: false,
      mergedInto: keep.id,
      changes: [
        ...(duplicate.changes ?? []),
        { at, field: 'merged', from: duplicate.name, to: keep.name }
      ],
      updatedAt: at
    }
  }
}

/** "Dana Reyes, Regional Sales Manager"; "The manager" until a name is set. */
export function managerSignature(
  settings: Pick<WorkspaceSettings, 'managerName' | 'managerTitle'> | undefined
): string {
  const name = settings?.managerName?.trim()
  if (!name) return 'The manager'
  const title = settings?.managerTitle?.trim()
  return title ? `${name}, ${title}` : name
}

const FIELD_WORDS: Record<RepChange['field'], string> = {
  startDate: 'Start date',
  rampMonths: 'Ramp (months)',
  roleId: 'Role',
  active: 'On the team',
  merged: 'Merged'
}

/** One change as a manager reads it; `roleName` turns role ids into names. */
export function describeRepChange(c: RepChange, roleName: (id: string) => string): string {
  const show = (v: string) =>
    c.field === 'roleId' ? roleName(v) : c.field === 'active' ? (v === 'true' ? 'yes' : 'no') : v
  if (c.field === 'merged') return `${c.from} merged into ${c.to}`
  if (c.field === 'active' && c.to === 'false')
    return `Left the team${c.effectiveOn ? ` on ${c.effectiveOn}` : ''}`
  if (c.field === 'active') return 'Back on the team'
  return `${FIELD_WORDS[c.field]}: ${show(c.from)} → ${show(c.to)}`
}
