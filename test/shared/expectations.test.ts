import { describe, expect, it } from 'vitest'
import { createAccountExecutiveRole } from '../../src/shared/defaults'
import type { ExpectationSet, Rep } from '../../src/shared/domain'
import {
  describeTarget,
  dimensionKeyFor,
  fairnessReview,
  minorToInput,
  parseDimensionDraft,
  parseLines,
  parseOverrideDraft,
  parseTargetInput,
  rampPosition,
  standardNote,
  standardsFor,
  weightNote,
  type DimensionDraft
} from '../../src/shared/expectations'

const NOW = '2026-11-23T09:00:00.000Z'
const TODAY = '2026-11-23'

function aeSet(): { set: ExpectationSet; roleId: string } {
  const { role, expectationSet } = createAccountExecutiveRole('role-ae', 'set-ae', NOW)
  return { set: expectationSet, roleId: role.id }
}

const rep = (over: Partial<Rep> & Pick<Rep, 'id' | 'name'>): Rep => ({
  email: undefined,
  roleId: 'role-ae',
  startDate: '2020-01-06',
  rampMonths: 3,
  territory: '',
  crmAliases: [over.name],
  oneOnOneCadenceDays: 7,
  active: true,
  createdAt: NOW,
  updatedAt: NOW,
  ...over
})

describe('parseTargetInput', () => {
  it('reads money as typed in the workspace currency into minor units', () => {
    expect(parseTargetInput('$300,000', 'money', 'USD')).toEqual({ ok: true, value: 30_000_000 })
    expect(parseTargetInput('1500.50', 'money', 'USD')).toEqual({ ok: true, value: 150_050 })
    expect(parseTargetInput('1.500,50 €', 'money', 'EUR')).toEqual({ ok: true, value: 150_050 })
    expect(parseTargetInput('¥5000', 'money', 'JPY')).toEqual({ ok: true, value: 5000 })
  })

  it('refuses another currency, negative amounts, blanks and words with a reason', () => {
    expect(parseTargetInput('€300', 'money', 'USD')).toEqual({
      ok: false,
      reason: 'Enter the amount in the workspace currency (USD), not EUR.'
    })
    expect(parseTargetInput('-5', 'money', 'USD')).toMatchObject({ ok: false })
    expect(parseTargetInput('  ', 'count', 'USD')).toEqual({ ok: false, reason: 'Enter a target.' })
    expect(parseTargetInput('lots', 'count', 'USD')).toEqual({
      ok: false,
      reason: '“lots” is not a number.'
    })
  })

  it('checks the range each unit allows', () => {
    expect(parseTargetInput('90%', 'percent', 'USD')).toEqual({ ok: true, value: 90 })
    expect(parseTargetInput('120', 'percent', 'USD')).toMatchObject({ ok: false })
    expect(parseTargetInput('4,5', 'score', 'USD')).toEqual({ ok: true, value: 4.5 })
    expect(parseTargetInput('6', 'score', 'USD')).toMatchObject({ ok: false })
    expect(parseTargetInput('2.5', 'count', 'USD')).toEqual({
      ok: false,
      reason: 'A whole number (how many).'
    })
    expect(parseTargetInput('0', 'days', 'USD')).toMatchObject({ ok: false })
    expect(parseTargetInput('3', 'ratio', 'USD')).toEqual({ ok: true, value: 3 })
  })
})

describe('parseDimensionDraft', () => {
  const draft: DimensionDraft = {
    label: 'Average deal size',
    metric: 'averageDealSize',
    target: '$45,000',
    period: 'quarter',
    direction: 'atLeast',
    indicator: 'lagging',
    weight: '10'
  }

  it('makes a dimension with a fresh key and the workspace currency on money targets', () => {
    const { set } = aeSet()
    const result = parseDimensionDraft(draft, { currency: 'USD', existing: set.dimensions })
    expect(result).toEqual({
      ok: true,
      value: {
        key: 'average-deal-size',
        label: 'Average deal size',
        metric: 'averageDealSize',
        target: 4_500_000,
        currency: 'USD',
        period: 'quarter',
        direction: 'atLeast',
        indicator: 'lagging',
        weight: 10
      }
    })
  })

  it('keeps the key of the dimension being edited and drops the currency of a non-money metric', () => {
    const { set } = aeSet()
    const result = parseDimensionDraft(
      { ...draft, label: 'Win rate', metric: 'winRate', target: '25%' },
      { currency: 'USD', existing: set.dimensions, editingKey: 'win-rate' }
    )
    expect(result.ok && result.value).toMatchObject({ key: 'win-rate', target: 25 })
    expect(result.ok && result.value.currency).toBeUndefined()
  })

  it('names every problem field with a message', () => {
    const { set } = aeSet()
    const result = parseDimensionDraft(
      {
        label: 'closed-won REVENUE',
        metric: 'nope',
        target: '1',
        period: 'year',
        direction: 'more',
        indicator: '',
        weight: '140'
      },
      { currency: 'USD', existing: set.dimensions }
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      label: 'Another dimension is already called “closed-won REVENUE”.',
      metric: 'Choose what is measured.',
      period: 'Choose week, month or quarter.',
      direction: 'Choose “at least” or “at most”.',
      indicator: 'Choose leading or lagging.',
      weight: 'A weight from 0 to 100.'
    })
  })

  it('makes unique keys from labels', () => {
    expect(dimensionKeyFor('Win rate (%)', [])).toBe('win-rate')
    expect(dimensionKeyFor('Win rate', ['win-rate', 'win-rate-2'])).toBe('win-rate-3')
    expect(dimensionKeyFor('§§', [])).toBe('dimension')
  })
})

describe('parseOverrideDraft', () => {
  const { set } = aeSet()
  const reps = [
    rep({ id: 'r1', name: 'Hannah Schmidt' }),
    rep({ id: 'r2', name: 'Other', roleId: 'x' })
  ]

  it('needs a written reason', () => {
    const result = parseOverrideDraft(
      { repId: 'r1', dimensionKey: 'closed-won-revenue', target: '$270,000', reason: 'territory' },
      { set, reps, currency: 'USD' }
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.reason).toMatch(/Write why this rep/)
  })

  it('accepts a rep of the role, a dimension of the set and a money target', () => {
    const result = parseOverrideDraft(
      {
        repId: 'r1',
        dimensionKey: 'closed-won-revenue',
        target: '270000',
        reason: '  Territory re-cut:   two accounts moved to enterprise. '
      },
      { set, reps, currency: 'USD' }
    )
    expect(result).toEqual({
      ok: true,
      value: {
        repId: 'r1',
        dimensionKey: 'closed-won-revenue',
        target: 27_000_000,
        reason: 'Territory re-cut: two accounts moved to enterprise.'
      }
    })
  })

  it('refuses a rep from another role and an unknown dimension', () => {
    const result = parseOverrideDraft(
      { repId: 'r2', dimensionKey: 'nope', target: '1', reason: 'A long enough reason here.' },
      { set, reps, currency: 'USD' }
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        repId: 'This rep is in another role.',
        dimensionKey: 'Choose the expectation to change.'
      }
    })
  })
})

describe('ramp and standards', () => {
  it('places a rep in their ramp by 30-day months and says when the full target applies', () => {
    const start = '2026-09-24' // 60 days before TODAY: month 3 of 3
    expect(rampPosition({ startDate: start, rampMonths: 3 }, TODAY)).toEqual({
      month: 3,
      months: 3,
      factor: 0.75,
      fullTargetFrom: '2026-12-23'
    })
    // Day 29 is month 1, day 30 is month 2 (the edges of a month).
    expect(rampPosition({ startDate: '2026-10-25', rampMonths: 3 }, TODAY)?.month).toBe(1)
    expect(rampPosition({ startDate: '2026-10-24', rampMonths: 3 }, TODAY)?.month).toBe(2)
    // Day 90 is past a 3-month ramp.
    expect(rampPosition({ startDate: '2026-08-25', rampMonths: 3 }, TODAY)).toBeUndefined()
    expect(rampPosition({ startDate: start, rampMonths: 0 }, TODAY)).toBeUndefined()
  })

  it('prorates results targets only, after the override', () => {
    const { set } = aeSet()
    set.overrides.push({
      repId: 'diego',
      dimensionKey: 'closed-won-revenue',
      target: 20_000_000,
      reason: 'Smaller territory while the Philadelphia patch is rebuilt.',
      setAt: NOW
    })
    const diego = rep({ id: 'diego', name: 'Diego', startDate: '2026-09-24' })
    const held = standardsFor(set, diego, TODAY)
    const revenue = held.find((h) => h.dimension.key === 'closed-won-revenue')
    expect(revenue).toMatchObject({
      roleTarget: 30_000_000,
      fullTarget: 20_000_000,
      target: 15_000_000,
      rampFactor: 0.75,
      differs: true
    })
    const pipeline = held.find((h) => h.dimension.key === 'pipeline-created')
    expect(pipeline).toMatchObject({ target: 90_000_000, rampFactor: 0.75 })
    const activities = held.find((h) => h.dimension.key === 'activities')
    expect(activities).toMatchObject({ target: 25, rampFactor: 1, differs: false })
    const ramp = rampPosition(diego, TODAY)
    expect(standardNote(revenue!, ramp, 'USD')).toBe(
      'Override: at least $200,000 per quarter instead of at least $300,000 per quarter. Reason: Smaller territory while the Philadelphia patch is rebuilt. Ramp: 75% of target, month 3 of a 3-month ramp.'
    )
    expect(standardNote(activities!, ramp, 'USD')).toBe('')
  })
})

describe('fairnessReview', () => {
  it('lists every override with its reason, every rep on ramp and unusual ramp lengths', () => {
    const { set, roleId } = aeSet()
    set.overrides.push({
      repId: 'hannah',
      dimensionKey: 'closed-won-revenue',
      target: 27_000_000,
      reason: 'Territory re-cut this year.',
      setAt: '2026-01-05T10:00:00.000Z'
    })
    const reps = [
      rep({ id: 'hannah', name: 'Hannah Schmidt' }),
      rep({ id: 'diego', name: 'Diego Hernández', startDate: '2026-10-24' }),
      rep({ id: 'lee', name: 'Lee Park', startDate: '2026-07-01', rampMonths: 6 }),
      rep({ id: 'mei', name: 'Mei Chen' })
    ]
    const entries = fairnessReview(set, { id: roleId, defaultRampMonths: 3 }, reps, TODAY, 'USD')
    expect(entries.map((e) => e.summary)).toEqual([
      'Hannah Schmidt: Closed-won revenue at least $270,000 per quarter instead of at least $300,000 per quarter (90% of the role’s).',
      'Diego Hernández: 50% of target, month 2 of a 3-month ramp (Closed-won revenue, New pipeline created); full target from Jan 22, 2027.',
      'Lee Park: 71% of target, month 5 of a 6-month ramp (Closed-won revenue, New pipeline created); full target from Dec 28, 2026.',
      'Lee Park: a 6-month ramp where the role’s is 3 months.'
    ])
    expect(entries[0]).toMatchObject({ kind: 'override', reason: 'Territory re-cut this year.' })
    expect(entries.some((e) => e.repName === 'Mei Chen')).toBe(false)
  })

  it('flags overrides left behind by a removed dimension or a rep who left the role', () => {
    const { set, roleId } = aeSet()
    set.overrides.push(
      { repId: 'a', dimensionKey: 'gone', target: 1, reason: 'Old reason here.', setAt: NOW },
      { repId: 'b', dimensionKey: 'activities', target: 10, reason: 'Part-time.', setAt: NOW }
    )
    const reps = [rep({ id: 'a', name: 'Ann' }), rep({ id: 'b', name: 'Ben', roleId: 'other' })]
    const entries = fairnessReview(set, { id: roleId, defaultRampMonths: 3 }, reps, TODAY, 'USD')
    expect(entries.map((e) => [e.kind, e.summary])).toEqual([
      [
        'staleOverride',
        'Ann: an override of “gone” no longer applies (the dimension was removed).'
      ],
      [
        'staleOverride',
        'Ben: an override of “Customer activities (calls, emails, meetings, tasks)” no longer applies (the rep is in another role).'
      ]
    ])
  })

  it('is empty for a team held to one standard, and for no reps', () => {
    const { set, roleId } = aeSet()
    const role = { id: roleId, defaultRampMonths: 3 }
    expect(fairnessReview(set, role, [rep({ id: 'm', name: 'Mei' })], TODAY, 'USD')).toEqual([])
    expect(fairnessReview(set, role, [], TODAY, 'USD')).toEqual([])
  })
})

describe('formatting and small helpers', () => {
  it('writes targets in words with their unit', () => {
    const { set } = aeSet()
    const words = set.dimensions.map((d) => describeTarget(d, d.target, 'USD'))
    expect(words).toEqual([
      'at least $300,000 per quarter',
      'at least $1,200,000 per quarter',
      'at least 20% per quarter',
      'at least 25 per week',
      'at least 3 per week',
      'at least 90% per week',
      'at least 4.5 / 5 per month',
      'at most $1,500 per month'
    ])
  })

  it('turns minor units back into what a person types', () => {
    expect(minorToInput(30_000_000)).toBe('300000')
    expect(minorToInput(150_050)).toBe('1500.5')
    expect(minorToInput(-105)).toBe('-1.05')
    expect(minorToInput(5000, 0)).toBe('5000')
  })

  it('notes weights that do not add up to 100', () => {
    const { set } = aeSet()
    expect(weightNote(set.dimensions)).toBeUndefined()
    expect(weightNote(set.dimensions.slice(1))).toMatch(/add up to 70, not 100/)
    expect(weightNote([])).toBeUndefined()
  })

  it('reads one line per priority, dropping bullets, blanks and repeats', () => {
    expect(
      parseLines('- Next steps on every deal\n\n• Next steps on every deal\r\n Fewer proposals ')
    ).toEqual(['Next steps on every deal', 'Fewer proposals'])
  })
})
