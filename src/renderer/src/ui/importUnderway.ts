import { create } from 'zustand'

/**
 * The import being saved, if any, for the sidebar: the manager can leave the Import screen while
 * a big file is written (issue 18) and still see how far it is. The import wizard sets it.
 */
export interface ImportUnderway {
  fileName: string
  written: number
  total: number
}

export const useImportUnderway = create<{ underway: ImportUnderway | null }>(() => ({
  underway: null
}))

export function setImportUnderway(underway: ImportUnderway | null): void {
  useImportUnderway.setState({ underway })
}
