import { beforeAll, describe, expect, it } from 'vitest'
import { conversationMetrics, type ConversationMetric, type Transcript } from '@shared/transcripts'
import { fixtureBytes, only } from './support'

const REP = 'Alan Smith (Fieldbook)'

function metric(t: Transcript, key: ConversationMetric['key'], reps = [REP]): ConversationMetric {
  const found = conversationMetrics(t, reps).metrics.find((m) => m.key === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

/** A transcript from [speaker, start, end, text] rows (times optional). */
function transcript(rows: [string, number | undefined, number | undefined, string][]): Transcript {
  const cues = rows.map(([speaker, startSeconds, endSeconds, text], index) => ({
    index,
    speaker,
    text,
    ...(startSeconds === undefined ? {} : { startSeconds }),
    ...(endSeconds === undefined ? {} : { endSeconds })
  }))
  const timed = cues.every((c) => 'startSeconds' in c && 'endSeconds' in c)
  return {
    title: 'hand-made',
    format: 'text',
    timed,
    speakers: [...new Set(rows.map((r) => r[0]))],
    cues,
    ...(timed ? { durationSeconds: Math.max(...rows.map((r) => r[2] ?? 0)) } : {})
  }
}

describe('conversationMetrics on teams.vtt (120 s; the rep speaks 20–35 s and 90–105 s)', () => {
  let t: Transcript
  beforeAll(async () => {
    t = await only(fixtureBytes('teams.vtt'), 'teams.vtt')
  })

  it('talks by time: the rep spoke 30 s of 120 s → 25 %', () => {
    expect(conversationMetrics(t, [REP]).basis).toBe('time')
    expect(metric(t, 'talkRatio')).toEqual({
      key: 'talkRatio',
      label: 'Talk ratio (rep)',
      value: 0.25,
      display: '25 % of talk time',
      explanation: 'By time: the rep spoke 30 s of 2 min.'
    })
  })

  it('finds the longest monologue: Dr. Priya Natarajan, 35–75 s', () => {
    expect(metric(t, 'longestMonologue')).toMatchObject({
      value: 40,
      display: '40 s — Dr. Priya Natarajan',
      explanation: 'Dr. Priya Natarajan spoke for 40 s without another speaker, from 0:35.',
      cueIndex: 2
    })
  })

  it('counts questions: 2 by the rep, 1 by the customer side', () => {
    expect(metric(t, 'repQuestions')).toMatchObject({ value: 2, display: '2 questions' })
    expect(metric(t, 'customerQuestions')).toMatchObject({
      value: 1,
      display: '1 question',
      explanation: "1 sentence ending in “?” in the customer side's lines."
    })
  })

  it('counts 5 switches in 2 minutes: 2.5 a minute', () => {
    expect(metric(t, 'switchesPerMinute')).toMatchObject({
      value: 2.5,
      explanation: '5 changes of speaker in 2 min of conversation: 2.5 a minute.'
    })
  })

  it('takes the whole call as the last five minutes when it is shorter', () => {
    expect(metric(t, 'repShareLastFive')).toMatchObject({
      value: 0.25,
      explanation:
        'The call is five minutes or shorter, so over the whole call the rep spoke 30 s of 2 min.'
    })
  })

  it("counts only the rep's filler words: 1 “Um” in 23 words → 4.3 per 100", () => {
    const fillers = metric(t, 'fillerWords')
    expect(fillers.value).toBeCloseTo(100 / 23, 10)
    expect(fillers.display).toBe('4.3 per 100 words')
    expect(fillers.explanation).toBe(
      'The rep said 1 filler word (um, uh, erm, you know, kind of, sort of, basically, actually) in 23 words: 4.3 per 100.'
    )
  })

  it('finds the next step with a date and the line that proposed it', () => {
    expect(metric(t, 'nextStep')).toEqual({
      key: 'nextStep',
      label: 'Next step with a date',
      value: 1,
      display: 'Yes, at 1:30',
      explanation: `${REP} proposed it at 1:30: “Shall we meet on Tuesday at 10 to walk through the pricing?”`,
      cueIndex: 4
    })
  })

  it('lists the eight metrics in a fixed order', () => {
    expect(conversationMetrics(t, [REP]).metrics.map((m) => m.key)).toEqual([
      'talkRatio',
      'longestMonologue',
      'repQuestions',
      'customerQuestions',
      'switchesPerMinute',
      'repShareLastFive',
      'fillerWords',
      'nextStep'
    ])
  })
})

describe('conversationMetrics by words (no times)', () => {
  const t = transcript([
    ['Ann', undefined, undefined, 'Um so, basically, what do you need? And by when?'],
    ['Ann', undefined, undefined, 'Take your time.'],
    ['Bob', undefined, undefined, 'We need it, you know, soon?!'],
    ['Bob', undefined, undefined, 'Sort of urgent.']
  ])

  it('says it counts words, and switches and the last five minutes need times', () => {
    expect(conversationMetrics(t, ['Ann']).basis).toBe('words')
    // Ann 10 + 3 = 13 words, Bob 6 + 3 = 9: 13 of 22 → 59 %.
    expect(metric(t, 'talkRatio', ['Ann'])).toMatchObject({
      value: 13 / 22,
      display: '59 % of words',
      explanation: 'By words (the file has no times): the rep said 13 of 22 words.'
    })
    expect(metric(t, 'switchesPerMinute', ['Ann'])).toMatchObject({ value: null, display: '—' })
    expect(metric(t, 'repShareLastFive', ['Ann']).value).toBeNull()
  })

  it('merges consecutive lines of one speaker into one monologue', () => {
    expect(metric(t, 'longestMonologue', ['Ann'])).toMatchObject({
      value: 13,
      display: '13 words — Ann',
      explanation:
        'Ann said 13 words without another speaker, starting in line 1 (2 lines in a row).',
      cueIndex: 0
    })
  })

  it('counts “?!” as one question and fillers as whole words', () => {
    expect(metric(t, 'repQuestions', ['Ann']).value).toBe(2)
    expect(metric(t, 'customerQuestions', ['Ann']).value).toBe(1)
    // Ann: “Um”, “basically” in 13 words; Bob's “you know” and “Sort of” are not the rep's.
    expect(metric(t, 'fillerWords', ['Ann']).value).toBeCloseTo(200 / 13, 10)
    expect(metric(t, 'fillerWords', ['Bob']).value).toBeCloseTo(200 / 9, 10)
    expect(metric(t, 'nextStep', ['Ann'])).toMatchObject({ value: 0, display: 'No' })
  })

  it('has no talk to share and no filler rate when the rep says nothing', () => {
    expect(metric(t, 'talkRatio', [])).toMatchObject({ value: 0, display: '0 % of words' })
    expect(metric(t, 'fillerWords', [])).toMatchObject({ value: null, display: '—' })
  })
})

describe('the last five minutes of a longer call', () => {
  // 10 minutes: the rep talks 0–240 s, the customer 240–540 s, the rep 540–600 s.
  const t = transcript([
    ['Rep', 0, 240, 'Let me walk you through it.'],
    ['Buyer', 240, 540, 'That is a lot to take in.'],
    ['Rep', 540, 600, "Let's book a follow-up on the 14th to go through it again."]
  ])

  it("counts the rep's share from 5:00 to 10:00 only: 60 s of 300 s → 20 %", () => {
    expect(metric(t, 'repShareLastFive', ['Rep'])).toMatchObject({
      value: 0.2,
      display: '20 % of talk time',
      explanation: 'In the last five minutes (from 5:00) the rep spoke 1 min of 5 min.'
    })
    expect(metric(t, 'talkRatio', ['Rep']).value).toBeCloseTo(0.5, 10)
    expect(metric(t, 'switchesPerMinute', ['Rep']).value).toBeCloseTo(0.2, 10)
    expect(metric(t, 'longestMonologue', ['Rep'])).toMatchObject({
      value: 300,
      display: '5 min — Buyer'
    })
    expect(metric(t, 'nextStep', ['Rep'])).toMatchObject({
      value: 1,
      cueIndex: 2,
      display: 'Yes, at 9:00'
    })
  })
})

describe('next step with a date', () => {
  it.each<[string, number]>([
    ['Shall we meet next week?', 1],
    ['I will send you the contract on 2026-12-08 and we can sign.', 1],
    ['Can we schedule a demo for the 14th?', 1],
    ["Let's catch up on Dec 3.", 1],
    ['I’ll call you back tomorrow.', 1],
    ['We met last Tuesday.', 0],
    ['Tuesday works. Send the invite to Tom as well.', 0],
    ['Let us follow up soon.', 0]
  ])('“%s” → %i', (text, value) => {
    expect(
      metric(transcript([['Ann', undefined, undefined, text]]), 'nextStep', ['Ann']).value
    ).toBe(value)
  })
})
