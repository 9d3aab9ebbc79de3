/** Octets of one code point in UTF-8. */
const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4

function foldLine(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  // The first line holds 75 octets; each continuation starts with a space and holds 74 more.
  let room = 75
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0)
    if (octets + n > room) {
      parts.push(part)
      part = ''
      octets = 0
      room = 74
    }
    part += ch
    octets += n
  }
  parts.push(part)
  return parts.join('\r\n ')
}

/**
 * Folds an iCalendar file's content lines at 75 octets (RFC 5545 3.1), never inside a UTF-8
 * sequence. The `ics` package folds at 75 characters, so a line with "é" or "Ø" in it can be
 * longer than the limit; this unfolds every line and folds it again by octets.
 */
export function foldIcsLines(text: string): string {
  const logical: string[] = []
  for (const line of text.split('\r\n')) {
    if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  return logical.map((l) => (l === '' ? l : foldLine(l))).join('\r\n')
}
