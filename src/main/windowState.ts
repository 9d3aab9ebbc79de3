import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'

/**
 * The window's size, position and maximised state, kept in <userData>/window-state.json and
 * put back on the next launch, but only onto a display that still exists: a laptop that left
 * its external monitor at the office must not open Fieldbook off screen.
 */

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof WindowState>

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MINIMUM_SIZE = { width: 900, height: 600 }

/** The part of Electron's `screen` the restore uses. */
export interface ScreenLike {
  getAllDisplays(): { workArea: Rectangle }[]
  getPrimaryDisplay(): { workArea: Rectangle }
}

/** What the window opens with: saved bounds where visible, else centred on the primary display. */
export interface InitialBounds {
  bounds: Partial<Rectangle> & { width: number; height: number }
  maximized: boolean
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** Enough of the title bar to grab must be on a display: 100 × 40 px of the window's top. */
const GRAB_AREA = { width: 100, height: 40 }

export function initialBounds(saved: WindowState | null, screen: ScreenLike): InitialBounds {
  const primary = screen.getPrimaryDisplay().workArea
  const fit = (size: { width: number; height: number }, area: Rectangle) => ({
    width: Math.max(MINIMUM_SIZE.width, Math.min(size.width, area.width)),
    height: Math.max(MINIMUM_SIZE.height, Math.min(size.height, area.height))
  })
  if (saved) {
    const titleBar = {
      x: saved.x,
      y: saved.y,
      width: Math.min(saved.width, GRAB_AREA.width),
      height: GRAB_AREA.height
    }
    const display = screen
      .getAllDisplays()
      .map((d) => d.workArea)
      .find((area) => overlap(titleBar, area) > 0)
    if (display) {
      const size = fit(saved, display)
      // Pulled back inside the display it was on if it hung over an edge that is now gone.
      const x = Math.min(Math.max(saved.x, display.x), display.x + display.width - size.width)
      const y = Math.min(Math.max(saved.y, display.y), display.y + display.height - size.height)
      return { bounds: { x, y, ...size }, maximized: saved.maximized }
    }
    // Its display is gone: keep the size and the maximised state, let Electron centre it.
    return { bounds: fit(saved, primary), maximized: saved.maximized }
  }
  return { bounds: fit(DEFAULT_SIZE, primary), maximized: false }
}

/** The saved state from disk; null when missing or unreadable (never stops the app). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Written whole to a temporary name, then renamed: a crash never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  await writeFile(temporary, JSON.stringify(state), { mode: 0o600 })
  await rename(temporary, file)
}

/** The parts of BrowserWindow the tracker reads. */
export interface TrackedWindowLike {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
  isMaximized(): boolean
  isMinimized(): boolean
  isDestroyed(): boolean
  /** The size and place the window returns to when un-maximised. */
  getNormalBounds(): Rectangle
}

/**
 * Saves the state a moment after the last move or resize, and on close. The normal bounds are
 * saved even while maximised, so un-maximising next time returns to the manager's size.
 */
export function trackWindowState(
  window: TrackedWindowLike,
  save: (state: WindowState) => Promise<void>,
  options: {
    delayMs?: number
    setTimeout?: (f: () => void, ms: number) => unknown
    clearTimeout?: (h: unknown) => void
  } = {}
): void {
  const delay = options.delayMs ?? 500
  const later = options.setTimeout ?? ((f, ms) => setTimeout(f, ms))
  const cancel =
    options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout> | undefined))
  let pending: unknown = null
  const snapshot = (): WindowState | null => {
    if (window.isDestroyed() || window.isMinimized()) return null
    const b = window.getNormalBounds()
    return {
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
      maximized: window.isMaximized()
    }
  }
  const flush = () => {
    pending = null
    const state = snapshot()
    if (state) save(state).catch((error: unknown) => console.warn('Window state not saved', error))
  }
  const schedule = () => {
    if (pending !== null) cancel(pending)
    pending = later(flush, delay)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event, schedule)
  window.on('close', () => {
    if (pending !== null) cancel(pending)
    flush()
  })
}
