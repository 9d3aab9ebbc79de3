/**
 * Every screen's address, in one typed module: a feature links to another feature's screen
 * through these, never by importing it (issue 16). app/App.tsx declares the matching routes.
 */
const segment = encodeURIComponent

type Query = Record<string, string | undefined>

/** `?a=1&b=2` from the defined values ('' when there are none). */
export function queryString(params: Query): string {
  const text = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)
  ).toString()
  return text ? `?${text}` : ''
}

export const screens = {
  home: '/home',
  team: '/team',
  roles: '/team/roles',
  /** A rep's page; `search` keeps the team screen's period (e.g. `?period=…`). */
  rep: (repId: string, search = '') => `/team/${segment(repId)}${search}`,
  dashboard: '/dashboard',
  expectations: '/expectations',
  observations: '/observations',
  scenarios: '/observations/scenarios',
  observation: (id: string) => `/observations/${segment(id)}`,
  newObservation: (params: Query) => `/observations/new${queryString(params)}`,
  plans: '/plans',
  /** "Verify a document": which plan and export a PDF or DOCX is (issue 17). */
  verifyDocument: '/plans/verify',
  plan: (planId: string) => `/plans/${segment(planId)}`,
  editPlan: (planId: string) => `/plans/${segment(planId)}/edit`,
  newPlan: (params: Query) => `/plans/new${queryString(params)}`,
  oneOnOnes: (params: Query = {}) => `/one-on-ones${queryString(params)}`,
  prep: (repId: string, params: Query = {}) =>
    `/one-on-ones/prep/${segment(repId)}${queryString(params)}`,
  meeting: (id: string) => `/one-on-ones/${segment(id)}`,
  import: '/import',
  settings: (params: Query = {}) => `/settings${queryString(params)}`,
  salesProcess: '/settings/sales-process',
  checklists: '/settings/checklists',
  checklist: (templateKey: string) => `/settings/checklists/${segment(templateKey)}`
} as const
