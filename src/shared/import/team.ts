import { ownerKey } from './decisions'
import type { ImportedRep } from './normalise/reps'

/**
 * Whose team: a people file with a Manager column holds several managers' people. The review
 * asks whose team to import (one manager, or several for a second-line manager); only their
 * people join, and the others are remembered so their rows in later deal and activity files
 * are skipped (with a count) unless the manager maps them to a rep.
 */

export interface ManagerGroup {
  /** The manager as the file writes the name. */
  name: string
  key: string
  /** How many people in the file report to them. */
  people: number
}

/** The choice a people import made, kept on its import record for the files after it. */
export interface TeamChoice {
  /** The managers whose people joined. */
  managers: string[]
  /** The people left out, with their manager: owners of other teams. */
  others: { name: string; manager: string }[]
}

/** Each manager in the file with their number of people, most people first. */
export function managerGroups(people: readonly ImportedRep[]): ManagerGroup[] {
  const groups = new Map<string, ManagerGroup>()
  for (const p of people) {
    if (!p.manager) continue
    const key = ownerKey(p.manager)
    const group = groups.get(key)
    if (group) group.people += 1
    else groups.set(key, { name: p.manager.trim(), key, people: 1 })
  }
  return [...groups.values()].sort((a, b) => b.people - a.people || a.name.localeCompare(b.name))
}

/**
 * The managers ticked before the manager answers: the workspace's own manager when the file
 * names them; otherwise none, and everyone in the file joins unless the manager chooses.
 */
export function proposedManagers(groups: readonly ManagerGroup[], managerName = ''): string[] {
  const own = ownerKey(managerName)
  return own !== '' && groups.some((g) => g.key === own) ? [own] : []
}

/** Whether a person of the file joins, given the managers chosen (none chosen: everyone). */
export function joinsTeam(person: Pick<ImportedRep, 'manager'>, managers?: string[]): boolean {
  if (!managers || managers.length === 0) return true
  return person.manager !== undefined && managers.includes(ownerKey(person.manager))
}

/** What a people import chose, for later files; undefined when everyone joined. */
export function teamChoiceOf(
  people: readonly ImportedRep[],
  groups: readonly ManagerGroup[],
  managers?: string[]
): TeamChoice | undefined {
  if (!managers || managers.length === 0) return undefined
  return {
    managers: groups.filter((g) => managers.includes(g.key)).map((g) => g.name),
    others: people
      .filter((p) => !joinsTeam(p, managers))
      .map((p) => ({ name: p.name, manager: p.manager ?? '' }))
  }
}

/** Owner key → the manager whose team they are on, for owners of other teams. */
export function otherTeamsIndex(team: TeamChoice | undefined): Map<string, string> {
  return new Map((team?.others ?? []).map((o) => [ownerKey(o.name), o.manager] as const))
}
