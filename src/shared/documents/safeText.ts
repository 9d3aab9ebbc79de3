/**
 * Free text on its way into a document: characters that XML (DOCX) cannot hold or that break
 * a PDF line (NUL and other control characters, lone surrogates, BOMs) are dropped, Windows
 * line ends become \n, and one-line slots (headings, labels, columns) are cut to fit.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function safeText(text: string, max = 100_000): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').replace(LONE_SURROGATE, '')
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** For headings, labels and column names: one line, at most `max` characters. */
export function safeLine(text: string, max = 300): string {
  return safeText(text.replace(/\s*\n\s*/g, ' ').trim(), max)
}
