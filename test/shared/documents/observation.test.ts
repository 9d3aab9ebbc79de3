import { describe, expect, it } from 'vitest'
import { createDefaultSalesProcess } from '../../../src/shared/defaults'
import { DocumentModel, documentToText } from '../../../src/shared/documents'
import { observationDocument } from '../../../src/shared/documents/observation'
import type { RolePlayScenario } from '../../../src/shared/domain'
import { crit, NOW, observation, template } from '../observations/support'

const process = createDefaultSalesProcess('p1', NOW)
const checklist = template('t1', [
  crit('plan', 'yesNo', 3, true),
  crit('questions', 'scale4', 2),
  crit('agenda', 'yesNo', 1),
  crit('words', 'text', 0)
])

const rideAlong = observation(
  { plan: 'yes', questions: '3', agenda: 'na', words: 'They lose a shift a week' },
  {
    plan: {
      whatToSay: 'Recap the downtime',
      whatToAskFor: 'Access to the COO',
      desiredNextStep: 'Meeting with the COO',
      repObjective: 'Find out who signs'
    },
    nextStepAgreed: true,
    outcome: 'COO meeting on Thursday',
    selfAssessment: 'Rushed the agenda',
    strength: 'Quantified the downtime',
    focus: 'Agree the agenda first',
    opportunityLabel: 'Northwind renewal'
  }
)

describe('observationDocument', () => {
  it('leaves out "Observed by" when Settings has no manager name', () => {
    for (const managerName of [undefined, '  ']) {
      const text = documentToText(
        observationDocument({
          observation: rideAlong,
          template: checklist,
          repName: 'Dana Okafor',
          managerName,
          process,
          createdOn: '2026-11-25'
        })
      )
      expect(text).toContain('Rep: Dana Okafor')
      expect(text).not.toContain('Observed by')
    }
  })

  it('has every section the rep reads: facts, plan, checklist with scores, outcome, feedback', () => {
    const doc = observationDocument({
      observation: rideAlong,
      template: checklist,
      repName: 'Dana Okafor',
      managerName: 'Jordan Ellis',
      process,
      createdOn: '2026-11-25'
    })
    expect(DocumentModel.parse(doc)).toEqual(doc)
    const text = documentToText(doc)
    for (const line of [
      'Ride-along: Dana Okafor',
      'Discover · Nov 2, 2026',
      'Prepared by Jordan Ellis',
      'Rep: Dana Okafor',
      'Observed by: Jordan Ellis',
      'Stage: Discover',
      'Opportunity: Northwind renewal',
      // plan 3×1 + questions 2×(2/3) over weights 5 = 87%; agenda is NA.
      'Score: 87% (2 criteria scored, 1 not applicable)',
      'Must criteria: All met',
      'Pre-call plan',
      'What to say: Recap the downtime',
      'What to ask for: Access to the COO',
      'Desired next step: Meeting with the COO',
      'Your objective: Find out who signs',
      'Checklist: Test checklist (version 1)',
      'Criterion | Score | Weight',
      'Criterion plan (must) | Yes | 3',
      'Criterion questions | 3 of 4 | 2',
      'Criterion agenda | Not applicable | 1',
      'Criterion words | They lose a shift a week | —',
      'Desired next step agreed: Yes',
      'What happened: COO meeting on Thursday',
      'Your self-assessment',
      'Rushed the agenda',
      'One strength',
      'Quantified the downtime',
      'One focus',
      'Agree the agenda first',
      'Ride-along on Nov 2, 2026, scored with "Test checklist" version 1'
    ])
      expect(text.split('\n'), line).toContain(line)
  })

  it('names the must criteria not met', () => {
    const failed = { ...rideAlong, scores: [{ criterionKey: 'plan', value: 'no' }] }
    const text = documentToText(
      observationDocument({
        observation: failed,
        template: checklist,
        repName: 'Dana',
        createdOn: '2026-11-25'
      })
    )
    expect(text).toContain('Must criteria: Not met: Criterion plan')
    expect(text).toContain('Criterion questions | Not scored | 2')
  })

  it('a call review shows the call and its notes; a role-play its scenario, attempt and time', () => {
    const call = observation(
      {},
      {
        kind: 'callReview',
        callReference: { reference: 'call-0412.mp3', date: '2026-11-01', durationSeconds: 1420 },
        notes: [{ at: '03:10', text: 'Skipped the agenda' }]
      }
    )
    const callText = documentToText(
      observationDocument({
        observation: call,
        template: checklist,
        repName: 'Dana',
        createdOn: '2026-11-25'
      })
    )
    expect(callText).toContain('Recording: call-0412.mp3')
    expect(callText).toContain('Duration: 23:40')
    expect(callText).toContain('03:10 | Skipped the agenda')

    const scenario: RolePlayScenario = {
      id: 's1',
      createdAt: NOW,
      updatedAt: NOW,
      stageKey: 'propose',
      title: 'Price objection',
      situation: 'The incumbent is cheaper',
      buyerPersona: 'Operations director',
      objections: ['Too expensive'],
      objectives: ['Find the comparison'],
      difficulty: 'medium'
    }
    const rp = observation(
      {},
      { kind: 'rolePlay', scenarioId: 's1', attempt: 3, elapsedSeconds: 312, stageKey: 'propose' }
    )
    const rpText = documentToText(
      observationDocument({
        observation: rp,
        template: checklist,
        repName: 'Dana',
        process,
        scenario,
        createdOn: '2026-11-25'
      })
    )
    expect(rpText).toContain('Role-play: Dana')
    expect(rpText).toContain('Scenario: Price objection')
    expect(rpText).toContain('Attempt: 3')
    expect(rpText).toContain('Time: 05:12')
    expect(rpText).toContain('- Find the comparison')
    expect(rpText).not.toContain('Outcome against the plan')
  })
})
