import type { CalendarDate } from '../domain'

/**
 * Where an item's evidence lives. A route (`/observations/<id>`, `/plans/<id>`,
 * `/one-on-ones/<id>`) opens that record; `evidence:<anchor>` points at a row of the prep
 * screen's evidence sections (deals, measures, recognitions), which show the numbers.
 */
export type EvidenceRef = string

export const evidenceAnchor = (anchor: string): EvidenceRef => `evidence:${anchor}`

/** True for refs that name a row of the prep screen rather than a record's own page. */
export const isEvidenceAnchor = (ref: string): boolean => ref.startsWith('evidence:')

/** One line of a prep section: what to talk about, the numbers, and where they come from. */
export interface PrepEntry {
  key: string
  title: string
  /** The numbers and the rule behind the entry, in words. */
  detail: string
  evidenceRef: EvidenceRef
  /** How a manager would read it; shown in words, never by colour alone. */
  tone: 'good' | 'concern' | 'neutral'
}

/** The window "since the last 1:1": from the day after `since` up to and including `today`. */
export interface PrepWindow {
  /** The day of the last held 1:1, or the start of the default look-back when there is none. */
  since: CalendarDate
  today: CalendarDate
  /** True when `since` is a held 1:1, false when it is the default look-back. */
  sinceLastOneOnOne: boolean
  days: number
}
