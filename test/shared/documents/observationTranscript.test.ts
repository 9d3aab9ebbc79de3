import { describe, expect, it } from 'vitest'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import { observationDocument } from '../../../src/shared/documents/observation'
import {
  addLineNote,
  attachEvidence,
  callMetricText,
  transcriptForReview,
  typicalRangeText
} from '../../../src/shared/observations'
import { crit, observation, template } from '../observations/support'

const checklist = template('t1', [crit('ask', 'scale4', 2), crit('close', 'yesNo', 1)], {
  kind: 'callReview'
})

function callReview() {
  let t = transcriptForReview(
    {
      title: 'Acme discovery',
      format: 'vtt',
      timed: true,
      speakers: ['Dana Rep', 'Alan'],
      durationSeconds: 120,
      cues: [
        {
          index: 0,
          startSeconds: 5,
          endSeconds: 30,
          speaker: 'Dana Rep',
          text: 'What breaks first?'
        },
        { index: 1, startSeconds: 30, endSeconds: 95, speaker: 'Alan', text: 'The night shift.' },
        {
          index: 2,
          startSeconds: 95,
          endSeconds: 120,
          speaker: 'Dana Rep',
          text: 'Demo on Tuesday?'
        }
      ]
    },
    'acme.vtt',
    ['Dana Rep'],
    {
      basis: 'time',
      metrics: [
        { key: 'talkRatio', label: 'x', value: 0.25, display: '', explanation: '' },
        { key: 'longestMonologue', label: 'x', value: 65, display: '', explanation: '' },
        { key: 'nextStep', label: 'x', value: 1, display: '', explanation: '' }
      ]
    }
  )
  t = attachEvidence(t, 'close', 2)
  t = attachEvidence(t, 'ask', 0)
  t = addLineNote(t, 1, 'Let him finish')
  return observation({ ask: '3', close: 'yes' }, { kind: 'callReview', transcript: t })
}

describe('the observation document of a call reviewed on its transcript', () => {
  it('quotes each evidence line under its criterion with its time, and gives the metrics', () => {
    const doc = observationDocument({
      observation: callReview(),
      template: checklist,
      repName: 'Dana Rep',
      createdOn: '2026-12-06'
    })
    expect(DocumentModel.safeParse(doc).success).toBe(true)
    const text = documentToText(doc)
    expect(text).toContain('Evidence from the call')
    const ask = text.indexOf('Criterion ask')
    const close = text.lastIndexOf('Criterion close')
    const askQuote = text.indexOf('0:05 Dana Rep: “What breaks first?”')
    const closeQuote = text.indexOf('1:35 Dana Rep: “Demo on Tuesday?”')
    expect(askQuote).toBeGreaterThan(ask)
    expect(close).toBeGreaterThan(askQuote)
    expect(closeQuote).toBeGreaterThan(close)
    expect(text).toContain('Let him finish')
    expect(text).toContain('The call in numbers (by time)')
    expect(text).toMatch(/Talk ratio \(rep\)\s*\|?\s*25 %/)
    expect(text).toMatch(/Longest monologue\s*\|?\s*1:05/)
    expect(text).toMatch(/Next step with a date\s*\|?\s*Yes/)
  })

  it('adds nothing for a call review without a transcript', () => {
    const plain = observation({ ask: '3' }, { kind: 'callReview' })
    const text = documentToText(
      observationDocument({
        observation: plain,
        template: checklist,
        repName: 'D',
        createdOn: '2026-12-06'
      })
    )
    expect(text).not.toContain('Evidence from the call')
    expect(text).not.toContain('The call in numbers')
  })
})

describe('metric words', () => {
  it('writes each metric in its unit', () => {
    expect(callMetricText('talkRatio', 0.254, 'time')).toBe('25 %')
    expect(callMetricText('longestMonologue', 95, 'time')).toBe('1:35')
    expect(callMetricText('longestMonologue', 140, 'words')).toBe('140 words')
    expect(callMetricText('switchesPerMinute', 2.25, 'time')).toBe('2.3 a minute')
    expect(callMetricText('fillerWords', 1.04, 'words')).toBe('1 per 100 words')
    expect(callMetricText('nextStep', 0, 'time')).toBe('No')
    expect(callMetricText('repQuestions', null, 'time')).toBe('—')
  })

  it('gives the middle half of earlier calls, or says how many more are needed', () => {
    expect(typicalRangeText('talkRatio', [], 'time')).toBe('No earlier reviewed calls yet')
    expect(typicalRangeText('talkRatio', [0.3, 0.5], 'time')).toBe(
      'Needs 3 earlier reviewed calls (2 so far)'
    )
    // 25th–75th percentile of 0.2, 0.3, 0.4, 0.5, 0.6 is 0.3–0.5.
    expect(typicalRangeText('talkRatio', [0.6, 0.2, 0.4, 0.5, 0.3], 'time')).toBe(
      '30 % to 50 % (middle half of 5 earlier calls)'
    )
    expect(typicalRangeText('nextStep', [1, 0, 1], 'time')).toBe('Proposed in 2 of 3 earlier calls')
  })
})
