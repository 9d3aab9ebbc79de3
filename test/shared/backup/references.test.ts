import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { NOT_REFERENCES, REFERENCES, valuesAt } from '../../../src/shared/backup'
import { workspaceTableNames, workspaceTables } from '../../../src/shared/domain'

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  valueType?: z.ZodType
  options?: z.ZodType[]
  in?: z.ZodType
  out?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Every field path in a schema, in the reference notation (`overrides[].repId`). */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => {
        const path = prefix ? `${prefix}.${key}` : key
        return [path, ...fieldPaths(child, path)]
      })
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? fieldPaths(def.innerType, prefix) : []
    case 'array':
      return def.element ? fieldPaths(def.element, `${prefix}[]`) : []
    case 'record':
      return def.valueType ? fieldPaths(def.valueType, `${prefix}{}`) : []
    case 'union':
      return (def.options ?? []).flatMap((o) => fieldPaths(o, prefix))
    case 'pipe':
      return [
        ...(def.in ? fieldPaths(def.in, prefix) : []),
        ...(def.out ? fieldPaths(def.out, prefix) : [])
      ]
    default:
      return []
  }
}

describe('reference table', () => {
  it('covers every schema field whose name ends in Id or Ids', () => {
    const covered = new Set([...REFERENCES, ...NOT_REFERENCES].map((r) => `${r.from}:${r.path}`))
    const idFields = workspaceTableNames.flatMap((table) =>
      fieldPaths(workspaceTables[table])
        .filter((p) => /Ids?(\[\])?$/.test(p))
        .map((p) => `${table}:${p}`)
    )
    expect(idFields.length).toBeGreaterThan(20)
    expect(idFields.filter((f) => !covered.has(f))).toEqual([])
  })

  it('names only fields that exist', () => {
    for (const ref of [...REFERENCES, ...NOT_REFERENCES]) {
      expect(fieldPaths(workspaceTables[ref.from]), `${ref.from}.${ref.path}`).toContain(ref.path)
    }
  })

  it('reads values through arrays with their concrete paths', () => {
    const record = { overrides: [{ repId: 'a' }, {}, { repId: 'b' }] }
    expect(valuesAt(record, 'overrides[].repId')).toEqual([
      { path: 'overrides[0].repId', value: 'a' },
      { path: 'overrides[2].repId', value: 'b' }
    ])
    expect(valuesAt({}, 'repId')).toEqual([])
  })
})
