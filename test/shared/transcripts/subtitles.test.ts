import { describe, expect, it } from 'vitest'
import { fixtureBytes, lines, only } from './support'

describe('WebVTT as Teams writes it (teams.vtt)', () => {
  it('reads voice tags, closing </v>, <v.loud …>, cue ids and settings, skipping NOTE and STYLE', async () => {
    const t = await only(fixtureBytes('teams.vtt'), 'teams.vtt')
    expect(t).toMatchObject({
      title: 'teams.vtt',
      format: 'vtt',
      timed: true,
      durationSeconds: 120
    })
    expect(t.speakers).toEqual(['Dr. Priya Natarajan', 'Alan Smith (Fieldbook)', "Mr. Tom O'Brien"])
    expect(lines(t)).toEqual([
      'Dr. Priya Natarajan|0|20|Good morning, Alan. Thanks for making time today. We have about two minutes, right?',
      'Alan Smith (Fieldbook)|20|35|Morning! Yes, two minutes. Um, how is the rollout going?',
      'Dr. Priya Natarajan|35|75|It is going well, but the Berlin team is, you know, kind of stuck on permissions & roles.',
      "Mr. Tom O'Brien|75|90|I can add that the permissions issue is basically fixed on our side.",
      'Alan Smith (Fieldbook)|90|105|Great. Shall we meet on Tuesday at 10 to walk through the pricing?',
      'Dr. Priya Natarajan|105|120|Tuesday works. Send the invite to Tom as well.'
    ])
    expect(t.cues.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('shares a cue between two voices in proportion to their words, and keeps markup out', async () => {
    const vtt =
      'WEBVTT\n\n00:01:00.000 --> 00:01:09.000\n<v Ann Lee><i>Ready</i> to start?</v> <v Bob Ray>Yes, <c.yellow>go</c> ahead &lt;now&gt;.</v>\n'
    const t = await only(new TextEncoder().encode(vtt), 'two.vtt')
    // Ann says 3 words, Bob 4 (“Yes,” “go” “ahead” “<now>.”): 9 s split 3 : 4.
    expect(lines(t)).toEqual([
      'Ann Lee|60|63.857142857142854|Ready to start?',
      'Bob Ray|63.857142857142854|69|Yes, go ahead <now>.'
    ])
  })
})

describe('WebVTT as Zoom writes it (zoom.vtt, CRLF)', () => {
  it('reads "Speaker: text" cues; a cue without a name continues the previous speaker', async () => {
    const t = await only(fixtureBytes('zoom.vtt'), 'zoom.vtt')
    expect(t).toMatchObject({ format: 'vtt', timed: true, durationSeconds: 16 })
    expect(t.speakers).toEqual(['Alan Smith', 'Mrs. Jane Doe'])
    expect(lines(t)).toEqual([
      'Alan Smith|1.25|4.5|Hi everyone, thanks for joining.',
      'Mrs. Jane Doe|4.9|9|Thanks Alan. Could you share your screen so we can all see it?',
      'Mrs. Jane Doe|9|12|And the pricing page too, if you have it.',
      'Alan Smith|12.5|16|Sure, one second.'
    ])
  })

  it('reads hour-less times and a file without the WEBVTT header', async () => {
    const text =
      '1\n01:02.500 --> 01:04.000\nAnn Lee: Hi.\n\n2\n01:04.000 --> 01:07.250\nBob Ray: Hello.\n'
    const t = await only(new TextEncoder().encode(text), 'short.vtt')
    expect(t.format).toBe('vtt')
    expect(lines(t)).toEqual(['Ann Lee|62.5|64|Hi.', 'Bob Ray|64|67.25|Hello.'])
  })
})

describe('SRT (meet.srt: BOM, CRLF, multi-line cues)', () => {
  it('reads numbered cues with comma milliseconds and joins their lines', async () => {
    const t = await only(fixtureBytes('meet.srt'), 'meet.srt')
    expect(t).toMatchObject({ format: 'srt', timed: true, durationSeconds: 12 })
    expect(t.speakers).toEqual(['Alan Smith', 'Maria Lopez'])
    expect(lines(t)).toEqual([
      'Alan Smith|0|3|Hello Maria, can you hear me?',
      'Maria Lopez|3|9.5|Yes, loud and clear. I have a hard stop at half past.',
      "Alan Smith|9.5|12|Then let's get going."
    ])
  })

  it('is told apart from WebVTT by its content, not its name', async () => {
    const t = await only(fixtureBytes('meet.srt'), 'captions.txt')
    expect(t.format).toBe('srt')
  })
})
