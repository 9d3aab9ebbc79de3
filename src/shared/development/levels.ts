import type { DevelopmentAssessment, DevelopmentLevel } from '../domain'

export type Competence = DevelopmentAssessment['competence']
export type Commitment = DevelopmentAssessment['commitment']
export type LeadershipStyle = DevelopmentAssessment['style']

/**
 * Situational leadership (DESIGN.md §2.6): D1 low competence, high commitment; D2 some
 * competence, low commitment; D3 moderate-to-high competence, variable commitment; D4 high and
 * high. The grid fills the in-between cases with the nearest level:
 *
 * | competence \ commitment | low | variable | high |
 * | low                     | D2  | D1       | D1   |
 * | some                    | D2  | D2       | D2   |
 * | moderate                | D3  | D3       | D3   |
 * | high                    | D3  | D3       | D4   |
 *
 * (Low competence with low commitment is the discouraged learner of D2; only high competence
 * with high commitment is D4.)
 */
export function developmentLevel(competence: Competence, commitment: Commitment): DevelopmentLevel {
  if (competence === 'low') return commitment === 'low' ? 'D2' : 'D1'
  if (competence === 'some') return 'D2'
  if (competence === 'moderate') return 'D3'
  return commitment === 'high' ? 'D4' : 'D3'
}

const STYLE_OF: Record<DevelopmentLevel, LeadershipStyle> = {
  D1: 'S1',
  D2: 'S2',
  D3: 'S3',
  D4: 'S4'
}

/** The matching style: D1 → S1 directing … D4 → S4 delegating. */
export const styleFor = (level: DevelopmentLevel): LeadershipStyle => STYLE_OF[level]

export interface LevelGuide {
  name: string
  description: string
}

export const LEVEL_GUIDE: Record<DevelopmentLevel, LevelGuide> = {
  D1: {
    name: 'Enthusiastic beginner',
    description: 'Keen, but new to this skill: does not yet know how.'
  },
  D2: {
    name: 'Disillusioned learner',
    description: 'Has some of the skill; early setbacks have worn commitment down.'
  },
  D3: {
    name: 'Capable but cautious',
    description: 'Can do it; confidence or motivation varies from week to week.'
  },
  D4: { name: 'Self-reliant achiever', description: 'Skilled and committed: owns the result.' }
}

export interface StyleGuide {
  name: string
  /** Direction and support in a few words. */
  summary: string
  /** What to do with the rep in the next 1:1 on this skill. */
  nextOneOnOne: string[]
}

export const STYLE_GUIDE: Record<LeadershipStyle, StyleGuide> = {
  S1: {
    name: 'Directing',
    summary: 'High direction, low support: tell and show how.',
    nextOneOnOne: [
      'Spell out what good looks like, step by step, with an example.',
      'Set one small, dated goal and show how to do it (model it on a call or meeting).',
      'Check in often and briefly; correct early.'
    ]
  },
  S2: {
    name: 'Coaching',
    summary: 'High direction, high support: explain why, ask for ideas, still decide together.',
    nextOneOnOne: [
      'Acknowledge the setback and the progress made so far.',
      'Explain why the skill matters and ask how they would approach the next deal.',
      'Agree the next step together; keep the decision with you for now and praise progress.'
    ]
  },
  S3: {
    name: 'Supporting',
    summary: 'Low direction, high support: listen, encourage, share decisions.',
    nextOneOnOne: [
      'Ask them to lead the discussion of the skill and their plan.',
      'Listen, encourage, and ask what would make them more confident.',
      'Let them decide the next step; offer help rather than instructions.'
    ]
  },
  S4: {
    name: 'Delegating',
    summary: 'Low direction, low support: agree the outcome, leave the how to them.',
    nextOneOnOne: [
      'Agree the outcome and how they will report on it; leave the how to them.',
      'Recognise the result, and ask whether they could teach it to a colleague.',
      'Keep the check-in short and let them set its agenda.'
    ]
  }
}
