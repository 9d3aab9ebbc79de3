import type { ExpectationSet, Rep, Role } from '@shared/domain'
import { setForRole } from '@shared/expectations/setForRole'

/** Each rep's expectation set: their role's. */
export function expectationsLookup(records: {
  roles: readonly Role[]
  sets: readonly ExpectationSet[]
  reps: readonly Rep[]
}): (repId: string) => ExpectationSet | undefined {
  const roleById = new Map(records.roles.map((r) => [r.id, r]))
  const repById = new Map(records.reps.map((r) => [r.id, r]))
  return (repId) => setForRole(roleById.get(repById.get(repId)?.roleId ?? ''), records.sets)
}
