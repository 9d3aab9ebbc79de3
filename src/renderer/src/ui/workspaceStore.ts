import { create } from 'zustand'
import { workspace } from '../db/workspaceActions'
import { today } from './today'
import { errorText } from '@shared/text/errorText'

type Busy = 'demo' | 'own' | 'reset' | null

interface WorkspaceState {
  busy: Busy
  error: string | null
  loadDemo(): Promise<void>
  startOwn(): Promise<void>
  reset(): Promise<void>
}

/** UI state of workspace-wide actions (busy, last error); the data itself lives in Dexie. */
export const useWorkspaceStore = create<WorkspaceState>((set) => {
  const run = async (busy: Busy, action: () => Promise<void>) => {
    set({ busy, error: null })
    try {
      await action()
      set({ busy: null })
    } catch (e) {
      set({ busy: null, error: errorText(e) })
    }
  }
  return {
    busy: null,
    error: null,
    loadDemo: () => run('demo', () => workspace.loadDemo(today())),
    startOwn: () => run('own', () => workspace.startOwn()),
    // After a reset the next workspace opens on its start page, not on the Settings route.
    reset: () =>
      run('reset', async () => {
        await workspace.reset()
        window.location.hash = ''
      })
  }
})
