/**
 * CRM id helpers. Re-imports match records by CRM id, so ids must be comparable across
 * exports: Salesforce reports write 15-char case-sensitive ids, data exports 18-char ones.
 */

// Values CRMs and spreadsheets write where a lookup is empty. Compared lower-cased.
const PLACEHOLDER_WORDS = new Set([
  '-',
  '--',
  'n/a',
  'na',
  '#n/a',
  'null',
  'none',
  'nil',
  '(blank)'
])

/**
 * True when the cell means "no linked record": blank, all zeros (`0`, `000000000000000`),
 * the Salesforce empty-key `000000000000000AAA`, or a placeholder word (`N/A`, `null`, `-`).
 */
export function isPlaceholderId(value: string): boolean {
  const v = value.trim()
  if (v === '') return true
  if (/^0+$/.test(v) || /^0{15}AAA$/i.test(v)) return true
  return PLACEHOLDER_WORDS.has(v.toLowerCase())
}

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'

/** Salesforce's case-safe suffix: one character per 5-char chunk encoding which are A-Z. */
function checksum(id15: string): string {
  let suffix = ''
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i)
      if (c >= 'A' && c <= 'Z') bits |= 1 << i
    }
    suffix += SUFFIX_ALPHABET.charAt(bits)
  }
  return suffix
}

export type SalesforceIdResult = { ok: true; value: string } | { ok: false; reason: string }

/**
 * 15-char id → 18-char id; an 18-char id is checked against its suffix and returned with the
 * suffix upper-cased. A wrong suffix means the id was mangled (e.g. case changed by Excel).
 */
export function normalizeSalesforceId(id: string): SalesforceIdResult {
  const v = id.trim()
  if (!/^[a-zA-Z0-9]+$/.test(v) || (v.length !== 15 && v.length !== 18)) {
    return { ok: false, reason: `"${v}" is not a 15- or 18-character Salesforce id` }
  }
  const base = v.slice(0, 15)
  const expected = checksum(base)
  if (v.length === 18 && v.slice(15).toUpperCase() !== expected) {
    return { ok: false, reason: `"${v}" has a wrong checksum (expected …${expected})` }
  }
  return { ok: true, value: base + expected }
}
