import type { CalendarDate, DevelopmentAssessment, DevelopmentLevel, Timestamp } from '../domain'
import { developmentLevel, styleFor, type Commitment, type Competence } from './levels'

const byDate = (a: DevelopmentAssessment, b: DevelopmentAssessment): number =>
  a.assessedOn < b.assessedOn
    ? -1
    : a.assessedOn > b.assessedOn
      ? 1
      : a.createdAt < b.createdAt
        ? -1
        : 1

/** A rep's assessments, oldest first, for one skill or all of them. */
export function developmentHistory(
  assessments: readonly DevelopmentAssessment[],
  repId: string,
  skill?: string
): DevelopmentAssessment[] {
  return assessments
    .filter((a) => a.repId === repId && (skill === undefined || a.skill === skill))
    .sort(byDate)
}

/** The latest assessment of each skill, skills in the order first assessed. */
export function latestBySkill(
  assessments: readonly DevelopmentAssessment[],
  repId: string
): DevelopmentAssessment[] {
  const latest = new Map<string, DevelopmentAssessment>()
  for (const a of developmentHistory(assessments, repId)) latest.set(a.skill, a)
  return [...latest.values()]
}

export interface LevelChange {
  skill: string
  from: DevelopmentLevel
  to: DevelopmentLevel
  on: CalendarDate
}

/** Each time a skill's level moved, oldest first (repeats at the same level are not changes). */
export function levelChanges(
  assessments: readonly DevelopmentAssessment[],
  repId: string
): LevelChange[] {
  const changes: LevelChange[] = []
  const last = new Map<string, DevelopmentLevel>()
  for (const a of developmentHistory(assessments, repId)) {
    const before = last.get(a.skill)
    if (before !== undefined && before !== a.level) {
      changes.push({ skill: a.skill, from: before, to: a.level, on: a.assessedOn })
    }
    last.set(a.skill, a.level)
  }
  return changes
}

/** A new assessment record with its level and style worked out (ids and time passed in). */
export function createAssessment(options: {
  id: string
  now: Timestamp
  repId: string
  skill: string
  assessedOn: CalendarDate
  competence: Competence
  commitment: Commitment
  note?: string
}): DevelopmentAssessment {
  const level = developmentLevel(options.competence, options.commitment)
  return {
    id: options.id,
    createdAt: options.now,
    updatedAt: options.now,
    repId: options.repId,
    skill: options.skill,
    assessedOn: options.assessedOn,
    competence: options.competence,
    commitment: options.commitment,
    level,
    style: styleFor(level),
    note: options.note ?? ''
  }
}
