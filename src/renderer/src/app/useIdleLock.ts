import { useEffect } from 'react'
import { useLockState } from '../ui/lockState'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Locks after `minutes` without a key press, click or pointer move (0: never by itself). */
export function useIdleLock(minutes: number, active: boolean): void {
  const lockNow = useLockState((s) => s.lockNow)
  useEffect(() => {
    if (!active || minutes <= 0) return
    let timer = window.setTimeout(lockNow, minutes * 60_000)
    const restart = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(lockNow, minutes * 60_000)
    }
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true })
    return () => {
      window.clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, restart)
    }
  }, [minutes, active, lockNow])
}
