import type { Observation } from '../domain'

/** A "yes" that only counts with something written behind it: criterion key → what it needs. */
export const YES_NEEDS_CONTENT: Record<
  string,
  { has(o: Pick<Observation, 'plan'>): boolean; message: string }
> = {
  'pre-call-plan': {
    has: (o) => !!o.plan?.repObjective.trim() && !!o.plan.desiredNextStep.trim(),
    message:
      'You answered Yes, but the pre-call plan has no objective or desired next step: write them in the Pre-call plan step, or answer No.'
  }
}
