import { describe, expect, it } from 'vitest'
import { CallTranscript, Observation } from '../../../src/shared/domain'
import {
  addLineNote,
  asTranscript,
  attachEvidence,
  callMetricTrend,
  cueClock,
  detachEvidence,
  earlierMetricValues,
  evidenceFor,
  latestCallReview,
  removeLineNote,
  transcriptForReview
} from '../../../src/shared/observations'
import type { ConversationMetrics, Transcript } from '../../../src/shared/transcripts/types'
import { crit, observation, template } from './support'

const CALL: Transcript = {
  title: 'Acme discovery.vtt',
  format: 'vtt',
  timed: true,
  speakers: ['Dana Rep', 'Mr. Alan Smith'],
  durationSeconds: 120,
  cues: [
    { index: 0, startSeconds: 0, endSeconds: 30, speaker: 'Dana Rep', text: 'What matters most?' },
    { index: 1, startSeconds: 30, endSeconds: 90, speaker: 'Mr. Alan Smith', text: 'Uptime.' },
    { index: 2, startSeconds: 95, endSeconds: 120, speaker: 'Dana Rep', text: ' Demo Tuesday? ' }
  ]
}
const METRICS: ConversationMetrics = {
  basis: 'time',
  metrics: [
    {
      key: 'talkRatio',
      label: 'Talk ratio (rep)',
      value: 0.25,
      display: '25 % of talk time',
      explanation: 'By time: the rep spoke 30 s of 120 s.'
    },
    {
      key: 'nextStep',
      label: 'Next step',
      value: null,
      display: 'None proposed',
      explanation: 'No line proposed a dated next step.'
    }
  ]
}

const stored = () => transcriptForReview(CALL, 'acme.vtt', ['Dana Rep'], METRICS)

describe('a transcript kept in a call review', () => {
  it('keeps the cues, the rep speakers and one value per metric, and passes the schema', () => {
    const t = stored()
    expect(t).toMatchObject({
      fileName: 'acme.vtt',
      title: 'Acme discovery.vtt',
      repSpeakers: ['Dana Rep'],
      metricBasis: 'time',
      metrics: { talkRatio: 0.25, nextStep: null },
      durationSeconds: 120,
      evidence: [],
      lineNotes: []
    })
    expect(t.cues).toHaveLength(3)
    expect(CallTranscript.parse(t)).toEqual(t)
    expect(asTranscript(t)).toEqual(CALL)
  })

  it('attaches a line once as evidence, with its quote, speaker and time, in call order', () => {
    let t = attachEvidence(stored(), 'close', 2)
    t = attachEvidence(t, 'close', 0)
    t = attachEvidence(t, 'close', 2)
    t = attachEvidence(t, 'discover', 1)
    expect(evidenceFor(t, 'close')).toEqual([
      {
        criterionKey: 'close',
        cueIndex: 0,
        speaker: 'Dana Rep',
        quote: 'What matters most?',
        atSeconds: 0
      },
      {
        criterionKey: 'close',
        cueIndex: 2,
        speaker: 'Dana Rep',
        quote: 'Demo Tuesday?',
        atSeconds: 95
      }
    ])
    expect(evidenceFor(t, 'discover').map((e) => e.quote)).toEqual(['Uptime.'])
    t = detachEvidence(t, 'close', 0)
    expect(evidenceFor(t, 'close').map((e) => e.cueIndex)).toEqual([2])
    expect(attachEvidence(t, 'close', 9)).toBe(t)
  })

  it('keeps notes at lines in call order and drops empty ones', () => {
    let t = addLineNote(stored(), 2, '  Good close ')
    t = addLineNote(t, 0, 'Open question')
    t = addLineNote(t, 1, '   ')
    t = addLineNote(t, 7, 'no such line')
    expect(t.lineNotes).toEqual([
      { cueIndex: 0, text: 'Open question' },
      { cueIndex: 2, text: 'Good close' }
    ])
    expect(removeLineNote(t, 0).lineNotes).toEqual([{ cueIndex: 2, text: 'Good close' }])
  })

  it('writes times on the call as mm:ss or h:mm:ss', () => {
    expect(cueClock(undefined)).toBe('')
    expect(cueClock(95.4)).toBe('1:35')
    expect(cueClock(3723)).toBe('1:02:03')
  })
})

function review(
  id: string,
  repId: string,
  date: string,
  talkRatio: number | null,
  scores: Record<string, string> = {},
  extra: Partial<Observation> = {}
): Observation {
  const t = stored()
  return observation(scores, {
    id,
    repId,
    date,
    kind: 'callReview',
    status: 'final',
    templateId: 'cr',
    transcript: { ...t, metrics: { ...t.metrics, talkRatio } },
    ...extra
  })
}

describe('call metrics over time', () => {
  const all = [
    review('a', 'rep-1', '2026-11-10', 0.4),
    review('b', 'rep-2', '2026-11-05', 0.6),
    review('c', 'rep-1', '2026-11-01', null),
    review('d', 'rep-1', '2026-11-20', 0.3, {}, { status: 'draft' }),
    observation({}, { repId: 'rep-1', kind: 'callReview', status: 'final' })
  ]

  it('takes the typical range from the team’s other saved reviews with a number', () => {
    expect(earlierMetricValues(all, 'talkRatio').sort()).toEqual([0.4, 0.6])
    expect(earlierMetricValues(all, 'talkRatio', 'a')).toEqual([0.6])
  })

  it('lists one rep’s reviewed calls oldest first with their metrics', () => {
    const trend = callMetricTrend(all, 'rep-1')
    expect(trend.map((p) => [p.observationId, p.metrics.talkRatio])).toEqual([
      ['c', null],
      ['a', 0.4]
    ])
  })
})

describe('the latest call review for 1:1 prep', () => {
  const checklist = template('cr', [
    crit('open', 'scale4', 1),
    crit('ask', 'scale4', 2),
    crit('close', 'yesNo', 1),
    crit('skip', 'scale4', 0),
    crit('say', 'text', 1)
  ])

  it('names the strongest and the weakest scored criterion of the newest saved one', () => {
    const older = review('old', 'rep-1', '2026-11-01', 0.3, { open: '4', ask: '1' })
    const newer = review('new', 'rep-1', '2026-11-09', 0.3, {
      open: '3',
      ask: '3',
      close: 'no',
      skip: '4',
      say: 'fine'
    })
    const result = latestCallReview([older, newer], [checklist], 'rep-1')
    expect(result?.observation.id).toBe('new')
    // open and ask tie at 3: the heavier one (ask) is named; skip (weight 0) never counts.
    expect(result?.strongest).toMatchObject({ key: 'ask', answer: '3' })
    expect(result?.weakest).toMatchObject({ key: 'close', answer: 'no', value: 0 })
  })

  it('has no weakest when everything scored the same, and nothing for a rep without one', () => {
    const even = review('e', 'rep-1', '2026-11-09', 0.3, { open: '4', close: 'yes' })
    const result = latestCallReview([even], [checklist], 'rep-1')
    expect(result?.strongest?.key).toBe('open')
    expect(result?.weakest).toBeUndefined()
    expect(latestCallReview([even], [checklist], 'rep-2')).toBeUndefined()
  })
})
