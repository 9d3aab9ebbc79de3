import type { CalendarDate, ExpectationDimension } from '../domain'

type Versioned = Pick<ExpectationDimension, 'target' | 'targetVersions'>

/**
 * The target in force on `day` (issue 14): the last version whose first day is on or before
 * it. A day before every dated version gets the original target; with no versions, `target`.
 */
export function targetInForce(dimension: Versioned, day: CalendarDate): number {
  const versions = dimension.targetVersions ?? []
  if (versions.length === 0) return dimension.target
  let found = versions[0]!.target
  for (const v of versions)
    if (v.effectiveFrom === undefined || v.effectiveFrom <= day) found = v.target
  return found
}

/**
 * A new target from `effectiveFrom` on. Earlier periods keep the target they had; a version on
 * the same day replaces that one. `target` becomes the latest version's target.
 */
export function withNewTarget<D extends Versioned>(
  dimension: D,
  target: number,
  effectiveFrom: CalendarDate,
  setAt: string
): D {
  const versions = dimension.targetVersions ?? [{ target: dimension.target, setAt }]
  const kept = versions.filter((v) => v.effectiveFrom !== effectiveFrom)
  const next = [...kept, { target, effectiveFrom, setAt }].sort((a, b) =>
    (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '')
  )
  return { ...dimension, target: next.at(-1)!.target, targetVersions: next }
}
