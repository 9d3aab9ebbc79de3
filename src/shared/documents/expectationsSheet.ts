import { format, parseISO } from 'date-fns'
import type { CalendarDate, ExpectationSet, Rep, Role } from '../domain'
import {
  describeRamp,
  describeTarget,
  METRICS,
  rampPosition,
  standardsFor,
  type HeldStandard
} from '../expectations'
import type { DocumentBlock, DocumentModel } from './model'

export interface ExpectationsSheetInput {
  rep: Pick<Rep, 'id' | 'name' | 'startDate' | 'rampMonths' | 'territory' | 'email'>
  role: Pick<Role, 'name' | 'description' | 'defaultRampMonths'>
  set: ExpectationSet
  /** The workspace currency, for money targets that carry none. */
  currency: string
  /** The day the sheet is made: ramp position and the date printed on it. */
  today: CalendarDate
  managerName?: string
  teamName?: string
}

const longDate = (d: CalendarDate): string => format(parseISO(d), 'MMMM d, yyyy')

/** The "Target" cell: what the rep is held to, marked when it is not the role's. */
function targetCell(s: HeldStandard, currency: string): string {
  const held = describeTarget(s.dimension, s.target, currency)
  const marks = [
    ...(s.override ? ['your own target, see below'] : []),
    ...(s.rampFactor < 1 ? [`ramp: ${Math.round(s.rampFactor * 100)}%`] : [])
  ]
  return marks.length > 0 ? `${held} (${marks.join('; ')})` : held
}

/** "CRM hygiene (% of open deals …)" → "CRM hygiene": the measure column explains the rest. */
const shortLabel = (label: string): string => label.replace(/\s*\([^)]*\)\s*$/, '') || label

function rampText(input: ExpectationsSheetInput, standards: HeldStandard[]): string {
  const ramp = rampPosition(input.rep, input.today)
  if (!ramp)
    return input.rep.rampMonths > 0
      ? `Your ${input.rep.rampMonths}-month ramp is complete: the full standard applies.`
      : 'No ramp: the full standard applies.'
  const prorated = standards
    .filter((s) => s.rampFactor < 1)
    .map((s) => s.dimension.label.toLowerCase())
  if (prorated.length === 0)
    return `Month ${ramp.month} of a ${ramp.months}-month ramp, until ${longDate(ramp.fullTargetFrom)}; this plan has no results targets to prorate, so the full standard applies.`
  return `${describeRamp(ramp)}: until ${longDate(ramp.fullTargetFrom)} the results targets (${prorated.join(', ')}) are prorated; activity, quality and hygiene standards apply in full from day one.`
}

/**
 * The rep's expectations sheet: one page a rep can keep, with the role, every expectation with
 * its target and how it is measured, their ramp and any target set differently for them (with
 * the reason), the team's priorities and what the team stops doing, and the date.
 */
export function expectationsSheet(input: ExpectationsSheetInput): DocumentModel {
  const { rep, role, set, currency, today } = input
  const standards = standardsFor(set, rep, today)
  const blocks: DocumentBlock[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Rep', value: [rep.name, rep.territory].filter(Boolean).join(', ') },
        { label: 'Role', value: `${role.name}, started ${longDate(rep.startDate)}` },
        {
          label: 'Date',
          value: `${longDate(today)}${input.managerName ? `, from ${input.managerName}` : ''}`
        }
      ]
    }
  ]
  if (role.description.trim()) blocks.push({ kind: 'paragraph', text: role.description.trim() })

  blocks.push({ kind: 'heading', level: 2, text: 'What is expected' })
  if (standards.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No expectations are written down for this role yet.' })
  } else {
    blocks.push({
      kind: 'table',
      columns: ['Expectation', 'Target', 'How it is measured'],
      rows: standards.map((s) => [
        `${shortLabel(s.dimension.label)} (${s.dimension.indicator}, weight ${s.dimension.weight})`,
        targetCell(s, currency),
        METRICS[s.dimension.metric].measuredAs
      ])
    })
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: 'Leading measures predict results; lagging measures are the results. The weight is each expectation’s share of the whole.'
    })
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Ramp' })
  blocks.push({ kind: 'paragraph', text: rampText(input, standards) })

  const overrides = standards.filter((s) => s.override)
  if (overrides.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Targets set differently for you' })
    blocks.push({
      kind: 'list',
      items: overrides.map(
        (s) =>
          `${s.dimension.label}: ${describeTarget(s.dimension, s.fullTarget, currency)} instead of ${describeTarget(s.dimension, s.roleTarget, currency)}. Reason: ${s.override?.reason ?? ''}`
      )
    })
  }

  const period = set.prioritiesPeriod ? `, ${set.prioritiesPeriod}` : ''
  blocks.push({ kind: 'heading', level: 2, text: `Team priorities${period}` })
  blocks.push(
    set.teamPriorities.length > 0
      ? { kind: 'list', items: [...set.teamPriorities] }
      : { kind: 'paragraph', tone: 'muted', text: 'No team priorities written down.' }
  )
  blocks.push({ kind: 'paragraph', tone: 'strong', text: 'What the team stops doing' })
  blocks.push(
    set.stopDoing.length > 0
      ? { kind: 'list', items: [...set.stopDoing] }
      : { kind: 'paragraph', tone: 'muted', text: 'Nothing written down.' }
  )

  return {
    title: `Expectations: ${rep.name}`,
    subtitle: [role.name, input.teamName].filter(Boolean).join(' · '),
    ...(input.managerName ? { author: input.managerName } : {}),
    createdOn: today,
    footer: `Expectations sheet for ${rep.name}, ${role.name}, as of ${longDate(today)}`,
    blocks
  }
}

/** A file name for the sheet: "Expectations - Diego Hernandez - 2026-12-01". */
export function expectationsSheetFileName(repName: string, today: CalendarDate): string {
  const plain = repName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 .-]+/g, '')
    .trim()
  return `Expectations - ${plain || 'rep'} - ${today}`
}
