import { describe, expect, it } from 'vitest'
import { indexMetricsData, withObservedStageScores } from '../../../src/shared/metrics'
import { TeamBuilder } from './builder'

const TODAY = '2026-06-15'

describe('withObservedStageScores', () => {
  it('gives each rep the observed scores of a period and leaves the CRM index as it was', () => {
    const b = new TeamBuilder().rep('a').rep('b')
    const base = b.index(TODAY)
    const scores = [
      { repId: 'a', stageKey: 'discover', average: 0.5, count: 2 },
      { repId: 'nobody', stageKey: 'discover', average: 1, count: 1 }
    ]
    const index = withObservedStageScores(base, scores)
    expect(index.byRep.get('a')?.observed).toEqual([scores[0]])
    expect(index.byRep.get('b')?.observed).toEqual([])
    expect(index.input.observedStageScores).toBe(scores)
    // The CRM part is shared, not copied; the base keeps its own (no) scores.
    expect(index.byRep.get('a')?.timelines).toBe(base.byRep.get('a')?.timelines)
    expect(base.byRep.get('a')?.observed).toEqual([])
    // The same as indexing with the scores from the start.
    const whole = indexMetricsData({ ...base.input, observedStageScores: scores })
    expect(index.byRep.get('a')?.observed).toEqual(whole.byRep.get('a')?.observed)
  })
})
