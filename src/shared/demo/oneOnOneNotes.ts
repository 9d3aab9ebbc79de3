import type { Archetype } from './types'

/** What the manager wrote in past 1:1s and what was agreed, per situation. */
export interface OneOnOneContent {
  notes: readonly string[]
  repActions: readonly string[]
  managerActions: readonly string[]
  privateNote?: string
  developmentTopic: string
}

export function oneOnOneContent(archetype: Archetype, stageName: string): OneOnOneContent {
  switch (archetype) {
    case 'topProducerPoorHygiene':
      return {
        notes: [
          'Strong quarter again; walked through the three largest deals. Many older deals have no next step and a close date that has passed.',
          'Reviewed the forecast. Marcus calls the CRM "admin"; explained that delivery and the forecast depend on it and that the standard is the same for everyone.',
          'Talked about the renewal strategy for his biggest account. Stale deals still not cleaned up.'
        ],
        repActions: [
          'Update the next step and close date on every open deal',
          'Close out or re-date deals with no activity in 45 days',
          'Log meetings in the CRM the same day'
        ],
        managerActions: ['Send the list of stale deals before Friday'],
        privateNote: 'If nothing changes by month end, start a coaching plan on CRM hygiene.',
        developmentTopic: 'CRM discipline'
      }
    case 'spotlessCrmCannotClose':
      return {
        notes: [
          'Pipeline is tidy and current. Walked through three deals lost in negotiation; in each, nobody asked for a decision.',
          'Activity well above the team. Talked about asking for the business; agreed to practise the close in a role-play.',
          'Discussed price objections and discounting before the customer asks.'
        ],
        repActions: [
          'Role-play the price objection with the manager',
          'Ask for a decision date in every proposal meeting',
          'Write down the moment each of the last three lost deals was lost'
        ],
        managerActions: ['Book a ride-along for the next proposal meeting'],
        developmentTopic: 'Closing'
      }
    case 'newRepOnRamp':
      return {
        notes: [
          'Ramp check-in. Lots of meetings booked; few end with a next step. Agreed what a good discovery meeting looks like.',
          'Reviewed the three proposals. None has a confirmed decision maker or a decision date.',
          'Onboarding on track; product certification done.'
        ],
        repActions: [
          'Write a pre-call plan for every first meeting',
          'Ask for a dated next step at the end of each meeting',
          'Confirm the decision maker on each of the three proposals'
        ],
        managerActions: ['Ride along on a discovery meeting next week'],
        developmentTopic: 'Discovery meetings'
      }
    case 'lowActivity':
      return {
        notes: [
          'Activity is well below the team standard. Talked about what gets in the way; agreed on two prospecting blocks a day.',
          'Went through the structured sales day: calls before 11, meetings after lunch, CRM at 4.',
          'Pipeline for next quarter is thin; chose the target accounts together.'
        ],
        repActions: [
          'Two 90-minute prospecting blocks in the calendar every day',
          'Book five first meetings this week',
          'Send the weekly activity summary on Friday'
        ],
        managerActions: ['Share the target account list for the territory'],
        privateNote: 'HR informed; performance improvement plan being drafted.',
        developmentTopic: 'Prospecting'
      }
    case 'stallsAtStage':
      return {
        notes: [
          `Lots of deals at ${stageName}; few move on. Walked through two of them: no economic buyer in either.`,
          `Call review follow-up: practised the ${stageName} conversation and the hard questions.`,
          'Talked about disqualifying earlier so the pipeline shows what is real.'
        ],
        repActions: [
          `Name the economic buyer on every deal at ${stageName}`,
          `Close out deals stuck at ${stageName} for 60+ days`,
          'Role-play the budget conversation'
        ],
        managerActions: ['Send two examples of strong qualification calls'],
        developmentTopic: `Moving deals past ${stageName}`
      }
    case 'steady':
      return {
        notes: [
          'Good quarter and on track. Discussed the two largest deals and the plan to land them.',
          'Pipeline coverage is healthy. Talked about development: leading the next team call on discovery.',
          'Walked through the forecast; no concerns.'
        ],
        repActions: [
          'Bring a second stakeholder into the two largest deals',
          'Lead the team call on discovery',
          'Send the mutual action plan to the customer'
        ],
        managerActions: ['Introduce to the marketing lead for the spring event'],
        developmentTopic: 'Multi-threading large deals'
      }
  }
}
