import { create } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { ImportRecord } from '@shared/domain'
import {
  ImportCancelledError,
  proposedDecisions,
  type ImportAnalysis,
  type ImportContext,
  type ImportDecisions,
  type ReadProgress
} from '@shared/import'
import type { ImportPreviewSummary, TableSummary } from '@shared/import/summary'
import { startImportSession } from '../../db/imports'
import type { ImportSessionClient } from '../../db/importSession/client'
import { PreviewSupersededError } from '../../db/importSession/client'
import { platform } from '../../platform'
import { storeAutomaticBackup } from '../../db/automaticBackup'
import { today } from '../../ui/today'
import { setImportUnderway } from '../../ui/importUnderway'
import { errorText } from '@shared/text/errorText'

/**
 * The import wizard's state (UI/session only; records live in Dexie). One file at a time:
 * read → analyse → the manager adjusts decisions → preview the changes → commit. The rows stay
 * in the import worker (issue 18); this store holds what the screens show of them.
 */

export type ImportStep = 'idle' | 'reading' | 'preview' | 'committing' | 'done'

export interface CommitProgress {
  written: number
  total: number
}

export interface ImportState {
  step: ImportStep
  progress?: ReadProgress
  commitProgress?: CommitProgress
  error?: string
  /** Why the last commit did not go through (shown next to the import button). */
  commitError?: string
  table?: TableSummary
  context?: ImportContext
  analysis?: ImportAnalysis
  decisions?: ImportDecisions
  preview?: ImportPreviewSummary
  previewing: boolean
  /** True once the manager picked the day/month order of a file that does not prove it. */
  dateOrderAnswered: boolean
  result?: ImportRecord
  abort?: AbortController
  session?: ImportSessionClient
  chooseFile(sheet?: string): Promise<void>
  cancelReading(): void
  changeDecisions(change: Partial<ImportDecisions>, reanalyse?: boolean): Promise<void>
  commit(): Promise<void>
  cancelCommit(): void
  close(): void
}

const initial = {
  step: 'idle' as ImportStep,
  progress: undefined,
  commitProgress: undefined,
  error: undefined,
  commitError: undefined,
  table: undefined,
  context: undefined,
  analysis: undefined,
  decisions: undefined,
  preview: undefined,
  previewing: false,
  dateOrderAnswered: false,
  result: undefined,
  abort: undefined,
  session: undefined
}

const message = (error: unknown): string => errorText(error)

export const useImportStore = create<ImportState>((set, get) => {
  /** Ends the worker holding the last file's rows. */
  function endSession(): void {
    get().session?.close()
  }

  /** Reads the chosen file in the worker; an unrecognisable first sheet tries the others. */
  async function openFile(
    session: ImportSessionClient,
    sheet: string | undefined,
    signal: AbortSignal
  ) {
    const ask = async (sameFile: boolean, wanted: string | undefined) => {
      const chosen = await platform.chooseImportFile({
        sheet: wanted,
        sameFile,
        signal,
        onProgress: (progress) => set({ progress })
      })
      if (chosen.canceled) return undefined
      return session.ask(
        { kind: 'open', source: chosen.source, sheet: wanted, today: today() },
        {
          signal,
          onProgress: (p) => {
            if (p.phase === 'reading') set({ progress: p })
          }
        }
      )
    }
    const first = await ask(sheet !== undefined, sheet)
    if (!first || first.analysis.kind || sheet !== undefined) return first
    if (first.table.sheetNames.length < 2) return first
    for (const other of first.table.sheetNames.filter((s) => s !== first.table.sheet)) {
      const next = await ask(true, other)
      if (!next) break
      if (next.analysis.kind) {
        const note = `Sheet “${first.table.sheet ?? ''}” does not hold records; read sheet “${other}”.`
        return { ...next, table: { ...next.table, notes: [note, ...next.table.notes] } }
      }
    }
    return first
  }

  /** Works out the changes for the current decisions against the stored data, in the worker. */
  async function refreshPreview(): Promise<void> {
    const { session, decisions } = get()
    if (!session || !decisions) return
    set({ previewing: true })
    try {
      const preview = await session.ask({ kind: 'preview', decisions })
      // A newer change may have started meanwhile; keep only the latest answer.
      if (get().decisions === decisions)
        set({ preview, previewing: false, error: undefined, commitError: undefined })
    } catch (error) {
      if (error instanceof PreviewSupersededError) return
      if (get().decisions === decisions) set({ previewing: false, error: message(error) })
    }
  }

  return {
    ...initial,

    async chooseFile(sheet) {
      endSession()
      const abort = new AbortController()
      const session = startImportSession()
      set({ ...initial, step: 'reading', abort, session })
      try {
        const opened = await openFile(session, sheet, abort.signal)
        if (!opened) {
          session.close()
          set({ ...initial })
          return
        }
        const { table, context, analysis } = opened
        if (!analysis.kind) {
          session.close()
          set({
            ...initial,
            error: `Fieldbook could not recognise “${table.fileName}”: ${analysis.kindEvidence}`
          })
          return
        }
        set({
          step: 'preview',
          table,
          context,
          analysis,
          decisions: proposedDecisions(analysis, context),
          abort: undefined
        })
        await refreshPreview()
      } catch (error) {
        session.close()
        if (get().session !== session) return
        const cancelled = abort.signal.aborted || error instanceof ImportCancelledError
        set({ ...initial, error: cancelled ? undefined : message(error) })
      }
    },

    cancelReading() {
      get().abort?.abort()
      endSession()
      set({ ...initial })
    },

    async changeDecisions(change, reanalyse = false) {
      const { session, context, decisions, analysis } = get()
      if (!session || !context || !decisions || !analysis) return
      let next = { ...decisions, ...change }
      let nextAnalysis = analysis
      if (reanalyse) {
        // New columns or kind: stages, owners and date order depend on them.
        nextAnalysis = await session.ask({
          kind: 'analyse',
          options: { kind: next.kind, columns: change.kind ? undefined : next.columns }
        })
        const proposed = proposedDecisions(nextAnalysis, context)
        // What the manager already answered (whose team, start dates) survives a new mapping.
        next = {
          ...proposed,
          asOf: next.asOf,
          kind: next.kind,
          columns: nextAnalysis.columns,
          managers: change.kind ? proposed.managers : next.managers,
          starts: next.starts
        }
      }
      set({
        decisions: next,
        analysis: nextAnalysis,
        dateOrderAnswered: get().dateOrderAnswered || change.dateOrder !== undefined
      })
      await refreshPreview()
    },

    async commit() {
      const { session, table, preview } = get()
      if (!session || !table || !preview) return
      const abort = new AbortController()
      set({
        step: 'committing',
        error: undefined,
        commitError: undefined,
        abort,
        commitProgress: undefined
      })
      setImportUnderway({ fileName: table.fileName, written: 0, total: 0 })
      try {
        // A copy of the workspace as it was, in the app's backups folder (Electron).
        await storeAutomaticBackup('beforeImport')
        if (abort.signal.aborted) throw new ImportCancelledError()
        const record = await session.ask(
          { kind: 'commit' },
          {
            signal: abort.signal,
            onProgress: (p) => {
              if (p.phase !== 'writing') return
              const progress = { written: p.written, total: p.total }
              set({ commitProgress: progress })
              setImportUnderway({ fileName: table.fileName, ...progress })
            }
          }
        )
        session.close()
        set({ ...initial, step: 'done', result: record })
      } catch (error) {
        const cancelled = error instanceof ImportCancelledError
        set({
          step: 'preview',
          abort: undefined,
          commitProgress: undefined,
          commitError: cancelled
            ? 'Import cancelled: nothing was imported.'
            : `Nothing was imported: ${message(error)}`
        })
      } finally {
        setImportUnderway(null)
      }
    },

    cancelCommit() {
      get().abort?.abort()
    },

    close() {
      endSession()
      set({ ...initial })
    }
  }
})

/**
 * The fields of the store a part of the Import screen reads, and only those: the part renders
 * again when one of them changes. A commit's progress changes the store several times a
 * second, and a review that read the whole store rendered its 50 reps' owners, starts and
 * stages again each time (issue 18: 45–50 ms tasks on the page during a commit).
 */
export function useImportState<K extends keyof ImportState>(...keys: K[]): Pick<ImportState, K> {
  return useImportStore(
    useShallow((s) => {
      const picked = {} as Pick<ImportState, K>
      for (const key of keys) picked[key] = s[key]
      return picked
    })
  )
}
