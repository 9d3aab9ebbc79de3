import type { Observation, Plan, Recognition } from '../../domain'
import { inRange, overlap, type DateRange } from '../../metrics'
import type { RepDiagnosis } from '../types'

/** Recognitions against corrections for one rep over one range. */
export interface RecognitionBalance {
  repId: string
  recognitions: number
  corrections: {
    /** Findings to act on in the range. */
    findings: number
    /** Final observations in the range with a focus area written down. */
    focusAreas: number
    /** Coaching plans and PIPs running in the range (past draft). */
    plans: number
  }
  correctionsTotal: number
  /** recognitions ÷ corrections; undefined when there is no correction. */
  ratio: number | undefined
  /** "3 : 2". */
  text: string
  /** Below RECOGNITION_GUIDE recognitions per correction, with at least one correction. */
  belowGuide: boolean
}

/**
 * A guide, not a rule: managers are commonly advised to recognise several times for every
 * correction; below three to one the balance leans to correction.
 */
export const RECOGNITION_GUIDE = 3

export const RECOGNITION_RATIO_FORMULA =
  'Recognition-to-correction ratio = recognitions logged in the period ÷ (findings to act on + observation focus areas written in the period + coaching plans and PIPs running in the period).'

export interface RecognitionInput {
  repIds: readonly string[]
  range: DateRange
  recognitions: readonly Recognition[]
  observations: readonly Observation[]
  plans: readonly Plan[]
  diagnoses: readonly RepDiagnosis[]
}

export function recognitionBalance(input: RecognitionInput): RecognitionBalance[] {
  const { range } = input
  return input.repIds.map((repId) => {
    const recognitions = input.recognitions.filter(
      (r) => r.repId === repId && inRange(r.date, range)
    ).length
    const findings =
      input.diagnoses.find((d) => d.repId === repId)?.findings.filter((f) => f.severity === 'act')
        .length ?? 0
    const focusAreas = input.observations.filter(
      (o) =>
        o.repId === repId && o.status === 'final' && inRange(o.date, range) && o.focus.trim() !== ''
    ).length
    const plans = input.plans.filter(
      (p) =>
        p.repId === repId &&
        p.status !== 'draft' &&
        overlap({ start: p.startDate, end: p.endDate }, range) !== undefined
    ).length
    const total = findings + focusAreas + plans
    const ratio = total > 0 ? recognitions / total : undefined
    return {
      repId,
      recognitions,
      corrections: { findings, focusAreas, plans },
      correctionsTotal: total,
      ratio,
      text: `${recognitions} : ${total}`,
      belowGuide: ratio !== undefined && ratio < RECOGNITION_GUIDE
    }
  })
}
