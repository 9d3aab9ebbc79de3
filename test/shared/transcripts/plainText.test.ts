import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { EXPECTED } from '@shared/transcripts'
import { docxBytes, failure, fixtureBytes, fixtureDir, lines, only } from './support'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('plain text "Speaker: text"', () => {
  it('reads speakers with accents; lines without a name continue the turn (plain.txt)', async () => {
    const t = await only(fixtureBytes('plain.txt'), 'plain.txt')
    expect(t).toMatchObject({
      format: 'text',
      timed: false,
      speakers: ['Alan Smith', 'Maria López']
    })
    expect(t.durationSeconds).toBeUndefined()
    expect(lines(t)).toEqual([
      'Alan Smith|||Hi Maria, thanks for taking the call.',
      'Maria López|||Of course. Before we start — can you\nremind me what we covered last time?',
      'Alan Smith|||Sure. We looked at the onboarding plan.\nUm, and you asked about pricing?',
      "Maria López|||Right. Let's follow up on Friday with the numbers."
    ])
  })

  it('keeps titles and brackets in names, and does not take a URL or "Note:" for a speaker', async () => {
    const text =
      'Mr. Alan Smith: Hello.\nDr. Ana López-Vidal (Acme): Hi: nice to meet you.\nSee https://example.com/x for the deck.\nNote: nothing else.\n'
    const t = await only(encode(text), 'titles.txt')
    expect(t.speakers).toEqual(['Mr. Alan Smith', 'Dr. Ana López-Vidal (Acme)'])
    expect(t.cues[1]?.text).toBe(
      'Hi: nice to meet you.\nSee https://example.com/x for the deck.\nNote: nothing else.'
    )
  })

  it('reads "[00:01:02] Name: text" with CRLF; ends come from the next start, the last is estimated', async () => {
    const t = await only(fixtureBytes('bracketed.txt'), 'bracketed.txt')
    expect(t.timed).toBe(true)
    // “Perfect, thank you both.” is 4 words: 4 / 150 a minute = 1.6 s.
    expect(lines(t)).toEqual([
      'Alan Smith|0|4|Morning Ken.',
      'Ken Ito|4|10|Morning. Shall we start with the contract?',
      'Alan Smith|10|16|Yes. Legal signed off yesterday.',
      'Ken Ito|16|17.6|Perfect, thank you both.'
    ])
    expect(t.durationSeconds).toBe(17.6)
    expect(t.notes).toEqual([
      "Each line ends where the next one starts; the last line's end was estimated from its words (150 a minute)."
    ])
  })

  it('reads Otter-style "Name  0:05" headers with the words below them (otter.txt)', async () => {
    const t = await only(fixtureBytes('otter.txt'), 'otter.txt')
    expect(lines(t)).toEqual([
      'Alan Smith|5|9|Hi Ken, good to see you.',
      'Ken Ito|9|21|Likewise. So, where are we on the contract?\nLegal had questions.',
      'Alan Smith|21|23|They signed it this morning.'
    ])
  })

  it('reads "00:01:02 Name" headers and a name line followed by a time line', async () => {
    const headers =
      '00:00:03 Alan Smith\nHello there.\n00:01:02 Ken Ito\nHi Alan.\nGood to see you.\n'
    expect(lines(await only(encode(headers), 'headers.txt'))).toEqual([
      'Alan Smith|3|62|Hello there.',
      'Ken Ito|62|64.4|Hi Alan.\nGood to see you.'
    ])
    const stacked = 'Alan Smith\n0:03\nHello there.\n\nKen Ito\n0:10\nHi Alan.\n'
    expect(lines(await only(encode(stacked), 'stacked.txt'))).toEqual([
      'Alan Smith|3|10|Hello there.',
      'Ken Ito|10|10.8|Hi Alan.'
    ])
  })

  it('leaves a transcript untimed when only some lines have times', async () => {
    const text = '[00:00:01] Ann Lee: Hi.\nBob Ray: Hello.\n'
    const t = await only(encode(text), 'mixed.txt')
    expect(t.timed).toBe(false)
    expect(lines(t)).toEqual(['Ann Lee|1||Hi.', 'Bob Ray|||Hello.'])
  })

  it('reads Windows-1252 and UTF-16 text like the CRM reader', async () => {
    const cp1252 = new Uint8Array([
      ...encode('Ren'),
      0xe9,
      ...encode(' Dub: Caf'),
      0xe9,
      0x3f,
      0x0a
    ])
    expect(lines(await only(cp1252, 'cp1252.txt'))).toEqual(['René Dub|||Café?'])
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Ann Lee: Hi?\n'].flatMap((c) => [c.charCodeAt(0), 0])
    ])
    expect(lines(await only(utf16, 'utf16.txt'))).toEqual(['Ann Lee|||Hi?'])
  })

  it('refuses text in which no speaker can be found (no-speakers.txt)', async () => {
    await expect(failure(fixtureBytes('no-speakers.txt'), 'no-speakers.txt')).resolves.toBe(
      '“no-speakers.txt” has no speakers Fieldbook can find; expected lines like “Alan Smith: Hello” or, in a .vtt file, voice tags like “<v Alan Smith>Hello”.'
    )
  })
})

describe('Word transcripts as Teams exports them', () => {
  const xml = readFileSync(resolve(fixtureDir, 'teams-document.xml'))

  it('reads "0:0:0.0 --> …" blocks with the name on its own line, leaving out the heading and deleted text', async () => {
    const t = await only(docxBytes(xml), 'Pipeline review.docx')
    expect(t).toMatchObject({
      title: 'Pipeline review.docx',
      format: 'docx',
      timed: true,
      durationSeconds: 20
    })
    expect(t.speakers).toEqual(['Alan Smith', 'Ken Ito'])
    expect(lines(t)).toEqual([
      'Alan Smith|0|6.5|Thanks for joining, Ken.',
      'Ken Ito|6.5|15|Glad to. Where do we stand on the "Pro" tier?',
      'Alan Smith|15|20|It’s approved.'
    ])
  })

  it('reads the newer "Name   0:03" paragraphs', async () => {
    const para = (text: string): string =>
      `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
    const doc = `<w:document xmlns:w="x"><w:body>${[
      para('Weekly sync'),
      para('Alan Smith   0:03'),
      para('Morning, Ken.'),
      para('Ken Ito   0:07'),
      para('Morning. Can we talk pricing?')
    ].join('')}</w:body></w:document>`
    const t = await only(docxBytes(doc), 'sync.docx')
    expect(lines(t)).toEqual([
      'Alan Smith|3|7|Morning, Ken.',
      'Ken Ito|7|9|Morning. Can we talk pricing?'
    ])
  })

  it('refuses a document that declares XML entities, and a ZIP without a document', async () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>'
    await expect(failure(docxBytes(bomb), 'bomb.docx')).resolves.toContain(
      '“bomb.docx” is not a document Word writes: it declares XML entities'
    )
    const zip = zipSync({ 'notes.txt': strToU8('Ann Lee: Hi.') })
    await expect(failure(zip, 'notes.zip')).resolves.toBe(
      `“notes.zip” is a ZIP archive with neither a Word document nor an Excel workbook inside; expected ${EXPECTED}.`
    )
  })
})
