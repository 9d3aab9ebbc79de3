/**
 * Boolean cells as CRMs and spreadsheets write them. Salesforce data exports write `1`/blank
 * or `true`/`false`; hand-kept sheets use yes/no, Y/N, x or a tick. Blank is false because
 * Salesforce leaves unchecked checkboxes empty.
 */

export type BooleanResult = { ok: true; value: boolean } | { ok: false; reason: string }

const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y', 'x', '✓', '✔', '☑'])
const FALSE_WORDS = new Set(['', '0', 'false', 'f', 'no', 'n'])

export function parseBoolean(value: string): BooleanResult {
  const key = value.trim().toLowerCase()
  if (TRUE_WORDS.has(key)) return { ok: true, value: true }
  if (FALSE_WORDS.has(key)) return { ok: true, value: false }
  return {
    ok: false,
    reason: `"${value.trim()}" is not yes/no (expected e.g. 1/0, true/false, Y/N)`
  }
}
