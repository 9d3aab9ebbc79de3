/**
 * The renderer's Content Security Policy: only the app's own code, no remote content, no
 * eval, no inline scripts. `blob:` is allowed for workers (import parsing) and downloads,
 * and for media: a call recording the manager picks plays from a local blob: URL (issue 19).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'"
].join('; ')
