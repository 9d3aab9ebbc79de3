import type { CalendarDate, CoachingBeforePlan, HrReview } from '../domain'
import type { EvidenceChoice } from './evidence'

/**
 * A check-in is recorded on the day it was held: never a day still to come, and before its
 * scheduled day only with a reason (a check-in due on the 7th held on the 4th is said to be
 * early, so nobody fills the log in advance).
 */
export function checkInDateProblem(input: {
  scheduledFor: CalendarDate
  heldOn: CalendarDate
  today: CalendarDate
  earlyReason?: string | undefined
}): string | undefined {
  if (input.heldOn > input.today)
    return `A check-in cannot be recorded as held on ${input.heldOn}: that day has not come yet (today is ${input.today}).`
  if (input.heldOn < input.scheduledFor && !input.earlyReason?.trim())
    return `This check-in is due on ${input.scheduledFor}. To record it as held earlier, on ${input.heldOn}, say why it was held early.`
  return undefined
}

/** How many records of documented coaching came before a plan (coach first, then correct). */
export function coachingBefore(
  evidence: readonly Pick<EvidenceChoice, 'documentsCoaching'>[],
  checkedOn: CalendarDate,
  explanation = ''
): CoachingBeforePlan {
  return {
    records: evidence.filter((e) => e.documentsCoaching).length,
    checkedOn,
    explanation: explanation.trim()
  }
}

export const NO_COACHING_WARNING =
  'No coaching plan or documented coaching (1:1 coaching notes, observations) is on record before this PIP. Fieldbook’s principle is to coach first, then hold accountable: a PIP is the documented last step.'

const HR_METHOD_WORDS: Record<HrReview['method'], string> = {
  meeting: 'in a meeting',
  email: 'by e-mail',
  videoCall: 'on a video call',
  phone: 'by phone'
}

/** "Approved by Dana Whitfield (HR) on 2026-12-04, in a meeting." */
export function hrReviewSentence(review: HrReview): string {
  const decision = review.decision === 'approved' ? 'Approved' : 'Sent back for changes'
  return `${decision} by ${review.reviewer} on ${review.reviewedOn}, ${HR_METHOD_WORDS[review.method]}.`
}

export const HR_METHOD_LABELS: Record<HrReview['method'], string> = {
  meeting: 'In a meeting',
  email: 'By e-mail',
  videoCall: 'On a video call',
  phone: 'By phone'
}
