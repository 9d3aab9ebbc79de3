import type {
  ChecklistCriterion,
  ChecklistTemplate,
  Observation,
  ObservationKind,
  Timestamp
} from '../domain'

/** The newest version of each template key. */
export function latestVersions(templates: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>()
  for (const t of templates) {
    const seen = latest.get(t.templateKey)
    if (!seen || t.version > seen.version) latest.set(t.templateKey, t)
  }
  return [...latest.values()]
}

/** The checklist a new observation of this kind at this stage is scored with. */
export function checklistFor(
  templates: readonly ChecklistTemplate[],
  kind: ObservationKind,
  stageKey: string
): ChecklistTemplate | undefined {
  return latestVersions(templates)
    .filter((t) => t.kind === kind && t.stageKey === stageKey && !t.retired)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))[0]
}

/** Whether any observation (draft or final) was scored with this exact version. */
export function templateInUse(
  template: Pick<ChecklistTemplate, 'id'>,
  observations: readonly Pick<Observation, 'templateId'>[]
): boolean {
  return observations.some((o) => o.templateId === template.id)
}

export interface TemplateEdit {
  name: string
  criteria: ChecklistCriterion[]
  retired?: boolean
}

export type TemplateRevision =
  | { action: 'unchanged'; template: ChecklistTemplate }
  /** Nobody scored with this version yet: it can simply change. */
  | { action: 'updated'; template: ChecklistTemplate }
  /** Past observations used it: a new row, same key, version + 1; the old row stays. */
  | { action: 'newVersion'; template: ChecklistTemplate }

const sameCriteria = (a: readonly ChecklistCriterion[], b: readonly ChecklistCriterion[]) =>
  JSON.stringify(a) === JSON.stringify(b)

/**
 * What saving an edit does. `latest` must be the newest version of its key (editing an older
 * one would fork the history). Only the name or retired flag changing never needs a version:
 * they do not change how anything is scored.
 */
export function reviseTemplate(
  latest: ChecklistTemplate,
  edit: TemplateEdit,
  options: { usedByObservations: boolean; newId: () => string; now: Timestamp }
): TemplateRevision {
  const retired = edit.retired ?? latest.retired
  const criteriaChanged = !sameCriteria(latest.criteria, edit.criteria)
  if (!criteriaChanged && edit.name === latest.name && retired === latest.retired)
    return { action: 'unchanged', template: latest }
  const changed = { ...latest, name: edit.name, criteria: edit.criteria, retired }
  if (!criteriaChanged || !options.usedByObservations)
    return { action: 'updated', template: { ...changed, updatedAt: options.now } }
  return {
    action: 'newVersion',
    template: {
      ...changed,
      id: options.newId(),
      version: latest.version + 1,
      createdAt: options.now,
      updatedAt: options.now
    }
  }
}

/** Problems that stop a checklist from being saved, in the manager's words. */
export function checklistProblems(edit: TemplateEdit): string[] {
  const problems: string[] = []
  if (edit.name.trim() === '') problems.push('Give the checklist a name.')
  if (edit.criteria.length === 0) problems.push('Add at least one criterion.')
  const keys = new Set<string>()
  edit.criteria.forEach((c, i) => {
    if (c.label.trim() === '') problems.push(`Criterion ${i + 1} needs a wording.`)
    if (keys.has(c.key)) problems.push(`Criterion ${i + 1} repeats the key "${c.key}".`)
    keys.add(c.key)
    if (!(c.weight >= 0 && c.weight <= 10)) problems.push(`Criterion ${i + 1}: weight 0 to 10.`)
  })
  if (!edit.criteria.some((c) => c.type !== 'text' && c.weight > 0))
    problems.push(
      'At least one yes/no or 1–4 criterion needs a weight above 0, or nothing is scored.'
    )
  return problems
}

/** A stable key for a new criterion, from its wording, unique within the checklist. */
export function criterionKeyFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'criterion'
  let key = base
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`
  return key
}
