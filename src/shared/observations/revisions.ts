import type { Observation, ObservationRevision, Timestamp } from '../domain'

/**
 * Correcting a saved observation: the feedback text can be put right, and each correction is
 * kept as a dated revision with its reason and the words before and after, so the record
 * shows what the rep was first told. Scores stay as they were made (they feed the roll-ups).
 */
export type CorrectableField = ObservationRevision['changes'][number]['field']

export const CORRECTABLE_FIELDS: Record<CorrectableField, string> = {
  outcome: 'What happened',
  selfAssessment: 'Rep’s self-assessment',
  strength: 'Strength',
  focus: 'Focus'
}

/** Fields a saved observation must not lose (the rep acts on them). */
const REQUIRED: ReadonlySet<CorrectableField> = new Set(['selfAssessment', 'strength', 'focus'])

export type Correction =
  | { ok: true; observation: Observation; revision: ObservationRevision }
  | { ok: false; problems: string[] }

export function correctObservation(
  o: Observation,
  wanted: Partial<Record<CorrectableField, string>>,
  reason: string,
  at: Timestamp
): Correction {
  const problems: string[] = []
  if (o.status !== 'final')
    problems.push('Only a saved observation is corrected; a draft is edited.')
  if (o.kind === 'rolePlay' && wanted.outcome !== undefined && wanted.outcome.trim() !== o.outcome)
    problems.push('A role-play has no outcome to correct.')
  const changes: ObservationRevision['changes'] = []
  for (const field of Object.keys(CORRECTABLE_FIELDS) as CorrectableField[]) {
    const next = wanted[field]
    if (next === undefined) continue
    const after = next.trim()
    if (REQUIRED.has(field) && !after)
      problems.push(`${CORRECTABLE_FIELDS[field]} cannot be left empty.`)
    if (after !== o[field]) changes.push({ field, before: o[field], after })
  }
  if (changes.length === 0 && problems.length === 0)
    problems.push('Nothing was changed: edit a field to correct it.')
  if (!reason.trim()) problems.push('Say why you are correcting it (kept with the revision).')
  if (problems.length > 0) return { ok: false, problems }
  const revision: ObservationRevision = { revisedAt: at, reason: reason.trim(), changes }
  const observation: Observation = {
    ...o,
    updatedAt: at,
    revisions: [...(o.revisions ?? []), revision]
  }
  for (const c of changes) observation[c.field] = c.after
  return { ok: true, observation, revision }
}
