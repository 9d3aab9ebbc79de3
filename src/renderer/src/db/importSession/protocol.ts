import type { ImportRecord } from '@shared/domain'
import type {
  AnalyseOptions,
  ImportAnalysis,
  ImportContext,
  ImportDecisions,
  ImportSource,
  ReadProgress
} from '@shared/import'
import type { ImportPreviewSummary, TableSummary } from '@shared/import/summary'

/**
 * The messages between the page and the import worker (issue 18). The worker holds the file's
 * rows, reads, analyses, normalises, plans and writes; the page sends the manager's decisions and
 * receives summaries and progress. Types only, so the page's bundle does not pull the worker in.
 */

export type ImportQuestion =
  /** Read the file (or take main's table) and analyse it against the stored data. */
  | { kind: 'open'; source: ImportSource; sheet?: string; today: string }
  /** Analyse the open file again with another kind or columns. */
  | { kind: 'analyse'; options: AnalyseOptions }
  /** Normalise with these decisions and work out the changes (a newer preview supersedes it). */
  | { kind: 'preview'; decisions: ImportDecisions }
  /** Commit the latest preview's decisions; can be cancelled until the last write. */
  | { kind: 'commit' }

export interface OpenAnswer {
  table: TableSummary
  context: ImportContext
  analysis: ImportAnalysis
}

export interface ImportAnswers {
  open: OpenAnswer
  analyse: ImportAnalysis
  preview: ImportPreviewSummary
  commit: ImportRecord
}

export type WorkProgress =
  ({ phase: 'reading' } & ReadProgress) | { phase: 'writing'; written: number; total: number }

export type SessionFailure =
  | { kind: 'file'; message: string; fileName: string; row?: number }
  | { kind: 'cancelled' }
  /** A newer preview started before this one finished. */
  | { kind: 'superseded' }
  | { kind: 'message'; message: string }

export type SessionRequest =
  | { type: 'ask'; id: number; question: ImportQuestion }
  /** Cancels the question with this id (a commit or a read). */
  | { type: 'cancel'; id: number }

export type SessionMessage =
  | { type: 'progress'; id: number; progress: WorkProgress }
  | { type: 'answer'; id: number; answer: ImportAnswers[keyof ImportAnswers] }
  | { type: 'failed'; id: number; failure: SessionFailure }
