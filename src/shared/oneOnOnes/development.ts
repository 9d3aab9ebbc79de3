import type { DevelopmentAssessment } from '../domain'

/** Situational leadership: what each style means for the next 1:1 (DESIGN.md §2.6). */
export const STYLE_GUIDANCE: Record<
  DevelopmentAssessment['style'],
  { name: string; inTheOneOnOne: string }
> = {
  S1: {
    name: 'S1 Directing',
    inTheOneOnOne: 'Show how: set the exact steps and the deadline, then check each one next time.'
  },
  S2: {
    name: 'S2 Coaching',
    inTheOneOnOne:
      'Explain why, ask for the rep’s ideas, decide the steps together and praise progress.'
  },
  S3: {
    name: 'S3 Supporting',
    inTheOneOnOne: 'Ask and listen: let the rep propose how, and help remove what is in the way.'
  },
  S4: {
    name: 'S4 Delegating',
    inTheOneOnOne: 'Agree the outcome and leave the how to the rep; ask only for the result.'
  }
}

export const LEVEL_NAMES: Record<DevelopmentAssessment['level'], string> = {
  D1: 'D1 (low competence, high commitment)',
  D2: 'D2 (some competence, low commitment)',
  D3: 'D3 (moderate to high competence, variable commitment)',
  D4: 'D4 (high competence, high commitment)'
}

export interface SkillInFocus {
  latest: DevelopmentAssessment
  /** The assessment of the same skill before the latest one, to show movement. */
  previous?: DevelopmentAssessment
}

/** The skill in focus: the one assessed most recently (ties: the record updated last). */
export function skillInFocus(
  assessments: readonly DevelopmentAssessment[]
): SkillInFocus | undefined {
  const ordered = [...assessments].sort(
    (a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.updatedAt.localeCompare(b.updatedAt)
  )
  const latest = ordered.at(-1)
  if (!latest) return undefined
  const previous = ordered.filter((a) => a.skill === latest.skill && a.id !== latest.id).at(-1)
  return { latest, previous }
}
