import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import { conversations, failure, fixtureBytes, lines, only } from './support'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('a CSV export with many conversations, one a row (many-calls.csv)', () => {
  it('makes one conversation per row with a transcript, titled from the subject and date columns', async () => {
    const all = await conversations(fixtureBytes('many-calls.csv'), 'many-calls.csv')
    expect(all.map((t) => t.title)).toEqual([
      'Row 2 — Acme discovery call (2026-11-30)',
      'Row 3 — Globex renewal (2026-12-01)',
      'Row 5 — Initech intro'
    ])
    expect(all.every((t) => t.format === 'table')).toBe(true)
  })

  it('turns `\\n` (and `\\r\\n`) in a cell into lines, and doubled quotes into one', async () => {
    const [acme, globex, initech] = await conversations(
      fixtureBytes('many-calls.csv'),
      'many-calls.csv'
    )
    expect(acme && lines(acme)).toEqual([
      'Alan Smith|||Hi Maria, thanks for joining.',
      'Maria Lopez|||Happy to. We saw the "Pro" plan on your site.',
      'Alan Smith|||Great! What made you look?'
    ])
    expect(globex && lines(globex)).toEqual([
      'Alan Smith|5|9|Shall we meet next week to sign?',
      'Ken Ito|9|10.6|Sure, Tuesday is good.'
    ])
    expect(initech?.speakers).toEqual(['Alan Smith', 'Peter Gibbons'])
    expect(initech?.cues[1]?.text).toBe('Hi. I have "eight" bosses, you know.')
  })

  it('says which rows were left out for having no speakers', async () => {
    const [acme] = await conversations(fixtureBytes('many-calls.csv'), 'many-calls.csv')
    expect(acme?.notes).toEqual([
      'Row 4 of “many-calls.csv” has no speakers in “transcript” and was left out.'
    ])
  })

  it('picks the transcript column by its content when the header does not say so', async () => {
    const csv =
      'Call,Body,Owner\nAcme,"Ann Lee: Hi.\nBob Ray: Hello?",Ann\nGlobex,"Ann Lee: Bye.\nKen Ito: Bye!",Ann\n'
    const all = await conversations(encode(csv), 'export.txt')
    expect(all.map((t) => t.title)).toEqual(['Row 2 — Acme', 'Row 3 — Globex'])
    expect(all[0] && lines(all[0])).toEqual(['Ann Lee|||Hi.', 'Bob Ray|||Hello?'])
  })
})

describe('text that only looks like a table', () => {
  it('reads a heading with commas above "Name: text" lines as a text transcript', async () => {
    const text =
      'Call with Acme, December 1\nAlan Smith: Hi, how are you?\nMaria Diaz: Good, thanks.\n'
    const t = await only(encode(text), 'acme.txt')
    expect(t.format).toBe('text')
    // The heading stays a line of its own, with no speaker.
    expect(lines(t)).toEqual([
      '|||Call with Acme, December 1',
      'Alan Smith|||Hi, how are you?',
      'Maria Diaz|||Good, thanks.'
    ])
  })
})

describe('a table with a line a row (lines.csv)', () => {
  it('reads the speaker, start, end and text columns as one conversation', async () => {
    const t = await only(fixtureBytes('lines.csv'), 'lines.csv')
    expect(t).toMatchObject({
      title: 'lines.csv',
      format: 'table',
      timed: true,
      durationSeconds: 40
    })
    expect(lines(t)).toEqual([
      'Alan Smith|0|12.5|Thanks for joining, Maria.',
      "Maria Lopez|12.5|30|Happy to. What's on the agenda?",
      'Alan Smith|30|40|Pricing, then next steps.'
    ])
  })
})

describe('an Excel workbook with a transcript column', () => {
  it('reads real newlines in cells, one conversation a row', async () => {
    const book = await writeExcelFile([
      ['Meeting title', 'Date', 'Transcript'],
      ['Acme QBR', '2026-11-03', 'Dr. Ana Ruiz: Where are we?\nAlan Smith: On track.'],
      ['Globex check-in', '2026-11-04', '[00:00:00] Alan Smith: Hi.\n[00:00:02] Ken Ito: Hello.']
    ]).toBuffer()
    const all = await conversations(new Uint8Array(book), 'calls.xlsx')
    expect(all.map((t) => t.title)).toEqual([
      'Row 2 — Acme QBR (2026-11-03)',
      'Row 3 — Globex check-in (2026-11-04)'
    ])
    expect(all[0]?.speakers).toEqual(['Dr. Ana Ruiz', 'Alan Smith'])
    expect(all[1] && lines(all[1])).toEqual(['Alan Smith|0|2|Hi.', 'Ken Ito|2|2.4|Hello.'])
  })
})

describe('a table with no transcript in it', () => {
  it('names the file, what was expected and the columns it has (no-transcript.csv)', async () => {
    await expect(failure(fixtureBytes('no-transcript.csv'), 'no-transcript.csv')).resolves.toBe(
      '“no-transcript.csv” has no transcript-like column: expected a column such as “Transcript” whose cells hold lines like “Alan Smith: Hello” (or “Speaker” and “Text” columns, a line a row); its columns are “Opportunity Name”, “Amount”, “Stage”.'
    )
  })

  it('refuses a transcript column in which no row has speakers', async () => {
    const csv = 'Subject,Transcript\nAcme,"no answer"\nGlobex,"left a voicemail"\n'
    await expect(failure(encode(csv), 'calls.csv')).resolves.toContain(
      '“calls.csv” has no transcript-like column'
    )
  })
})
