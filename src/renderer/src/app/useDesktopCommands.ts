import { useEffect } from 'react'
import { useNavigate } from 'react-router-dom'
import { useOpenedBackupStore } from '../features/data/openedBackupStore'
import { platform } from '../platform'
import { menuCommandRoute } from './menuRoutes'

/** The application menu's commands, and .fieldbook files the system opened Fieldbook with. */
export function useDesktopCommands(): void {
  const navigate = useNavigate()
  useEffect(
    () =>
      platform.onMenuCommand((command) =>
        navigate(menuCommandRoute(command, Date.now().toString(36)))
      ),
    [navigate]
  )
  useEffect(() => {
    let live = true
    const takeOpened = async () => {
      const file = await platform.openedBackups.take()
      if (!file || !live) return
      navigate('/settings')
      await useOpenedBackupStore.getState().offer(file)
    }
    void takeOpened()
    const unsubscribe = platform.openedBackups.onOpened(() => void takeOpened())
    return () => {
      live = false
      unsubscribe()
    }
  }, [navigate])
}
