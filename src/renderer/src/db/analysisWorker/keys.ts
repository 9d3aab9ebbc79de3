import type { AnalysisQuestion } from './protocol'

/** FNV-1a over a string, twice with different seeds: a 64-bit hex fingerprint. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x01000193 ^ 0x2f)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/**
 * A question's identity: the day first (stored answers of other days are let go by prefix),
 * then what it asks; the stage scores the page sent count by their fingerprint.
 */
export function questionKey(question: AnalysisQuestion): string {
  switch (question.kind) {
    case 'calendar':
      return `${question.today}|calendar`
    case 'team':
      return [
        question.today,
        'team',
        JSON.stringify(question.range),
        question.teamViews ? 'views' : 'plain',
        fingerprint(JSON.stringify(question.stageScores))
      ].join('|')
    case 'repTrend':
      return [
        question.today,
        'repTrend',
        question.repId,
        JSON.stringify(question.ranges),
        fingerprint(JSON.stringify(question.stageScores))
      ].join('|')
  }
}
