import { describe, expect, it } from 'vitest'
import { moveBy, patchAt } from '../../src/renderer/src/features/settings/listEdits'

describe('list edits', () => {
  const stages = [{ key: 'a' }, { key: 'b' }, { key: 'c' }]

  it('changes one item and keeps the others', () => {
    expect(patchAt(stages, 1, { key: 'B' })).toEqual([{ key: 'a' }, { key: 'B' }, { key: 'c' }])
    expect(stages[1]).toEqual({ key: 'b' })
  })

  it('moves an item one place up or down', () => {
    expect(moveBy(stages, 2, -1).map((s) => s.key)).toEqual(['a', 'c', 'b'])
    expect(moveBy(stages, 0, 1).map((s) => s.key)).toEqual(['b', 'a', 'c'])
  })
})
