import type { Existing } from '@shared/import'
import type { FieldbookDb } from './database'
import type { PlanRequest } from './importPlan'

/**
 * An import plan's stamp: what the plan read, summed up so the commit can tell, inside its own
 * transaction, whether the plan still holds. It covers every stored record the plan read (id and
 * `updatedAt`, so an edit to one deal the file touches changes it), how many records each table
 * it read holds (a record added or deleted anywhere in them changes it), the default role, and
 * the request (the manager's decisions, how many rows), so a plan for other choices never passes.
 */
export async function stampOf(
  db: FieldbookDb,
  request: PlanRequest,
  existing: Existing
): Promise<string> {
  const kind = request.decisions.kind
  const counts = await Promise.all([
    db.reps.count(),
    kind === 'opportunities' || kind === 'activities' ? db.opportunities.count() : 0,
    kind === 'activities' ? db.activities.count() : 0,
    kind === 'manualMeasures' ? db.manualMeasures.count() : 0
  ])
  const hash = new StampHash()
  for (const list of [
    existing.reps,
    existing.opportunities,
    existing.activities,
    existing.manualMeasures
  ]) {
    hash.add(String(list.length))
    for (const record of list) hash.add(record.id).add(record.updatedAt)
  }
  hash.add(existing.defaultRoleId).add(String(existing.defaultRampMonths ?? ''))
  hash.add(String(existing.opportunitiesInFamily ?? ''))
  hash.add(JSON.stringify(request.decisions)).add(String(request.normalised.records.length))
  return `${kind}:${counts.join('/')}:${hash.digest()}`
}

/** Two 32-bit FNV-1a hashes with different seeds: 64 bits, cheap, order-sensitive. */
class StampHash {
  private a = 0x811c9dc5
  private b = 0x01000193 ^ 0x5bd1e995

  add(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      this.a = Math.imul(this.a ^ c, 0x01000193)
      this.b = Math.imul(this.b ^ c, 0x01000193) ^ (this.b >>> 15)
    }
    // A separator, so ('ab', 'c') and ('a', 'bc') differ.
    this.a = Math.imul(this.a ^ 0x1f, 0x01000193)
    this.b = Math.imul(this.b ^ 0x1f, 0x01000193)
    return this
  }

  digest(): string {
    return (this.a >>> 0).toString(36) + '.' + (this.b >>> 0).toString(36)
  }
}
