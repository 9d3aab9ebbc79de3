import type { DealStatus, SalesProcess } from '../domain'
import { normaliseHeader } from './values/headers'

/** CRM stage names → the sales process's stages and open/won/lost. */

export interface StageChoice {
  /** The sales-process stage; absent for lost deals (the export does not say where they died). */
  stageKey?: string
  status: DealStatus
}

export type StageMap = Record<string, StageChoice>

export interface StageSuggestion {
  crmStage: string
  rows: number
  choice?: StageChoice
  /**
   * saved: the manager chose it for this CRM before; process: named in the sales process;
   * guess: from words in the name (shown for checking); none: the manager must choose.
   */
  basis: 'saved' | 'process' | 'guess' | 'none'
}

const key = (s: string): string => normaliseHeader(s)

// Words that usually mean a stage, for CRMs whose default stages the process does not name.
const GUESSES: { pattern: RegExp; stageKey?: string; status: DealStatus }[] = [
  { pattern: /won|signed|booked|gewonnen|gagne|ganado/, stageKey: 'close', status: 'won' },
  { pattern: /lost|dead|disqualified|declined|verloren|perdu|perdido/, status: 'lost' },
  { pattern: /lead|prospect|contactmade|^new/, stageKey: 'prospect', status: 'open' },
  { pattern: /discover|demo|engag|needs|meeting/, stageKey: 'discover', status: 'open' },
  { pattern: /qualif/, stageKey: 'qualify', status: 'open' },
  { pattern: /propos|quote|presentation/, stageKey: 'propose', status: 'open' },
  { pattern: /negotiat|review|contract/, stageKey: 'negotiate', status: 'open' },
  { pattern: /commit|closing/, stageKey: 'close', status: 'open' }
]

/** The choice the sales process itself makes for a CRM stage name, if it names it. */
export function stageFromProcess(process: SalesProcess, crmStage: string): StageChoice | undefined {
  const k = key(crmStage)
  if (k === '') return undefined
  if (process.wonStageNames.some((n) => key(n) === k)) {
    const last = [...process.stages].sort((a, b) => b.order - a.order)[0]
    return { stageKey: last?.key, status: 'won' }
  }
  if (process.lostStageNames.some((n) => key(n) === k)) return { status: 'lost' }
  const stage = process.stages.find(
    (s) => key(s.key) === k || key(s.name) === k || s.crmStageNames.some((n) => key(n) === k)
  )
  return stage ? { stageKey: stage.key, status: 'open' } : undefined
}

function guess(process: SalesProcess, crmStage: string): StageChoice | undefined {
  const k = key(crmStage)
  const found = GUESSES.find((g) => g.pattern.test(k))
  if (!found) return undefined
  if (found.stageKey && !process.stages.some((s) => s.key === found.stageKey)) return undefined
  return { stageKey: found.stageKey, status: found.status }
}

/** One suggestion per distinct stage value, most frequent first. */
export function suggestStages(
  stageCounts: Map<string, number>,
  process: SalesProcess,
  saved: StageMap
): StageSuggestion[] {
  const savedByKey = new Map(Object.entries(saved).map(([name, choice]) => [key(name), choice]))
  return [...stageCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([crmStage, rows]) => {
      const fromSaved = savedByKey.get(key(crmStage))
      if (fromSaved) return { crmStage, rows, choice: fromSaved, basis: 'saved' as const }
      const fromProcess = stageFromProcess(process, crmStage)
      if (fromProcess) return { crmStage, rows, choice: fromProcess, basis: 'process' as const }
      const guessed = guess(process, crmStage)
      if (guessed) return { crmStage, rows, choice: guessed, basis: 'guess' as const }
      return { crmStage, rows, basis: 'none' as const }
    })
}

/** The stage map to normalise with: every suggestion that has a choice. */
export function stageMapFrom(suggestions: StageSuggestion[]): StageMap {
  const map: StageMap = {}
  for (const s of suggestions) if (s.choice) map[s.crmStage] = s.choice
  return map
}
