import type { Plan, PlanStatus } from '@shared/domain'
import type { WordForms } from '@shared/words/plural'

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  hrReview: 'In HR review',
  active: 'Active',
  closed: 'Closed'
}

export const kindLabel = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'PIP' : 'Coaching plan'

/** "1 goal differs", "2 goals differ" (with countOf / pluralWord). */
export const DIFFERS: WordForms = { one: 'differs', other: 'differ' }
