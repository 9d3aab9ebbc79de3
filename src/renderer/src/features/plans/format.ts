import type { Plan, PlanStatus } from '@shared/domain'

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  hrReview: 'In HR review',
  active: 'Active',
  closed: 'Closed'
}

export const kindLabel = (plan: Pick<Plan, 'kind'>): string =>
  plan.kind === 'pip' ? 'PIP' : 'Coaching plan'

export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** SHA-256 of UTF-8 text as 64 hex digits (the packet's content hash). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** "Kevin Walsh" → "kevin-walsh", for file names. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'plan'
