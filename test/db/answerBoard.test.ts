import { describe, expect, it, vi } from 'vitest'
import { createAnswerBoard } from '../../src/renderer/src/db/analysisWorker/answerBoard'
import type { AnalysisQuestion } from '../../src/renderer/src/db/analysisWorker/protocol'

const calendar: AnalysisQuestion = { kind: 'calendar', today: '2026-12-07' }
const ASKED = '2026-12-07|calendar'

/** A worker whose answers the test hands out, one question at a time. */
function handWorker() {
  const open: {
    question: AnalysisQuestion
    answer: (v: unknown) => void
    fail: (e: Error) => void
  }[] = []
  const ask = vi.fn(
    (question: AnalysisQuestion) =>
      new Promise<unknown>((answer, fail) => open.push({ question, answer, fail }))
  )
  return { ask, open }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the answer board (what a screen shows of the analysis worker’s answers)', () => {
  it('tells a screen that opened after the question was asked when the answer comes', async () => {
    const worker = handWorker()
    const board = createAnswerBoard(worker.ask)
    // Home asks, then closes (the manager goes on to Team) before the answer comes.
    const home = vi.fn()
    const leaveHome = board.subscribe(ASKED, home)
    board.ask('s1', ASKED, calendar)
    leaveHome()
    // Team opens: the same question about the same data is not asked again.
    const team = vi.fn()
    board.subscribe(ASKED, team)
    board.ask('s1', ASKED, calendar)
    expect(worker.ask).toHaveBeenCalledTimes(1)
    expect(board.shown('s1', ASKED)).toBeUndefined()

    worker.open[0]!.answer({ days: ['2026-12-01'] })
    await settle()
    expect(team).toHaveBeenCalledTimes(1)
    expect(home).not.toHaveBeenCalled()
    expect(board.shown('s1', ASKED)).toEqual({ days: ['2026-12-01'] })
    // Answered: asking again for the same data does not reach the worker.
    board.ask('s1', ASKED, calendar)
    expect(worker.ask).toHaveBeenCalledTimes(1)
  })

  it('keeps the last answer on screen while the data moves, even one that comes late', async () => {
    const worker = handWorker()
    const board = createAnswerBoard(worker.ask)
    const screen = vi.fn()
    board.subscribe(ASKED, screen)
    board.ask('s1', ASKED, calendar)
    // The data moved before the first answer came: the screen asks about the new data.
    board.ask('s2', ASKED, calendar)
    expect(worker.ask).toHaveBeenCalledTimes(2)

    worker.open[0]!.answer('about s1')
    await settle()
    expect(screen).toHaveBeenCalledTimes(1)
    expect(board.shown('s2', ASKED)).toBe('about s1')

    worker.open[1]!.answer('about s2')
    await settle()
    expect(screen).toHaveBeenCalledTimes(2)
    expect(board.shown('s2', ASKED)).toBe('about s2')
    expect(board.shown('s1', ASKED)).toBe('about s1')
    // Stamps not read yet: the latest answer.
    expect(board.shown(undefined, ASKED)).toBe('about s2')
  })

  it('a failed answer is said once, told to the screen, and not asked again for the same data', async () => {
    const worker = handWorker()
    const failures: unknown[] = []
    const board = createAnswerBoard(worker.ask, { onFailure: (e) => failures.push(e) })
    const screen = vi.fn()
    board.subscribe(ASKED, screen)
    board.ask('s1', ASKED, calendar)
    worker.open[0]!.fail(new Error('the worker stopped'))
    await settle()
    expect(failures).toHaveLength(1)
    expect(screen).toHaveBeenCalledTimes(1)
    expect(board.shown('s1', ASKED)).toBeUndefined()
    board.ask('s1', ASKED, calendar)
    expect(worker.ask).toHaveBeenCalledTimes(1)
    // New data: asked again.
    board.ask('s2', ASKED, calendar)
    expect(worker.ask).toHaveBeenCalledTimes(2)
  })

  it('counts what it asks and what comes back, by kind', async () => {
    const worker = handWorker()
    const counted: string[] = []
    const board = createAnswerBoard(worker.ask, {
      onAsk: (kind) => counted.push(`asked ${kind}`),
      onAnswer: (kind) => counted.push(`answered ${kind}`)
    })
    board.ask('s1', ASKED, calendar)
    worker.open[0]!.answer('days')
    await settle()
    expect(counted).toEqual(['asked calendar', 'answered calendar'])
  })
})
