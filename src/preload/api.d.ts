import type { FieldbookApi } from '@shared/ipc/contract'

declare global {
  /** Present in Electron (exposed by the preload); absent in the browser build. */
  interface Window {
    fieldbook?: FieldbookApi
  }
}

export {}
