import type { ExpectationSet, Role } from '../domain'

/** The set a role uses: the one it names, else the first made for it. */
export function setForRole(
  role: Pick<Role, 'id' | 'expectationSetId'> | undefined,
  sets: readonly ExpectationSet[]
): ExpectationSet | undefined {
  if (!role) return undefined
  return sets.find((s) => s.id === role.expectationSetId) ?? sets.find((s) => s.roleId === role.id)
}
