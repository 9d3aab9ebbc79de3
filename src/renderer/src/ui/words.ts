import type { NextOneOnOne } from '@shared/oneOnOnes'
import { countOf, formatDay, WORDS, type WordForms } from '@shared/words'

/**
 * The renderer's side of the words helpers: the workspace locale (settings.locale, default
 * en-US) set once by the app shell, so every screen writes days and counts the same way.
 */
let locale = 'en-US'

/** Called by the shell whenever the workspace settings load or change. */
export function setWorkspaceLocale(next: string | undefined): void {
  locale = next || 'en-US'
}

export const currentLocale = (): string => locale

/** A calendar day (or a timestamp's day) in the workspace's one written form. */
export const showDay = (day: string | undefined): string => formatDay(day, locale)

/** "1 finding", "3 findings" in the workspace locale. */
export const count = (n: number, forms: WordForms): string => countOf(n, forms, locale)

/** When the next 1:1 is due, in words: "due today", "overdue by 2 days", "in 5 days". */
export function dueWords(n: NextOneOnOne): string {
  if (n.state === 'today') return 'due today'
  if (n.state === 'overdue') return `overdue by ${count(-n.daysUntil, WORDS.day)}`
  return `in ${count(n.daysUntil, WORDS.day)}`
}
