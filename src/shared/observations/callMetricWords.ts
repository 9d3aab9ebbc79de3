import type { CallMetricKey, CallTranscript } from '../domain'
import { formatTime, typicalRange } from '../transcripts'

/** How each stored metric reads, in a table cell or a trend. */
export const CALL_METRIC_LABELS: Record<CallMetricKey, string> = {
  talkRatio: 'Talk ratio (rep)',
  longestMonologue: 'Longest monologue',
  repQuestions: 'Questions asked by the rep',
  customerQuestions: 'Questions asked by the customer',
  switchesPerMinute: 'Speaker switches per minute',
  repShareLastFive: 'Rep’s share of the last five minutes',
  fillerWords: 'Filler words (rep)',
  nextStep: 'Next step with a date'
}

export const CALL_METRIC_KEYS = Object.keys(CALL_METRIC_LABELS) as CallMetricKey[]

const decimal = (n: number) => (Math.round(n * 10) / 10).toString()

/** One stored value as a person reads it: "25 %", "1:30", "3", "2.5 per 100 words", "Yes". */
export function callMetricText(
  key: CallMetricKey,
  value: number | null | undefined,
  basis: CallTranscript['metricBasis']
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  switch (key) {
    case 'talkRatio':
    case 'repShareLastFive':
      return `${Math.round(value * 100)} %`
    case 'longestMonologue':
      return basis === 'time' ? formatTime(value) : `${Math.round(value)} words`
    case 'repQuestions':
    case 'customerQuestions':
      return String(Math.round(value))
    case 'switchesPerMinute':
      return `${decimal(value)} a minute`
    case 'fillerWords':
      return `${decimal(value)} per 100 words`
    case 'nextStep':
      return value >= 1 ? 'Yes' : 'No'
  }
}

/**
 * The team's typical range for a metric, in words: the middle half of earlier reviewed calls
 * ("20 %–45 % (middle half of 8 earlier calls)"), or why there is none yet.
 */
export function typicalRangeText(
  key: CallMetricKey,
  earlier: readonly number[],
  basis: CallTranscript['metricBasis']
): string {
  const range = typicalRange([...earlier])
  if (!range)
    return earlier.length === 0
      ? 'No earlier reviewed calls yet'
      : `Needs 3 earlier reviewed calls (${earlier.length} so far)`
  const calls = `${range.count} earlier calls`
  if (key === 'nextStep') {
    const yes = earlier.filter((v) => v >= 1).length
    return `Proposed in ${yes} of ${calls}`
  }
  const low = callMetricText(key, range.low, basis)
  const high = callMetricText(key, range.high, basis)
  return low === high
    ? `${low} (middle half of ${calls})`
    : `${low} to ${high} (middle half of ${calls})`
}
