import type { Finding } from '@shared/diagnosis'
import { screens } from './routes'

/** The rule and the numbers as one sentence: what a plan's concern quotes as its evidence. */
export function evidenceSentence(f: Pick<Finding, 'rule' | 'numbers'>): string {
  const rule = f.rule.trim().replace(/\.$/, '')
  const numbers = f.numbers.map((n) => `${n.label}: ${n.value}`).join('; ')
  return numbers ? `${rule}. Numbers: ${numbers}.` : `${rule}.`
}

/** The stage a finding's coaching is about: the finding's own, else its first staged action. */
export function findingStage(f: Finding): { key: string; name: string } | undefined {
  const key = f.stageKey ?? f.actions.find((a) => a.stageKey)?.stageKey
  return key ? { key, name: f.stageName ?? key } : undefined
}

export interface NextStepLink {
  label: string
  to: string
}

/**
 * One-click next steps for a finding, as links to the screens that do them (observations,
 * 1:1 prep, plans); each link carries what that screen needs to start prefilled.
 */
export function nextStepLinks(f: Finding, repId: string): NextStepLink[] {
  const links: NextStepLink[] = []
  const stage = findingStage(f)
  if (stage) {
    links.push({
      label: `Plan a ride-along at ${stage.name}`,
      to: screens.newObservation({ kind: 'rideAlong', repId, stage: stage.key })
    })
    links.push({
      label: `Start a role-play for ${stage.name}`,
      to: screens.newObservation({ kind: 'rolePlay', repId, stage: stage.key })
    })
  }
  links.push({ label: 'Open 1:1 prep', to: screens.prep(repId) })
  const plan = (kind: 'coaching' | 'pip') =>
    screens.newPlan({
      kind,
      repId,
      concern: f.title,
      evidence: evidenceSentence(f),
      metric: f.metric
    })
  links.push({ label: 'Start a coaching plan', to: plan('coaching') })
  links.push({ label: 'Start a PIP', to: plan('pip') })
  return links
}
