/* Used by main (openExternal, window.open) and by the web platform: one rule for both. */

const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * Controls (C0, DEL, C1) and whitespace anywhere: browsers silently strip some of these, which
 * is how "java\tscript:" style tricks get past naive checks.
 */
function hasControlOrSpace(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/u.test(char)) return true
  }
  return false
}

/** Only plain web links may leave the app: http(s), a host, no credentials, nothing odd. */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) {
    return false
  }
  if (hasControlOrSpace(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
  if (parsed.hostname === '') return false
  // user:password@host links are a phishing trick ("https://bank.com@evil.example").
  if (parsed.username !== '' || parsed.password !== '') return false
  // The raw text must start with the scheme the parser saw (rejects "https:x.com" style input
  // that WHATWG URL repairs into a different host than the user read).
  if (!/^https?:\/\/[^/\\]/i.test(url)) return false
  return true
}
