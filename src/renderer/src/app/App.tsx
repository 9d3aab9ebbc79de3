import { useLiveQuery } from 'dexie-react-hooks'
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { db, readSettings } from '../db'
import { Welcome } from '../features/welcome/Welcome'
import { TeamScreen } from '../features/team/TeamScreen'
import { RepPage } from '../features/team/RepPage'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { ImportScreen } from '../features/import/ImportScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { MeetingScreen } from '../features/oneOnOnes/MeetingScreen'
import { OneOnOnesScreen } from '../features/oneOnOnes/OneOnOnesScreen'
import { PrepScreen } from '../features/oneOnOnes/PrepScreen'
import { placeholderScreens } from '../features/placeholders/placeholders'
import { PlaceholderScreen } from '../features/placeholders/PlaceholderScreen'
import { Layout } from './Layout'
import { useScheduledBackups } from './useScheduledBackups'

/** Routes, behind the first-launch choice: with no workspace yet, the welcome screen. */
export function App() {
  // undefined while loading, null when there is no workspace yet.
  const settings = useLiveQuery(async () => (await readSettings(db)) ?? null, [])
  useScheduledBackups()
  if (settings === undefined) return <p className="loading">Opening your workspace…</p>
  if (settings === null) return <Welcome />
  return (
    <HashRouter>
      <Routes>
        <Route element={<Layout settings={settings} />}>
          <Route index element={<Navigate to="/home" replace />} />
          <Route path="home" element={<HomeScreen />} />
          <Route path="team" element={<TeamScreen />} />
          <Route path="team/:repId" element={<RepPage />} />
          {placeholderScreens.map((s) => (
            <Route key={s.path} path={s.path} element={<PlaceholderScreen screen={s} />} />
          ))}
          <Route path="one-on-ones" element={<OneOnOnesScreen />} />
          <Route path="one-on-ones/prep/:repId" element={<PrepScreen />} />
          <Route path="one-on-ones/:id" element={<MeetingScreen />} />
          <Route path="import" element={<ImportScreen />} />
          <Route path="settings" element={<SettingsScreen settings={settings} />} />
          <Route path="*" element={<Navigate to="/home" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  )
}
