import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  commitmentsCsv,
  observationsCsv,
  opportunitiesCsv,
  activitiesCsv,
  repsCsv,
  toCsv,
  UTF8_BOM
} from '../../../src/shared/export'
import { demo } from '../backup/support'

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

const cols = [
  { header: 'Text', value: (r: { t: string; n?: number }) => r.t },
  { header: 'Number', value: (r: { t: string; n?: number }) => r.n }
]

describe('toCsv', () => {
  it('neutralises formulas with a leading quote', () => {
    const texts = [
      '=HYPERLINK("http://evil","click")',
      '+1',
      '-2',
      '@SUM(A1:A9)',
      '\tx',
      '\rx',
      '=1+1\nx'
    ]
    const csv = toCsv(
      cols,
      texts.map((t) => ({ t }))
    )
    expect(
      parse(csv)
        .slice(1)
        .map((row) => row[0])
    ).toEqual(texts.map((t) => `'${t}`))
  })

  it('leaves numbers as numbers, negative ones too', () => {
    expect(toCsv(cols, [{ t: 'a', n: -12.5 }])).toBe('Text,Number\r\na,-12.5\r\n')
  })

  it('quotes commas, quotes and line breaks, with CRLF between records', () => {
    const rows = [{ t: 'a, b' }, { t: 'say "hi"' }, { t: 'two\nlines' }, { t: ' padded ' }]
    const csv = toCsv(cols, rows)
    expect(csv).toBe('Text,Number\r\n"a, b",\r\n"say ""hi""",\r\n"two\nlines",\r\n" padded ",\r\n')
    expect(parse(csv)).toEqual([['Text', 'Number'], ...rows.map((r) => [r.t, ''])])
  })

  it('starts with a BOM when asked, for Excel', () => {
    expect(toCsv(cols, [], { bom: true })).toBe(`${UTF8_BOM}Text,Number\r\n`)
    expect(toCsv(cols, [])).toBe('Text,Number\r\n')
  })

  it('parses back to the same cells, unicode included', () => {
    const rows = [
      { t: 'Zoë 🙂 日本語', n: 3 },
      { t: 'plain', n: 0 }
    ]
    expect(parse(toCsv(cols, rows, { bom: true }))).toEqual([
      ['Text', 'Number'],
      ['Zoë 🙂 日本語', '3'],
      ['plain', '0']
    ])
  })
})

describe('workspace exports', () => {
  const data = demo(11)
  const repName = new Map(data.reps.map((r) => [r.id, r.name]))

  it('reps: readable headers and role names', () => {
    const rows = parse(repsCsv(data))
    expect(rows[0]).toEqual([
      'Name',
      'Email',
      'Role',
      'Start date',
      'Ramp (months)',
      'Territory',
      '1:1 every (days)',
      'Active',
      'CRM names'
    ])
    expect(rows).toHaveLength(data.reps.length + 1)
    expect(rows[1]?.[2]).toBe(data.roles[0]?.name)
  })

  it('opportunities: rep names, money as a decimal with its currency, dates as yyyy-MM-dd', () => {
    const opp = data.opportunities.find((o) => o.amount && o.repId && o.closeDate)
    if (!opp?.amount) throw new Error('demo has a deal with an amount')
    const one = {
      ...data,
      opportunities: [{ ...opp, amount: { minor: 1234567, currency: 'EUR' } }]
    }
    const [header, row] = parse(opportunitiesCsv(one))
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1]
    expect(cell('Rep')).toBe(repName.get(opp.repId ?? ''))
    expect(cell('Amount')).toBe('12345.67')
    expect(cell('Currency')).toBe('EUR')
    expect(cell('Close date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(parse(opportunitiesCsv(data))).toHaveLength(data.opportunities.length + 1)
  })

  it('activities, observations and commitments', () => {
    expect(parse(activitiesCsv(data))).toHaveLength(data.activities.length + 1)
    const obs = parse(observationsCsv(data))
    expect(obs[0]).toEqual([
      'Date',
      'Rep',
      'Kind',
      'Stage',
      'Status',
      'Score (%)',
      'Must criteria met',
      'Must criteria not met',
      'Checklist',
      'Opportunity',
      'Desired next step',
      'Next step agreed',
      'Outcome',
      'Self-assessment',
      'Strength',
      'Focus',
      'Call reference',
      'Scenario',
      'Attempt',
      'Role-play time (minutes)'
    ])
    for (const row of obs.slice(1)) {
      expect([...repName.values()]).toContain(row[1])
      expect(['Ride-along', 'Call review', 'Role-play']).toContain(row[2])
      expect(Number(row[5])).toBeGreaterThanOrEqual(0)
      expect(Number(row[5])).toBeLessThanOrEqual(100)
    }
    const items = parse(commitmentsCsv(data))
    expect(items[0]).toEqual([
      'Rep',
      'Owner',
      'Commitment',
      'Due date',
      'Status',
      'Completed on',
      'From 1:1 on'
    ])
    expect(items).toHaveLength(data.actionItems.length + 1)
    const fromMeeting = data.actionItems.find((a) => a.oneOnOneId)
    if (fromMeeting) {
      const meeting = data.oneOnOnes.find((m) => m.id === fromMeeting.oneOnOneId)
      const row = items.find((r) => r[2] === fromMeeting.text)
      expect(row?.[6]).toBe(meeting?.heldOn ?? meeting?.scheduledFor)
    }
  })

  it('neutralises a formula typed into a rep name', () => {
    const evil = {
      ...data,
      reps: data.reps.map((r, i) => (i === 0 ? { ...r, name: '=cmd|"/c calc"!A1' } : r))
    }
    expect(repsCsv(evil)).toContain(`"'=cmd|""/c calc""!A1"`)
  })
})

describe('observationsCsv for a period', () => {
  const data = demo(7)
  const dates = data.observations.map((o) => o.date).sort()
  const middle = dates[Math.floor(dates.length / 2)]!

  it('keeps only observations dated in the range, and drafts out when asked', () => {
    const draft = {
      ...data.observations[0]!,
      id: 'draft-1',
      status: 'draft' as const,
      date: middle
    }
    const withDraft = { ...data, observations: [...data.observations, draft] }
    const rows = parse(
      observationsCsv(withDraft, { range: { start: middle, end: '9999-12-31' }, finalOnly: true })
    )
    const expected = data.observations.filter((o) => o.date >= middle).length
    expect(rows).toHaveLength(expected + 1)
    for (const row of rows.slice(1)) {
      expect(row[0]! >= middle).toBe(true)
      expect(row[4]).toBe('Final')
    }
    expect(parse(observationsCsv(withDraft))).toHaveLength(withDraft.observations.length + 1)
  })

  it('scores each row with its own checklist version and names must criteria not met', () => {
    const rows = parse(observationsCsv(data))
    const header = rows[0]!
    const failed = rows.slice(1).filter((r) => r[header.indexOf('Must criteria met')] === 'no')
    expect(failed.length).toBeGreaterThan(0)
    for (const r of failed) expect(r[header.indexOf('Must criteria not met')]).not.toBe('')
  })
})
