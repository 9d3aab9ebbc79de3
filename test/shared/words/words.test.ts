import { describe, expect, it } from 'vitest'
import { countOf, dealLabel, formatDay, formatDayRange, pluralWord, WORDS } from '@shared/words'

describe('countOf: counted words through Intl.PluralRules', () => {
  it('says "1 finding" and "2 findings", never "1 findings"', () => {
    expect(countOf(1, WORDS.finding)).toBe('1 finding')
    expect(countOf(2, WORDS.finding)).toBe('2 findings')
    expect(countOf(0, WORDS.plan)).toBe('0 plans')
    expect(countOf(1, WORDS.plan)).toBe('1 plan')
    expect(countOf(1, WORDS.deal)).toBe('1 deal')
  })

  it('uses irregular forms and groups large numbers', () => {
    expect(countOf(1, WORDS.opportunity)).toBe('1 opportunity')
    expect(countOf(1204, WORDS.entry)).toBe('1,204 entries')
  })

  it('follows the locale: fr-FR puts 0 and 1 in "one", de-DE groups with a dot', () => {
    const forms = { one: 'affaire', other: 'affaires' }
    expect(countOf(0, forms, 'fr-FR')).toBe('0 affaire')
    expect(countOf(1, forms, 'fr-FR')).toBe('1 affaire')
    expect(countOf(2, forms, 'fr-FR')).toBe('2 affaires')
    expect(countOf(1204, WORDS.deal, 'de-DE')).toBe('1.204 deals')
  })

  it('uses the extra categories a locale has, falling back to "other"', () => {
    const polish = { one: 'umowa', few: 'umowy', many: 'umów', other: 'umowy' }
    expect(pluralWord(1, polish, 'pl-PL')).toBe('umowa')
    expect(pluralWord(3, polish, 'pl-PL')).toBe('umowy')
    expect(pluralWord(5, polish, 'pl-PL')).toBe('umów')
    expect(pluralWord(5, { one: 'x', other: 'xs' }, 'pl-PL')).toBe('xs')
  })
})

describe('formatDay: one written form per locale', () => {
  it('writes en-US days as "Dec 5, 2026"', () => {
    expect(formatDay('2026-12-05')).toBe('Dec 5, 2026')
    expect(formatDay('2026-01-31')).toBe('Jan 31, 2026')
  })

  it('takes the day of a timestamp and never shifts it', () => {
    expect(formatDay('2026-12-05T23:30:00.000Z')).toBe('Dec 5, 2026')
    expect(formatDay('2026-12-05T00:10:00.000Z')).toBe('Dec 5, 2026')
  })

  it('follows the locale', () => {
    expect(formatDay('2026-12-05', 'en-GB')).toBe('5 Dec 2026')
    expect(formatDay('2026-12-05', 'de-DE')).toBe('5. Dez. 2026')
  })

  it('shows a dash for no day and leaves text that is not a day alone', () => {
    expect(formatDay(undefined)).toBe('—')
    expect(formatDay('')).toBe('—')
    expect(formatDay('next week')).toBe('next week')
  })

  it('writes ranges the same way', () => {
    expect(formatDayRange('2026-10-01', '2026-12-31')).toBe('Oct 1, 2026 to Dec 31, 2026')
  })
})

describe('a deal told from the rep’s other deals', () => {
  it('adds the account and the close date to a product-named deal', () => {
    expect(dealLabel({ name: 'GTX Basic', account: 'Acme Corp', closeDate: '2017-03-04' })).toBe(
      'GTX Basic · Acme Corp · closes Mar 4, 2017'
    )
  })

  it('leaves out an account the name already says, and a missing close date', () => {
    expect(dealLabel({ name: 'Acme Corp - Renewal', account: 'acme corp' })).toBe(
      'Acme Corp - Renewal'
    )
    expect(dealLabel({ name: 'GTX Basic', account: ' ' })).toBe('GTX Basic')
  })
})
