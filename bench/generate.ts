/**
 * Deterministic CRM exports for the benchmark: a Salesforce opportunity report (labels as the
 * report writes them, `$12,345.00` amounts, MM/DD/YYYY dates, quoted fields with commas,
 * doubled quotes and the odd line break, and the report's footer lines) and a Salesforce
 * activity report whose rows link to those opportunities by their 15-character ids.
 * The same seed always gives the same bytes.
 */

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Dana',
  'Marcus',
  'Priya',
  'Tom',
  'Aisha',
  'Kenji',
  'Sofia',
  'Liam',
  'Chloe',
  'Mateo',
  'Grace',
  'Omar',
  'Hannah',
  'Diego',
  'Yuki',
  'Noah',
  'Fatima',
  'Ethan',
  'Ingrid',
  'Samuel',
  'Leah',
  'Ravi',
  'Olivia',
  'Jonas',
  'Mei'
]
const LAST = [
  'Whitfield',
  'Lee',
  'Raman',
  "O'Neill",
  'Bello',
  'Tanaka',
  'Rossi',
  'Murphy',
  'Dubois',
  'García',
  'Kowalski',
  'Haddad',
  'Schmidt',
  'Silva',
  'Nakamura',
  'Brooks',
  'Khan',
  'Walsh',
  'Larsen',
  'Okafor'
]

/** 50 distinct rep names ("Dana Whitfield", "Marcus Lee", …). */
export const REPS: string[] = Array.from({ length: 50 }, (_, i) => {
  const first = FIRST[i % FIRST.length] ?? 'Rep'
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] ?? `${i}`
  return `${first} ${last}`
})

const ACCOUNT_WORDS = [
  'Harbor',
  'Pinecrest',
  'Atlas',
  'Summit',
  'Bluewater',
  'Redwood',
  'Northgate',
  'Ironbridge',
  'Meridian',
  'Cedar',
  'Granite',
  'Lakeside',
  'Silverline',
  'Orchard',
  'Keystone',
  'Beacon'
]
const ACCOUNT_KINDS = [
  'Logistics',
  'Dental',
  'Printing',
  'Foods',
  'Health',
  'Capital',
  'Manufacturing',
  'Labs',
  'Retail',
  'Energy',
  'Software',
  'Hotels'
]
const ACCOUNT_SUFFIXES = ['', '', '', ', Inc.', ', LLC', ' & Sons', ', Ltd.']
const PRODUCTS = [
  'Fleet Renewal',
  'Expansion',
  '3 Clinics',
  'Renewal',
  'Pilot',
  'Enterprise Licence',
  'Add-on Seats',
  'Support Upgrade, Premium',
  'Phase 2'
]

/** Salesforce's default stages with the share of deals in each (and the report probability). */
const STAGES: [name: string, weight: number, probability: number][] = [
  ['Prospecting', 14, 10],
  ['Qualification', 12, 10],
  ['Needs Analysis', 10, 20],
  ['Value Proposition', 8, 50],
  ['Id. Decision Makers', 6, 60],
  ['Perception Analysis', 4, 70],
  ['Proposal/Price Quote', 8, 75],
  ['Negotiation/Review', 6, 90],
  ['Closed Won', 18, 100],
  ['Closed Lost', 14, 0]
]
const STAGE_TOTAL = STAGES.reduce((s, [, w]) => s + w, 0)

const NEXT_STEPS = [
  'Send revised quote',
  'Send proposal, then call',
  'Legal review',
  'Demo for the "ops" team, Tuesday',
  'Follow up with CFO',
  '',
  '',
  'Schedule QBR, confirm budget',
  'Waiting on procurement'
]
const LEAD_SOURCES = ['Web', 'Partner Referral', 'Trade Show', 'Cold Call', 'Advertisement']
const TYPES = ['New Business', 'Existing Customer - Upgrade', 'Existing Customer - Renewal']

const ACTIVITY_TYPES: [type: string, weight: number][] = [
  ['Call', 45],
  ['Email', 35],
  ['Meeting', 12],
  ['Task', 8]
]
const SUBJECTS: Record<string, string[]> = {
  Call: ['Call: pricing follow-up', 'Discovery call', 'Call - check in, next steps'],
  Email: ['Email: revised quote', 'Sent proposal', 'Email: "Q3 pricing", reply needed'],
  Meeting: ['Quarterly business review', 'On-site demo, plant tour', 'Kick-off meeting'],
  Task: ['Update opportunity', 'Prepare contract, send for signature', 'Follow-up']
}

const pick = <T>(rnd: () => number, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)] as T

function weighted<T extends [string, number, ...unknown[]]>(
  rnd: () => number,
  items: readonly T[],
  total: number
): T {
  let r = rnd() * total
  for (const item of items) {
    r -= item[1]
    if (r < 0) return item
  }
  return items[items.length - 1] as T
}

const ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A 15-character Salesforce id: key prefix, pod, then the counter in base 62. */
export function salesforceId(prefix: string, n: number): string {
  let tail = ''
  let v = n
  for (let i = 0; i < 9; i++) {
    tail = ID_CHARS.charAt(v % 62) + tail
    v = Math.floor(v / 62)
  }
  return `${prefix}5g0${tail}`
}

const DAY = 86_400_000
const BASE = Date.UTC(2024, 0, 1)

/** MM/DD/YYYY, as US Salesforce reports write dates. */
function usDate(dayOffset: number): string {
  const d = new Date(BASE + dayOffset * DAY)
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(d.getUTCDate()).padStart(2, '0')
  return `${mm}/${dd}/${d.getUTCFullYear()}`
}

/** $12,345.00 */
function usd(cents: number): string {
  const dollars = Math.floor(cents / 100)
  return `$${dollars.toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`
}

/** Quotes every field, as Salesforce does; inner quotes are doubled. */
function csvLine(cells: string[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? ''
    line += (i === 0 ? '"' : ',"') + (c.includes('"') ? c.replace(/"/g, '""') : c) + '"'
  }
  return line
}

export interface GeneratedOpportunity {
  id: string
  name: string
  owner: string
  createdDay: number
}

export interface GeneratedFile {
  fileName: string
  text: string
  /** Data rows (footer lines not counted). */
  rows: number
}

export const OPPORTUNITY_HEADERS = [
  'Opportunity Owner',
  'Account Name',
  'Opportunity Name',
  'Stage',
  'Amount',
  'Probability (%)',
  'Close Date',
  'Created Date',
  'Next Step',
  'Lead Source',
  'Type',
  'Opportunity ID'
]

export const ACTIVITY_HEADERS = [
  'Assigned',
  'Activity Type',
  'Subject',
  'Date',
  'Call Duration (seconds)',
  'Related To',
  'Opportunity ID',
  'Activity ID'
]

/** The opportunities every generated file agrees on (owners, ids, dates), from the seed. */
export function opportunityKeys(count: number, seed = 20261123): GeneratedOpportunity[] {
  const rnd = seededRandom(seed)
  const out: GeneratedOpportunity[] = []
  for (let i = 0; i < count; i++) {
    const account =
      `${pick(rnd, ACCOUNT_WORDS)} ${pick(rnd, ACCOUNT_KINDS)}` + pick(rnd, ACCOUNT_SUFFIXES)
    out.push({
      id: salesforceId('006', i + 1),
      name: `${account} - ${pick(rnd, PRODUCTS)}`,
      // A few reps own more deals than others, as on any real team.
      owner: REPS[Math.floor(Math.pow(rnd(), 1.3) * REPS.length)] ?? 'Dana Whitfield',
      createdDay: Math.floor(rnd() * 900)
    })
  }
  return out
}

/** A Salesforce opportunity report of `count` deals, with its three footer lines. */
export function opportunitiesCsv(count: number, seed = 20261123): GeneratedFile {
  const keys = opportunityKeys(count, seed)
  const rnd = seededRandom(seed ^ 0x5eed)
  const lines: string[] = [csvLine(OPPORTUNITY_HEADERS)]
  for (const k of keys) {
    const [stage, , probability] = weighted(rnd, STAGES, STAGE_TOTAL)
    const closeDay = k.createdDay + 14 + Math.floor(rnd() * 180)
    const amount = rnd() < 0.05 ? '' : usd(50_000 + Math.floor(rnd() * 25_000_000))
    let nextStep = pick(rnd, NEXT_STEPS)
    // About one deal in 200 has a next step typed over two lines.
    if (rnd() < 0.005) nextStep = `${nextStep}\nthen confirm in writing`
    const account = k.name.slice(0, k.name.lastIndexOf(' - '))
    lines.push(
      csvLine([
        k.owner,
        account,
        k.name,
        stage,
        amount,
        String(probability),
        usDate(closeDay),
        usDate(k.createdDay),
        nextStep,
        pick(rnd, LEAD_SOURCES),
        pick(rnd, TYPES),
        k.id
      ])
    )
  }
  lines.push(
    '',
    `"Grand Totals (${count.toLocaleString('en-US')} records)"`,
    '"Confidential Information - Do Not Distribute"',
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."'
  )
  return { fileName: 'opportunities.csv', text: lines.join('\r\n') + '\r\n', rows: count }
}

/**
 * A Salesforce activity report of `count` calls, emails, meetings and tasks; each links to
 * one of the first `opportunities` deals (so import those first) by its 15-character id.
 */
export function activitiesCsv(
  count: number,
  opportunities: number,
  seed = 20261123
): GeneratedFile {
  const keys = opportunityKeys(opportunities, seed)
  const rnd = seededRandom(seed ^ 0xac71)
  const typeTotal = ACTIVITY_TYPES.reduce((s, [, w]) => s + w, 0)
  const lines: string[] = [csvLine(ACTIVITY_HEADERS)]
  for (let i = 0; i < count; i++) {
    const opp = pick(rnd, keys)
    const [type] = weighted(rnd, ACTIVITY_TYPES, typeTotal)
    const duration = type === 'Call' ? String(30 + Math.floor(rnd() * 1800)) : ''
    lines.push(
      csvLine([
        opp.owner,
        type,
        pick(rnd, SUBJECTS[type] ?? ['Follow-up']),
        usDate(opp.createdDay + Math.floor(rnd() * 120)),
        duration,
        opp.name,
        opp.id,
        salesforceId('00T', i + 1)
      ])
    )
  }
  lines.push(
    '',
    `"Grand Totals (${count.toLocaleString('en-US')} records)"`,
    '"Confidential Information - Do Not Distribute"',
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."'
  )
  return { fileName: 'activities.csv', text: lines.join('\r\n') + '\r\n', rows: count }
}
