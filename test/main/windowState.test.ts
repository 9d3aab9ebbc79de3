import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  initialBounds,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type Rectangle,
  type ScreenLike,
  type TrackedWindowLike
} from '../../src/main/windowState'

const laptop: Rectangle = { x: 0, y: 0, width: 1366, height: 728 }
const monitorOnTheRight: Rectangle = { x: 1366, y: 0, width: 2560, height: 1400 }

function screenWith(...areas: Rectangle[]): ScreenLike {
  return {
    getAllDisplays: () => areas.map((workArea) => ({ workArea })),
    getPrimaryDisplay: () => ({ workArea: areas[0] ?? laptop })
  }
}

describe('window state restore', () => {
  it('opens a first window at the default size, fitted to a small screen', () => {
    expect(initialBounds(null, screenWith(laptop))).toEqual({
      bounds: { width: 1280, height: 728 },
      maximized: false
    })
  })

  it('puts the window back where it was on a display that still exists', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: true }
    expect(initialBounds(saved, screenWith(laptop, monitorOnTheRight))).toEqual({
      bounds: { x: 1500, y: 100, width: 1600, height: 1000 },
      maximized: true
    })
  })

  it('does not open off screen when the monitor it was on is gone', () => {
    const saved = { x: 1500, y: 100, width: 1600, height: 1000, maximized: false }
    const restored = initialBounds(saved, screenWith(laptop))
    // No position: Electron centres it on the primary display, at a size that fits there.
    expect(restored).toEqual({ bounds: { width: 1366, height: 728 }, maximized: false })
  })

  it('pulls a window that hangs over the edge back onto its display', () => {
    const saved = { x: 1000, y: -5, width: 900, height: 700, maximized: false }
    expect(initialBounds(saved, screenWith(laptop)).bounds).toEqual({
      x: 466,
      y: 0,
      width: 900,
      height: 700
    })
  })

  it('never restores below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: false }
    expect(initialBounds(saved, screenWith(laptop)).bounds).toMatchObject({
      width: 900,
      height: 600
    })
  })
})

describe('window state file', () => {
  it('round-trips, is private to the user, and ignores a damaged file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fieldbook-window-'))
    const file = join(dir, 'window-state.json')
    expect(await loadWindowState(file)).toBeNull()
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: true }
    await saveWindowState(file, state)
    expect(await loadWindowState(file)).toEqual(state)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state)
    await writeFile(file, '{"x": "left"')
    expect(await loadWindowState(file)).toBeNull()
    await writeFile(file, JSON.stringify({ ...state, width: -3 }))
    expect(await loadWindowState(file)).toBeNull()
  })
})

describe('window state tracking', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>()
    const window: TrackedWindowLike & { emit(event: string): void; maximized: boolean } = {
      maximized: false,
      on: (event, listener) => listeners.set(event, listener),
      emit: (event) => listeners.get(event)?.(),
      isMaximized: () => window.maximized,
      isMinimized: () => false,
      isDestroyed: () => false,
      getNormalBounds: () => ({ x: 10.4, y: 20, width: 1100, height: 750 })
    }
    return window
  }

  it('saves once after a burst of moves, and at once on close', async () => {
    const window = fakeWindow()
    const save = vi.fn(async () => undefined)
    const timers: (() => void)[] = []
    const cancelled = new Set<unknown>()
    trackWindowState(window, save, {
      setTimeout: (f) => timers.push(f),
      clearTimeout: (h) => cancelled.add(h)
    })
    window.emit('move')
    window.emit('move')
    window.emit('resize')
    expect(save).not.toHaveBeenCalled()
    expect(cancelled.size).toBe(2)
    timers.at(-1)?.()
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1100, height: 750, maximized: false })
    window.maximized = true
    window.emit('close')
    expect(save).toHaveBeenLastCalledWith({
      x: 10,
      y: 20,
      width: 1100,
      height: 750,
      maximized: true
    })
  })
})
