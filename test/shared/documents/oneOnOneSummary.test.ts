import { describe, expect, it } from 'vitest'
import { DocumentModel, documentToMarkdown, documentToText } from '../../../src/shared/documents'
import { oneOnOneSummary, oneOnOneSummaryName } from '../../../src/shared/documents/oneOnOneSummary'
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
      subtitle: '2026-11-30',
      author: 'Jordan Ellis',
      createdOn: '2026-11-30'
    })
    expect(doc.blocks).toEqual([
      {
        kind: 'fields',
        fields: [
          { label: 'Rep', value: 'Dana Whitfield' },
          { label: 'Manager', value: 'Jordan Ellis' },
          { label: 'Meeting', value: 'Held on 2026-11-30' }
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
          ['Update close dates', 'Dana Whitfield', '2026-12-04', 'Open'],
          ['Send the target list', 'Jordan Ellis', 'No due date', 'Open']
        ]
      },
      { kind: 'heading', level: 2, text: 'Still open from earlier 1:1s' },
      {
        kind: 'table',
        columns: ['Commitment', 'Owner', 'Due', 'Status'],
        rows: [['Book a ride-along', 'Dana Whitfield', '2026-11-20', 'Open']]
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
    expect(text).toContain('Planned for 2026-11-30 (not held yet)')
    expect(text).toContain('No agenda was recorded.')
    expect(text).toContain('No shared notes.')
    expect(text).toContain('No new commitments.')
    expect(text).not.toContain('Still open from earlier')
  })

  it('makes a file name without characters file systems refuse', () => {
    expect(oneOnOneSummaryName('Dana / "Ops" Whitfield', '2026-11-30')).toBe(
      '1-1 Dana Ops Whitfield 2026-11-30'
    )
  })
})
