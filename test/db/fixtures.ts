import type { Clock } from '../../src/shared/domain'
import type { RepositoryContext } from '../../src/renderer/src/db/repository'

/** A clock the test moves by hand, and ids that count up: repositories get both injected. */
export function testContext(
  start = '2026-11-23T09:00:00.000Z'
): RepositoryContext & { advance(ms: number): void } {
  let now = new Date(start).getTime()
  let n = 0
  const clock: Clock = { now: () => new Date(now) }
  return {
    clock,
    newId: () => `id-${++n}`,
    advance: (ms) => {
      now += ms
    }
  }
}
