import type { Rep } from '../domain'
import { ownerKey, type OwnerChoice } from './decisions'

/** Owner cells → reps, by the aliases set on each rep (name, email, CRM user ids). */

export interface OwnerSuggestion {
  /** The owner as the file first spells it. */
  owner: string
  key: string
  rows: number
  choice: OwnerChoice
  /**
   * alias: matched a rep's name, email or CRM alias; new: nobody matches. Mapping an owner to
   * a rep adds the owner as an alias on commit, so the next import matches it by itself.
   */
  basis: 'alias' | 'new'
  /** True for CRM user ids (e.g. Salesforce 005…): import a users export to name them. */
  looksLikeId: boolean
  /** Someone on another manager's team (per the people file): their rows are skipped. */
  otherTeam?: string
}

/** Every alias of every rep, keyed like owner cells. Active reps win a clash. */
export function repAliasIndex(reps: Rep[]): Map<string, string> {
  const index = new Map<string, string>()
  const ordered = [...reps].sort((a, b) => Number(a.active) - Number(b.active))
  for (const rep of ordered) {
    for (const alias of [rep.name, rep.email ?? '', ...rep.crmAliases]) {
      if (alias.trim() !== '') index.set(ownerKey(alias), rep.id)
    }
  }
  return index
}

export function looksLikeCrmId(value: string): boolean {
  const v = value.trim()
  return /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(v) && /\d/.test(v) && !/\s/.test(v)
    ? true
    : /^\d{3,}$/.test(v)
}

/** A readable name for a new rep made from an owner cell ('jane.doe@acme.com' → 'Jane Doe'). */
export function nameFromOwner(owner: string): string {
  const email = /^([^@\s]+)@/.exec(owner.trim())
  if (!email?.[1]) return owner.trim()
  return email[1]
    .split(/[._-]+/)
    .filter((p) => p !== '')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join(' ')
}

export function suggestOwners(
  owners: Map<string, { owner: string; rows: number }>,
  reps: Rep[],
  otherTeams: Map<string, string> = new Map()
): OwnerSuggestion[] {
  const index = repAliasIndex(reps)
  return [...owners.entries()]
    .sort((a, b) => b[1].rows - a[1].rows || a[1].owner.localeCompare(b[1].owner))
    .map(([key, { owner, rows }]) => {
      const looksLikeId = looksLikeCrmId(owner)
      const repId = index.get(key)
      if (repId)
        return { owner, key, rows, looksLikeId, basis: 'alias', choice: { action: 'rep', repId } }
      const otherTeam = otherTeams.get(key)
      if (otherTeam !== undefined) {
        return {
          owner,
          key,
          rows,
          looksLikeId,
          basis: 'new',
          otherTeam,
          choice: { action: 'skip' }
        }
      }
      return {
        owner,
        key,
        rows,
        looksLikeId,
        basis: 'new',
        // An id cannot become a readable rep; skipping keeps the choice with the manager.
        choice: looksLikeId ? { action: 'skip' } : { action: 'create', name: nameFromOwner(owner) }
      }
    })
}
