import type { z } from 'zod'
import {
  channels,
  ipcContract,
  type Channel,
  type ChannelParsedInput,
  type ChannelResult,
  type EventName,
  type IpcEvents,
  type IpcResponse
} from '@shared/ipc/contract'
import { UserFacingError } from './errors'

/** The webContents that sent a request; Electron's WebContents satisfies it. */
export interface EventSenderLike {
  send(channel: string, payload: unknown): void
  isDestroyed(): boolean
}

/** What an invoke event carries that the helper uses: the frame that sent it, and its page. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null
  readonly sender?: EventSenderLike
}

/** What a handler gets besides its input: a way to send contract events back to the caller. */
export interface HandlerContext {
  /** Sends an event to the page that made the request; does nothing once that page is gone. */
  emit<E extends EventName>(event: E, payload: IpcEvents[E]): void
}

/** The part of ipcMain the helper needs; ipcMain itself satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void
}

/** One handler per channel: a channel missing from this map is a type error. */
export type IpcHandlers = {
  [C in Channel]: (
    input: ChannelParsedInput<C>,
    context: HandlerContext
  ) => Promise<ChannelResult<C>>
}

export interface RegisterOptions {
  /** Gets the sender frame's URL; true only for the app's own pages. */
  isTrustedSender: (frameUrl: string) => boolean
  log?: (message: string, error?: unknown) => void
}

const MAX_ISSUES_IN_MESSAGE = 3

/** "suggestedName: a file name, not a path" — the field, then what is wrong with it. */
export function formatValidationError(channel: Channel, error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => {
    const field = issue.path.map(String).join('.')
    return field ? `${field}: ${issue.message}` : issue.message
  })
  const more = error.issues.length > MAX_ISSUES_IN_MESSAGE ? ' (and more)' : ''
  return `Invalid request to ${channel}: ${parts.join('; ')}${more}.`
}

function contextFor(event: InvokeEventLike): HandlerContext {
  const sender = event.sender
  return {
    emit: (name, payload) => {
      if (!sender || sender.isDestroyed()) return
      sender.send(name, payload)
    }
  }
}

function senderUrl(event: InvokeEventLike): string | null {
  try {
    // senderFrame is null (or throws on old versions) once the frame navigated or was destroyed.
    return event.senderFrame?.url ?? null
  } catch {
    return null
  }
}

/**
 * Registers every channel of the contract on ipcMain. Each call: sender check → zod validation
 * → handler → `{ ok, data | error }`. Nothing throws across IPC.
 */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  options: RegisterOptions
): void {
  const log = options.log ?? ((message, error) => console.error(message, error))
  for (const channel of channels) {
    ipcMain.handle(channel, (event, raw) =>
      dispatch(channel, event, raw, handlers, options.isTrustedSender, log)
    )
  }
}

async function dispatch<C extends Channel>(
  channel: C,
  event: InvokeEventLike,
  raw: unknown,
  handlers: IpcHandlers,
  isTrustedSender: (frameUrl: string) => boolean,
  log: (message: string, error?: unknown) => void
): Promise<IpcResponse<ChannelResult<C>>> {
  const url = senderUrl(event)
  if (url === null || !isTrustedSender(url)) {
    log(`Refused ${channel} from untrusted sender ${String(url).slice(0, 200)}`)
    return { ok: false, error: 'This request did not come from Fieldbook and was refused.' }
  }
  const parsed = ipcContract[channel].input.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, error: formatValidationError(channel, parsed.error) }
  }
  // TypeScript cannot correlate the indexed schema with C; the data came from C's own schema.
  const input = parsed.data as ChannelParsedInput<C>
  try {
    const handler: (
      input: ChannelParsedInput<C>,
      context: HandlerContext
    ) => Promise<ChannelResult<C>> = handlers[channel]
    return { ok: true, data: await handler(input, contextFor(event)) }
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message }
    log(`Unexpected error in ${channel}`, error)
    return {
      ok: false,
      error: `Something went wrong (${channel}). Please try again; details were written to the log.`
    }
  }
}
