import type { Plan } from '../domain'
import { HR_METHOD_LABELS, NO_COACHING_WARNING } from '../plans/rules'
import type { DocumentBlock } from './model'
import { safeText } from './safeText'
import { formatDay } from '../words/dates'

/** The packet's checks HR reads first: who at HR reviewed it, and the coaching before it. */

const t = (text: string): string => safeText(text)
const orNone = (text: string, none: string): string => (text.trim() ? t(text) : none)

/** Who at HR reviewed the plan, when, how and what they decided. */
export function hrReviewBlocks(plan: Plan, locale?: string): DocumentBlock[] {
  const review = plan.hrReview
  const heading: DocumentBlock = { kind: 'heading', level: 3, text: 'HR review' }
  if (!review)
    return [
      heading,
      {
        kind: 'paragraph',
        text:
          plan.status === 'draft' || plan.status === 'hrReview'
            ? 'Not reviewed by HR yet.'
            : 'No HR review was recorded for this plan.',
        tone: 'muted'
      }
    ]
  return [
    heading,
    {
      kind: 'fields',
      fields: [
        { label: 'Reviewed by', value: t(review.reviewer) },
        { label: 'Reviewed on', value: formatDay(review.reviewedOn, locale) },
        { label: 'How', value: HR_METHOD_LABELS[review.method] },
        {
          label: 'Decision',
          value: review.decision === 'approved' ? 'Approved' : 'Sent back for changes'
        },
        ...(review.note.trim() ? [{ label: "HR's note", value: t(review.note) }] : [])
      ]
    }
  ]
}

/** Coach first, then hold accountable: what coaching was on record when the PIP started. */
export function coachingFirstBlocks(plan: Plan, locale?: string): DocumentBlock[] {
  const before = plan.coachingBefore
  if (plan.kind !== 'pip' || !before) return []
  if (before.records > 0)
    return [
      {
        kind: 'paragraph',
        text: `Coaching before this plan: ${before.records} dated record${before.records === 1 ? '' : 's'} of coaching (coaching plans, 1:1 coaching notes, observations) on file when the plan was written (${formatDay(before.checkedOn, locale)}).`
      }
    ]
  return [
    { kind: 'paragraph', text: `Warning: ${NO_COACHING_WARNING}`, tone: 'strong' },
    {
      kind: 'fields',
      fields: [
        { label: 'Checked on', value: formatDay(before.checkedOn, locale) },
        {
          label: "Manager's explanation",
          value: orNone(before.explanation, 'None given.')
        }
      ]
    }
  ]
}
