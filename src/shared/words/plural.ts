import { numberFormat } from '../numberFormat'

/**
 * Counted words through Intl.PluralRules, so no screen or document says "1 findings".
 * Pure: the locale is passed in (default en-US).
 */
export interface WordForms {
  one: string
  other: string
  /** Other plural categories for locales that have them (few, many, two, zero). */
  few?: string
  many?: string
  two?: string
  zero?: string
}

const DEFAULT_LOCALE = 'en-US'
const pluralRules = new Map<string, Intl.PluralRules>()

/** The form of `forms` that goes with `count` in `locale` ("finding" for 1, "findings" else). */
export function pluralWord(count: number, forms: WordForms, locale = DEFAULT_LOCALE): string {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  const category = rules.select(count)
  return forms[category] ?? forms.other
}

/** The count and its word: "1 finding", "3 findings", "1,204 deals". */
export function countOf(count: number, forms: WordForms, locale = DEFAULT_LOCALE): string {
  return `${numberFormat(locale).format(count)} ${pluralWord(count, forms, locale)}`
}

/** English forms from a regular noun: `regular('deal')` → { one: 'deal', other: 'deals' }. */
export const regular = (one: string): WordForms => ({ one, other: `${one}s` })

/** Nouns the app counts, in one place so every screen uses the same words. */
export const WORDS = {
  deal: regular('deal'),
  finding: regular('finding'),
  plan: regular('plan'),
  rep: regular('rep'),
  day: regular('day'),
  item: regular('item'),
  meeting: regular('meeting'),
  observation: regular('observation'),
  entry: { one: 'entry', other: 'entries' },
  opportunity: { one: 'opportunity', other: 'opportunities' },
  focusArea: regular('focus area'),
  commitment: regular('commitment'),
  activity: { one: 'activity', other: 'activities' }
} as const satisfies Record<string, WordForms>
