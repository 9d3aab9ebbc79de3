import { describe, expect, it } from 'vitest'
import {
  checklistFor,
  checklistProblems,
  criterionKeyFor,
  latestVersions,
  reviseTemplate,
  templateInUse
} from '../../../src/shared/observations'
import { createDefaultChecklistTemplates, DEFAULT_STAGE_KEYS } from '../../../src/shared/defaults'
import { crit, NOW, observation, template } from './support'

const LATER = '2026-11-24T10:00:00.000Z'

describe('template versions', () => {
  const v1 = template('t1', [crit('a', 'yesNo', 1)])
  const options = (used: boolean) => ({ usedByObservations: used, newId: () => 'new', now: LATER })

  it('changes an unused template in place', () => {
    const r = reviseTemplate(v1, { name: 'X', criteria: [crit('a', 'yesNo', 2)] }, options(false))
    expect(r.action).toBe('updated')
    expect(r.template).toMatchObject({ id: 't1', version: 1, name: 'X', updatedAt: LATER })
  })

  it('adds version + 1 with a new id when past observations used the template', () => {
    const r = reviseTemplate(
      v1,
      { name: v1.name, criteria: [crit('a', 'scale4', 1)] },
      options(true)
    )
    expect(r.action).toBe('newVersion')
    expect(r.template).toMatchObject({ id: 'new', templateKey: 'tk', version: 2, createdAt: LATER })
  })

  it('renaming or retiring does not need a version: scores do not change', () => {
    expect(
      reviseTemplate(v1, { name: 'Renamed', criteria: v1.criteria }, options(true)).action
    ).toBe('updated')
    expect(
      reviseTemplate(v1, { name: v1.name, criteria: v1.criteria, retired: true }, options(true))
        .template.retired
    ).toBe(true)
    expect(reviseTemplate(v1, { name: v1.name, criteria: v1.criteria }, options(true)).action).toBe(
      'unchanged'
    )
  })

  it('knows when a version is in use, and which version is latest', () => {
    expect(templateInUse(v1, [observation({}, { templateId: 't1' })])).toBe(true)
    expect(templateInUse(v1, [observation({}, { templateId: 'other' })])).toBe(false)
    const v2 = template('t2', v1.criteria, { version: 2 })
    expect(latestVersions([v2, v1]).map((t) => t.id)).toEqual(['t2'])
    expect(checklistFor([v1, v2], 'rideAlong', 'discover')?.id).toBe('t2')
    expect(checklistFor([v1, { ...v2, retired: true }], 'rideAlong', 'discover')).toBeUndefined()
  })

  it('names the problems that stop a checklist from being saved', () => {
    expect(
      checklistProblems({ name: '', criteria: [crit('a', 'text', 0), crit('a', 'text', 0)] })
    ).toEqual([
      'Give the checklist a name.',
      'Criterion 2 repeats the key "a".',
      'At least one yes/no or 1–4 criterion needs a weight above 0, or nothing is scored.'
    ])
    expect(checklistProblems({ name: 'ok', criteria: [crit('a', 'yesNo', 1)] })).toEqual([])
  })

  it('makes unique criterion keys from the wording', () => {
    expect(criterionKeyFor('Asked for the order!', [])).toBe('asked-for-the-order')
    expect(criterionKeyFor('Asked for the order', ['asked-for-the-order'])).toBe(
      'asked-for-the-order-2'
    )
  })
})

describe('built-in checklists', () => {
  const templates = createDefaultChecklistTemplates(() => `id-${Math.random()}`, NOW)

  it('cover every kind at every default stage', () => {
    for (const kind of ['rideAlong', 'callReview', 'rolePlay'] as const)
      for (const stage of DEFAULT_STAGE_KEYS)
        expect(checklistFor(templates, kind, stage), `${kind} ${stage}`).toBeDefined()
    expect(templates).toHaveLength(18)
  })

  it('score pre-call planning and post-call follow-through in the field, a next step everywhere', () => {
    for (const t of templates) {
      const keys = t.criteria.map((c) => c.key)
      if (t.kind !== 'rolePlay') {
        expect(keys, t.name).toContain('pre-call-plan')
        expect(keys, t.name).toContain('follow-through')
      }
      expect(
        keys.some((k) => k === 'next-step' || k === 'ask'),
        t.name
      ).toBe(true)
    }
  })
})
