import type {
  NavigationEvent,
  PreventableEvent,
  WebContentsLike,
  WindowOpenDetails
} from '../../src/main/security'

type Listener = (event: NavigationEvent) => void

/** A webContents stand-in: records listeners and lets a test emit navigation events. */
export class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener[]>()
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'deny' }) | null = null

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void {
    this.windowOpenHandler = handler
  }

  /** Emits an event and reports whether some listener prevented it. */
  emit(event: string, url = ''): boolean {
    let prevented = false
    const payload: NavigationEvent & PreventableEvent = {
      url,
      preventDefault: () => {
        prevented = true
      }
    }
    for (const listener of this.listeners.get(event) ?? []) listener(payload)
    return prevented
  }
}
