import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  channelFunctionName,
  channels,
  eventNames,
  type Channel,
  type EventName,
  type FieldbookApi,
  type IpcEvents
} from '@shared/ipc/contract'

/**
 * Builds `window.fieldbook` from the IPC contract: one function per channel, each bound to its
 * own channel, and `on` for the contract's events only. ipcRenderer itself never crosses the
 * bridge, nor does the IpcRendererEvent (its `sender` is ipcRenderer).
 */

type Invokers = Omit<FieldbookApi, 'on'>

function buildInvokers(): Invokers {
  const invoke = (channel: Channel) => (input?: unknown) => ipcRenderer.invoke(channel, input)
  const entries = channels.map((channel) => [channelFunctionName(channel), invoke(channel)])
  // The mapped type cannot be built key by key; the preload test checks the shape instead.
  return Object.freeze(Object.fromEntries(entries)) as Invokers
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name)
}

function on<E extends EventName>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
  if (!isEventName(event)) throw new Error(`Unknown Fieldbook event: ${String(event)}`)
  if (typeof listener !== 'function') throw new Error('Event listener must be a function')
  const forward = (_event: IpcRendererEvent, payload: IpcEvents[E]): void => listener(payload)
  ipcRenderer.on(event, forward)
  return () => {
    ipcRenderer.removeListener(event, forward)
  }
}

const api = { ...buildInvokers(), on } satisfies FieldbookApi

contextBridge.exposeInMainWorld('fieldbook', api)
