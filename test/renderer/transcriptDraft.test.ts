import { describe, expect, it } from 'vitest'
import type { Transcript } from '../../src/shared/transcripts'
import { attachEvidence } from '../../src/shared/observations'
import { newDraft } from '../../src/renderer/src/features/observations/draftState'
import {
  withConversation,
  withRepSpeakers
} from '../../src/renderer/src/features/observations/transcriptDraft'

const CALL: Transcript = {
  title: 'Row 2 — Globex renewal',
  format: 'table',
  timed: true,
  speakers: ['Alan Smith', 'Ken Ito'],
  durationSeconds: 119.6,
  cues: [
    { index: 0, startSeconds: 0, endSeconds: 30, speaker: 'Alan Smith', text: 'Shall we sign?' },
    { index: 1, startSeconds: 30, endSeconds: 120, speaker: 'Ken Ito', text: 'Tuesday is good.' }
  ]
}

const draft = () =>
  newDraft({ id: 'd1', kind: 'callReview', repId: 'r1', stageKey: 'qualify', date: '2026-12-06' })

describe('a conversation put into a call review draft', () => {
  it('guesses the rep from the name or a CRM alias and computes the metrics with it', () => {
    const d = withConversation(
      draft(),
      CALL,
      'calls.csv',
      { name: 'Al Smith', crmAliases: ['Alan Smith'] },
      true
    )
    expect(d.transcript?.repSpeakers).toEqual(['Alan Smith'])
    expect(d.transcript?.metrics.talkRatio).toBe(0.25)
    expect(d.callReference).toEqual({
      reference: 'calls.csv: Row 2 — Globex renewal',
      durationSeconds: 120
    })
  })

  it('leaves the rep unticked when no speaker matches, and names a one-call file by itself', () => {
    const d = withConversation(
      draft(),
      CALL,
      'globex.vtt',
      { name: 'Dana Rep', crmAliases: [] },
      false
    )
    expect(d.transcript?.repSpeakers).toEqual([])
    expect(d.transcript?.metrics.talkRatio).toBe(0)
    expect(d.callReference?.reference).toBe('globex.vtt')
  })

  it('recomputes the metrics when the rep speakers change, keeping evidence and notes', () => {
    const d = withConversation(
      draft(),
      CALL,
      'c.vtt',
      { name: 'Alan Smith', crmAliases: [] },
      false
    )
    const withQuote = attachEvidence(d.transcript!, 'close', 1)
    const changed = withRepSpeakers(withQuote, ['Ken Ito'])
    expect(changed.repSpeakers).toEqual(['Ken Ito'])
    expect(changed.metrics.talkRatio).toBe(0.75)
    expect(changed.evidence).toEqual(withQuote.evidence)
    // Kept in the order the speakers first spoke, whatever order they were ticked in.
    expect(withRepSpeakers(withQuote, ['Ken Ito', 'Alan Smith']).repSpeakers).toEqual([
      'Alan Smith',
      'Ken Ito'
    ])
  })
})
