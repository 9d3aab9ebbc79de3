import type { Plan, PlanStatus } from '@shared/domain'

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  hrReview: 'In HR review',
  active: 'Active',
  closed: 'Closed'
}

export const kindLabel = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'PIP' : 'Coaching plan'
