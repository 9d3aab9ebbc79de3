import type { EventName, IpcEvents } from '@shared/ipc/contract'

/** The parts of a window's webContents that main-initiated events need. */
export interface PageLike {
  isDestroyed(): boolean
  isLoading(): boolean
  getURL(): string
  send(channel: string, payload: unknown): void
}

/**
 * Sends a contract event that main starts (not an answer to a request) to a page, only when the
 * page exists, has finished loading and is one of the app's own pages. True when it was sent.
 */
export function sendToPage<E extends EventName>(
  page: PageLike | null | undefined,
  isTrustedUrl: (url: string) => boolean,
  event: E,
  payload: IpcEvents[E]
): boolean {
  if (!page || page.isDestroyed() || page.isLoading()) return false
  if (!isTrustedUrl(page.getURL())) return false
  page.send(event, payload)
  return true
}
