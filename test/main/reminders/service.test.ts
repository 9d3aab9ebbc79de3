import { describe, expect, it, vi } from 'vitest'
import { REMINDER_GRACE_MS, createReminderService } from '../../../src/main/reminders/service'
import { ScheduleRemindersInput } from '../../../src/shared/ipc/contract'
import { remindersFor, type Reminder } from '../../../src/shared/reminders'
import { sampleCheckIns, sampleMilestones, samplePlan } from '../../shared/plans/fixtures'

const T0 = Date.parse('2026-12-01T07:00:00.000Z')
const MIN = 60_000
const HOUR = 60 * MIN

/** Timers and a wall clock the test moves by hand. */
function fakeTime() {
  let now = T0
  let nextId = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => now,
    setTimeout: (callback: () => void, ms: number) => {
      const id = nextId++
      timers.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    pending: () => timers.size,
    advance(ms: number) {
      const end = now + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].callback()
      }
      now = end
    }
  }
}

/** Electron's Notification stand-in: records what was shown. */
function fakeNotifications(supported = true) {
  const shown: { title: string; body: string }[] = []
  const clicks: (() => void)[] = []
  class FakeNotification {
    static isSupported = () => supported
    constructor(private readonly options: { title: string; body: string }) {}
    on(_event: 'click', listener: () => void) {
      clicks.push(listener)
      return this
    }
    show() {
      shown.push({ title: this.options.title, body: this.options.body })
    }
  }
  return { FakeNotification, shown, clicks }
}

const reminder = (id: string, at: number, title = `Reminder ${id}`): Reminder => ({
  id,
  at: new Date(at).toISOString(),
  title,
  body: `Body ${id}`
})

function setup(supported = true) {
  const time = fakeTime()
  const n = fakeNotifications(supported)
  const emit = vi.fn()
  const onClick = vi.fn()
  const service = createReminderService({
    Notification: n.FakeNotification,
    emit,
    onClick,
    now: time.now,
    setTimeout: time.setTimeout,
    clearTimeout: time.clearTimeout,
    log: vi.fn()
  })
  const schedule = (reminders: Reminder[]) => service.handlers['reminders:schedule']({ reminders })
  return { time, ...n, emit, onClick, service, schedule }
}

describe('reminder service (main)', () => {
  it('shows a desktop notification at the reminder time and tells the window', async () => {
    const { time, shown, emit, schedule } = setup()
    await expect(schedule([reminder('a', T0 + 90 * MIN, '1:1 with Dana today')])).resolves.toEqual({
      scheduled: 1
    })
    time.advance(90 * MIN - 1)
    expect(shown).toEqual([])
    time.advance(1)
    expect(shown).toEqual([{ title: '1:1 with Dana today', body: 'Body a' }])
    expect(emit).toHaveBeenCalledExactlyOnceWith({ title: '1:1 with Dana today', body: 'Body a' })
  })

  it('replaces the list on every schedule call and shows each reminder once', async () => {
    const { time, shown, schedule } = setup()
    await schedule([reminder('a', T0 + HOUR), reminder('b', T0 + 2 * HOUR)])
    // The renderer sends the list again after a change: b was removed (commitment done).
    await expect(schedule([reminder('a', T0 + HOUR)])).resolves.toEqual({ scheduled: 1 })
    expect(time.pending()).toBe(1)
    time.advance(HOUR)
    await schedule([reminder('a', T0 + HOUR), reminder('c', T0 + 3 * HOUR)])
    time.advance(5 * HOUR)
    expect(shown.map((s) => s.title)).toEqual(['Reminder a', 'Reminder c'])
  })

  it('shows at once a reminder missed by less than the grace period, never an older one', async () => {
    const { time, shown, schedule } = setup()
    await schedule([
      reminder('recent', T0 - REMINDER_GRACE_MS + MIN),
      reminder('old', T0 - REMINDER_GRACE_MS - MIN)
    ])
    time.advance(0)
    expect(shown.map((s) => s.title)).toEqual(['Reminder recent'])
  })

  it('clicking a notification brings the window forward', async () => {
    const { time, clicks, onClick, schedule } = setup()
    await schedule([reminder('a', T0 + MIN)])
    time.advance(MIN)
    clicks[0]?.()
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('where notifications are not supported, still tells the window', async () => {
    const { time, shown, emit, schedule } = setup(false)
    await schedule([reminder('a', T0 + MIN)])
    time.advance(MIN)
    expect(shown).toEqual([])
    expect(emit).toHaveBeenCalledTimes(1)
  })

  it('stops every timer on dispose', async () => {
    const { time, shown, service, schedule } = setup()
    await schedule([reminder('a', T0 + MIN), reminder('b', T0 + HOUR)])
    service.dispose()
    expect(time.pending()).toBe(0)
    await expect(schedule([reminder('c', T0 + MIN)])).resolves.toEqual({ scheduled: 0 })
    time.advance(2 * HOUR)
    expect(shown).toEqual([])
  })

  it('notifies of a PIP check-in and a milestone the day before and on the day, at the set times', async () => {
    const { time, shown, schedule } = setup()
    // What the renderer sends: worked out from the plan's records and the reminder settings
    // (a laptop on UTC, so the local times read as they are), validated as IPC input.
    const reminders = remindersFor({
      next: [],
      actionItems: [],
      reps: [{ id: 'rep-1', name: 'Kevin Walsh' }],
      plans: [samplePlan()],
      checkIns: [{ ...sampleCheckIns()[2]!, id: 'c9', scheduledFor: '2026-12-02' }],
      milestones: [{ ...sampleMilestones()[0]!, dueDate: '2026-12-03' }],
      settings: { onTheDayAt: '08:15', dayBeforeAt: '17:45' },
      today: '2026-12-01',
      horizonDays: 14,
      atLocal: (day, at) => `${day}T${at}:00.000Z`
    })
    const input = ScheduleRemindersInput.parse({ reminders })
    await expect(schedule(input.reminders)).resolves.toEqual({ scheduled: 4 })
    const seen = () => shown.map((s) => `${new Date(time.now()).toISOString()} ${s.title}`)
    time.advance(10 * HOUR + 45 * MIN - 1) // 17:44:59.999 on 1 December
    expect(shown).toEqual([])
    time.advance(1)
    expect(seen()).toEqual(['2026-12-01T17:45:00.000Z PIP check-in with Kevin Walsh tomorrow'])
    time.advance(14 * HOUR + 30 * MIN) // 08:15 on 2 December
    expect(shown.map((s) => s.title)).toEqual([
      'PIP check-in with Kevin Walsh tomorrow',
      'PIP check-in with Kevin Walsh today'
    ])
    time.advance(2 * 24 * HOUR)
    expect(shown.map((s) => s.title).slice(2)).toEqual([
      "Kevin Walsh's PIP milestone is due tomorrow",
      "Kevin Walsh's PIP milestone is due today"
    ])
    expect(shown[3]!.body).toBe(
      'Four weeks at 25+ (90-day plan: activity). Mark it met or missed in Fieldbook.'
    )
  })
})
