import type { ChecklistCriterion, ChecklistTemplate, Observation } from '../../../src/shared/domain'

export const NOW = '2026-11-23T09:00:00.000Z'

export const crit = (
  key: string,
  type: ChecklistCriterion['type'],
  weight: number,
  must = false
): ChecklistCriterion => ({ key, label: `Criterion ${key}`, type, weight, guidance: '', must })

export function template(
  id: string,
  criteria: ChecklistCriterion[],
  extra: Partial<ChecklistTemplate> = {}
): ChecklistTemplate {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    templateKey: 'tk',
    version: 1,
    kind: 'rideAlong',
    stageKey: 'discover',
    name: 'Test checklist',
    criteria,
    retired: false,
    ...extra
  }
}

let n = 0
export function observation(
  scores: Record<string, string>,
  extra: Partial<Observation> = {}
): Observation {
  return {
    id: `obs-${++n}`,
    createdAt: NOW,
    updatedAt: NOW,
    kind: 'rideAlong',
    repId: 'rep-a',
    stageKey: 'discover',
    date: '2026-11-02',
    status: 'final',
    opportunityLabel: '',
    templateId: 't1',
    templateVersion: 1,
    scores: Object.entries(scores).map(([criterionKey, value]) => ({ criterionKey, value })),
    outcome: '',
    selfAssessment: '',
    strength: '',
    focus: '',
    notes: [],
    ...extra
  }
}
