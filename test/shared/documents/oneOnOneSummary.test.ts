import { describe, expect, it } from 'vitest'
import { DocumentModel, documentToMarkdown, documentToText } from '../../../src/shared/documents'
import {
  oneOnOneSummary,
  oneOnOneSummaryName,
  repCopyTitle
} from '../../../src/shared/documents/oneOnOneSummary'
import { action, meeting } from '../oneOnOnes/support'

const PRIVATE = 'Thinking about a coaching plan if nothing changes'

function summary() {
  const m = meeting(
    '2026-11-30',
    'held',
    [
      {
        key: 'results',
        title: 'Results: closed won up',
        source: 'results',
        done: true,
        notes: 'Great month.'
      },
      { key: 'manual-1', title: 'Territory split', done: false, notes: '' }
    ],
    { sharedNotes: 'Agreed to focus on discovery.', privateNotes: PRIVATE }
  )
  return oneOnOneSummary({
    meeting: m,
    rep: { name: 'Dana Whitfield' },
    managerName: 'Jordan Ellis',
    commitments: [
      action('a1', { oneOnOneId: m.id, text: 'Update close dates', dueDate: '2026-12-04' }),
      action('a2', { oneOnOneId: m.id, text: 'Send the target list', owner: 'manager' })
    ],
    carriedOver: [action('a0', { text: 'Book a ride-along', dueDate: '2026-11-20' })],
    createdOn: '2026-11-30'
  })
}

describe('1:1 summary document', () => {
  it('has the meeting, the agenda with notes, the shared notes and the commitments', () => {
    const doc = summary()
    expect(DocumentModel.safeParse(doc).success).toBe(true)
    expect(doc).toMatchObject({
      title: '1:1 summary: Dana Whitfield',
      subtitle: 'Nov 30, 2026',
      author: 'Jordan Ellis',
      createdOn: '2026-11-30'
    })
    expect(doc.blocks).toEqual([
      {
        kind: 'fields',
        fields: [
          { label: 'Rep', value: 'Dana Whitfield' },
          { label: 'Manager', value: 'Jordan Ellis' },
          { label: 'Meeting', value: 'Held on Nov 30, 2026' }
        ]
      },
      { kind: 'heading', level: 2, text: 'Agenda' },
      { kind: 'heading', level: 3, text: '[x] Results: closed won up' },
      { kind: 'paragraph', text: 'Great month.' },
      { kind: 'heading', level: 3, text: '[ ] Territory split' },
      { kind: 'heading', level: 2, text: 'Notes' },
      { kind: 'paragraph', text: 'Agreed to focus on discovery.' },
      { kind: 'heading', level: 2, text: 'Commitments' },
      {
        kind: 'table',
        columns: ['Commitment', 'Owner', 'Due', 'Status'],
        rows: [
          ['Update close dates', 'Dana Whitfield', 'Dec 4, 2026', 'Open'],
          ['Send the target list', 'Jordan Ellis', 'No due date', 'Open']
        ]
      },
      { kind: 'heading', level: 2, text: 'Still open from earlier 1:1s' },
      {
        kind: 'table',
        columns: ['Commitment', 'Owner', 'Due', 'Status'],
        rows: [['Book a ride-along', 'Dana Whitfield', 'Nov 20, 2026', 'Open']]
      }
    ])
  })

  it('never contains the private notes, in any rendering', () => {
    const doc = summary()
    expect(JSON.stringify(doc)).not.toContain(PRIVATE)
    expect(documentToText(doc)).not.toContain(PRIVATE)
    expect(documentToMarkdown(doc)).not.toContain(PRIVATE)
    expect(documentToMarkdown(doc)).toContain('Agreed to focus on discovery.')
  })

  it('says so when there is nothing to report', () => {
    const doc = oneOnOneSummary({
      meeting: meeting('2026-11-30', 'planned'),
      rep: { name: 'Dana' },
      managerName: '',
      commitments: [],
      carriedOver: [],
      createdOn: '2026-11-30'
    })
    const text = documentToText(doc)
    expect(text).toContain('Planned for Nov 30, 2026 (not held yet)')
    expect(text).toContain('No agenda was recorded.')
    expect(text).toContain('No shared notes.')
    expect(text).toContain('No new commitments.')
    expect(text).not.toContain('Still open from earlier')
    // No manager name in Settings: no "Manager: Manager" line.
    expect(text).not.toMatch(/Manager\s+Manager/)
    expect(doc.blocks[0]).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Rep', value: 'Dana' },
        { label: 'Meeting', value: 'Planned for Nov 30, 2026 (not held yet)' }
      ]
    })
  })

  it("the rep's copy leaves out the development level and style, keeping the skill and notes", () => {
    const m = meeting(
      '2026-11-30',
      'held',
      [
        {
          key: 'development',
          title: 'Development: Discovery — D2, use S2 Coaching',
          source: 'development',
          notes: 'Practise the first three questions.'
        },
        { key: 'manual-1', title: 'Holiday cover' }
      ],
      { privateNotes: PRIVATE }
    )
    const doc = oneOnOneSummary({
      meeting: m,
      rep: { name: 'Dana' },
      managerName: 'Jordan',
      commitments: [],
      carriedOver: [],
      createdOn: '2026-11-30',
      locale: 'en-GB'
    })
    const text = documentToText(doc)
    expect(text).toContain('Development: Discovery')
    expect(text).toContain('Practise the first three questions.')
    expect(text).toContain('Held on 30 Nov 2026')
    for (const managerOnly of ['D2', 'S2', 'Coaching', PRIVATE])
      expect(text).not.toContain(managerOnly)
  })

  it('a development title that is all label becomes "Development"', () => {
    expect(repCopyTitle({ source: 'development', title: 'D3 — S3 Supporting' })).toBe('Development')
    expect(repCopyTitle({ source: 'results', title: 'Results — up' })).toBe('Results — up')
  })

  it('makes a file name without characters file systems refuse', () => {
    expect(oneOnOneSummaryName('Dana / "Ops" Whitfield', '2026-11-30')).toBe(
      '1-1 Dana Ops Whitfield 2026-11-30'
    )
  })
})
