import { create } from 'zustand'
import type { ImportRecord } from '@shared/domain'
import {
  analyseTableInSteps,
  normaliseTableInSlices,
  proposedDecisions,
  type ImportAnalysis,
  type ImportContext,
  type ImportDecisions,
  type ImportChangeSet,
  type Imported,
  type Normalised,
  type ParsedTable,
  type ReadProgress
} from '@shared/import'
import { commitImportFile, previewImportChanges, readImportContext } from '../../db/imports'
import { platform } from '../../platform'
import { storeAutomaticBackup } from '../../db/automaticBackup'
import { today } from '../../ui/today'
import { errorText } from '@shared/text/errorText'

/**
 * The import wizard's state (UI/session only; records live in Dexie). One file at a time:
 * read → analyse → the manager adjusts decisions → preview the changes → commit.
 */

export type ImportStep = 'idle' | 'reading' | 'preview' | 'committing' | 'done'

interface ImportState {
  step: ImportStep
  progress?: ReadProgress
  error?: string
  table?: ParsedTable
  context?: ImportContext
  analysis?: ImportAnalysis
  decisions?: ImportDecisions
  normalised?: Normalised<Imported>
  preview?: ImportChangeSet
  previewing: boolean
  /** True once the manager picked the day/month order of a file that does not prove it. */
  dateOrderAnswered: boolean
  result?: ImportRecord
  abort?: AbortController
  chooseFile(sheet?: string): Promise<void>
  cancelReading(): void
  changeDecisions(change: Partial<ImportDecisions>, reanalyse?: boolean): Promise<void>
  commit(): Promise<void>
  close(): void
}

const initial = {
  step: 'idle' as ImportStep,
  progress: undefined,
  error: undefined,
  table: undefined,
  context: undefined,
  analysis: undefined,
  decisions: undefined,
  normalised: undefined,
  preview: undefined,
  previewing: false,
  dateOrderAnswered: false,
  result: undefined,
  abort: undefined
}

/**
 * A workbook whose first sheet is a summary: try the other sheets and take the first that
 * holds records, saying so. A sheet the manager picked is taken as it is.
 */
async function recognisable(
  first: ParsedTable,
  context: ImportContext,
  chosenSheet: string | undefined,
  signal: AbortSignal
): Promise<{ table: ParsedTable; analysis: ImportAnalysis }> {
  const analysis = await analyseTableInSteps(first, context, pauseForPage)
  if (analysis.kind || chosenSheet !== undefined || first.sheetNames.length < 2) {
    return { table: first, analysis }
  }
  for (const sheet of first.sheetNames.filter((s) => s !== first.sheet)) {
    const read = await platform.readImportFile({ sheet, sameFile: true, signal })
    if (read.canceled) break
    const other = await analyseTableInSteps(read.table, context, pauseForPage)
    if (other.kind) {
      const note = `Sheet “${first.sheet ?? ''}” does not hold records; read sheet “${sheet}”.`
      return { table: { ...read.table, notes: [note, ...read.table.notes] }, analysis: other }
    }
  }
  return { table: first, analysis }
}

/** Lets the page paint and handle input between slices of a big file. */
const pauseForPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const message = (error: unknown): string => errorText(error)

export const useImportStore = create<ImportState>((set, get) => {
  /** Re-normalises with the current decisions and works out the changes against the stored data. */
  async function refreshPreview(): Promise<void> {
    const { table, decisions } = get()
    if (!table || !decisions) return
    set({ previewing: true })
    try {
      const normalised = await normaliseTableInSlices(table, decisions, pauseForPage)
      const preview = await previewImportChanges({ decisions, normalised })
      // A newer change may have started meanwhile; keep only the latest answer.
      if (get().decisions === decisions)
        set({ normalised, preview, previewing: false, error: undefined })
    } catch (error) {
      set({ previewing: false, error: message(error) })
    }
  }

  return {
    ...initial,

    async chooseFile(sheet) {
      const abort = new AbortController()
      const sameFile = sheet !== undefined
      set({ ...initial, step: 'reading', abort, progress: undefined })
      try {
        const read = await platform.readImportFile({
          sheet,
          sameFile,
          signal: abort.signal,
          onProgress: (progress) => set({ progress })
        })
        if (read.canceled) {
          set({ ...initial })
          return
        }
        const context = await readImportContext(today())
        const { table, analysis } = await recognisable(read.table, context, sheet, abort.signal)
        if (!analysis.kind) {
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
        set({ ...initial, error: abort.signal.aborted ? undefined : message(error) })
      }
    },

    cancelReading() {
      get().abort?.abort()
      set({ ...initial })
    },

    async changeDecisions(change, reanalyse = false) {
      const { table, context, decisions, analysis } = get()
      if (!table || !context || !decisions || !analysis) return
      let next = { ...decisions, ...change }
      let nextAnalysis = analysis
      if (reanalyse) {
        // New columns or kind: stages, owners and date order depend on them.
        nextAnalysis = await analyseTableInSteps(table, context, pauseForPage, {
          kind: next.kind,
          columns: change.kind ? undefined : next.columns
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
      const { table, analysis, decisions, normalised } = get()
      if (!table || !analysis || !decisions || !normalised) return
      set({ step: 'committing', error: undefined })
      try {
        // A copy of the workspace as it was, in the app's backups folder (Electron).
        await storeAutomaticBackup('beforeImport')
        const { record } = await commitImportFile({
          fileName: table.fileName,
          headers: table.headers,
          analysis,
          decisions,
          normalised
        })
        set({ ...initial, step: 'done', result: record })
      } catch (error) {
        set({ step: 'preview', error: `Nothing was imported: ${message(error)}` })
      }
    },

    close() {
      set({ ...initial })
    }
  }
})
