import type { ChecklistTemplate, Observation, RolePlayScenario, SalesProcess } from '../domain'
import { answerOf, answerText, formatClock, KIND_LABELS, scoreObservation } from '../observations'
import type { DocumentBlock, DocumentModel } from './model'
import { formatDay } from '../words/dates'
import { transcriptBlocks } from './observationTranscript'

export interface ObservationDocumentInput {
  observation: Observation
  /** The version the observation was scored with (never the latest). */
  template: ChecklistTemplate
  repName: string
  managerName?: string
  process?: SalesProcess
  opportunityName?: string
  scenario?: RolePlayScenario
  /** yyyy-MM-dd, passed in: shared code has no clock. */
  createdOn: string
  /** The workspace's locale: how days are written (en-US when absent). */
  locale?: string
}

const yesNo = (b: boolean | undefined) => (b === undefined ? 'Not recorded' : b ? 'Yes' : 'No')
const orDash = (text: string | undefined) => (text?.trim() ? text.trim() : '—')

/**
 * One observation as a document the rep can read: what was planned, how each point of the
 * checklist was scored, what happened, what the rep said, and one strength and one focus.
 * Manager-only material does not exist on observations, so nothing is left out.
 */
export function observationDocument(input: ObservationDocumentInput): DocumentModel {
  const { observation: o, template } = input
  const stage = input.process?.stages.find((s) => s.key === o.stageKey)?.name ?? o.stageKey
  const result = scoreObservation(o, template)
  const kind = KIND_LABELS[o.kind]
  const day = (d: string | undefined) => formatDay(d, input.locale)
  const what =
    o.kind === 'rolePlay'
      ? (input.scenario?.title ?? 'Role-play')
      : input.opportunityName || o.opportunityLabel || '—'

  const blocks: DocumentBlock[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Rep', value: input.repName },
        // No name in Settings: the line is left out rather than "Observed by —".
        ...(input.managerName?.trim()
          ? [{ label: 'Observed by', value: input.managerName.trim() }]
          : []),
        { label: 'Kind', value: kind },
        { label: 'Stage', value: stage },
        { label: 'Date', value: day(o.date) },
        { label: o.kind === 'rolePlay' ? 'Scenario' : 'Opportunity', value: what },
        {
          label: 'Score',
          value:
            result.percent === undefined
              ? 'Not scored'
              : `${result.percent}% (${result.scored} criteria scored, ${result.notApplicable} not applicable)`
        },
        {
          label: 'Must criteria',
          value: result.passed
            ? 'All met'
            : `Not met: ${result.failedMusts.map((m) => m.criterion.label).join('; ')}`
        }
      ]
    }
  ]

  if (o.plan) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Pre-call plan' },
      {
        kind: 'fields',
        fields: [
          { label: 'What to say', value: orDash(o.plan.whatToSay) },
          { label: 'What to ask for', value: orDash(o.plan.whatToAskFor) },
          { label: 'Desired next step', value: orDash(o.plan.desiredNextStep) },
          { label: 'Your objective', value: orDash(o.plan.repObjective) }
        ]
      }
    )
  }

  if (o.callReference) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'The call' },
      {
        kind: 'fields',
        fields: [
          { label: 'Recording', value: orDash(o.callReference.reference) },
          { label: 'Call date', value: day(o.callReference.date) },
          {
            label: 'Duration',
            value:
              o.callReference.durationSeconds === undefined
                ? '—'
                : formatClock(o.callReference.durationSeconds)
          }
        ]
      }
    )
  }
  if (o.notes.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Notes on the recording' },
      { kind: 'table', columns: ['Time', 'Note'], rows: o.notes.map((n) => [n.at, n.text]) }
    )
  }

  if (o.kind === 'rolePlay' && input.scenario) {
    const s = input.scenario
    blocks.push(
      { kind: 'heading', level: 2, text: 'The scenario' },
      {
        kind: 'fields',
        fields: [
          { label: 'Situation', value: s.situation },
          { label: 'Buyer', value: s.buyerPersona },
          { label: 'Attempt', value: String(o.attempt ?? 1) },
          {
            label: 'Time',
            value: o.elapsedSeconds === undefined ? '—' : formatClock(o.elapsedSeconds)
          }
        ]
      },
      { kind: 'paragraph', text: 'What you were asked to achieve:', tone: 'strong' },
      { kind: 'list', items: [...s.objectives] }
    )
  }

  blocks.push(
    {
      kind: 'heading',
      level: 2,
      text: `Checklist: ${template.name} (version ${template.version})`
    },
    {
      kind: 'table',
      columns: ['Criterion', 'Score', 'Weight'],
      rows: template.criteria.map((c) => [
        c.must ? `${c.label} (must)` : c.label,
        answerText(c, answerOf(o, c.key)),
        c.type === 'text' ? '—' : String(c.weight)
      ])
    },
    ...transcriptBlocks(o, template)
  )

  if (o.kind !== 'rolePlay') {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Outcome against the plan' },
      {
        kind: 'fields',
        fields: [
          { label: 'Desired next step agreed', value: yesNo(o.nextStepAgreed) },
          { label: 'What happened', value: orDash(o.outcome) }
        ]
      }
    )
  }

  blocks.push(
    { kind: 'heading', level: 2, text: 'Your self-assessment' },
    { kind: 'paragraph', text: orDash(o.selfAssessment) },
    { kind: 'heading', level: 2, text: 'One strength' },
    { kind: 'paragraph', text: orDash(o.strength), tone: 'strong' },
    { kind: 'heading', level: 2, text: 'One focus' },
    { kind: 'paragraph', text: orDash(o.focus), tone: 'strong' }
  )

  return {
    title: `${kind}: ${input.repName}`,
    subtitle: `${stage} · ${day(o.date)}`,
    author: input.managerName || undefined,
    createdOn: input.createdOn,
    ...(input.locale ? { locale: input.locale } : {}),
    footer: `${kind} on ${day(o.date)}, scored with "${template.name}" version ${template.version}`,
    blocks
  }
}
