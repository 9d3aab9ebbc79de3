import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { useWorkspaceSettings } from '../db/useWorkspaceSettings'
import { Welcome } from '../features/welcome/Welcome'
import { FirstRunRestore } from '../features/data/FirstRunRestore'
import { TeamScreen } from '../features/team/TeamScreen'
import { RepPage } from '../features/team/RepPage'
import { RolesScreen } from '../features/team/RolesScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { YourData } from '../features/data/YourData'
import { ImportScreen } from '../features/import/ImportScreen'
import { ExpectationsScreen } from '../features/expectations/ExpectationsScreen'
import { DashboardScreen } from '../features/dashboard/DashboardScreen'
import { ObservationsScreen } from '../features/observations/ObservationsScreen'
import { NewObservationRoute, ObservationRoute } from '../features/observations/ObservationRoutes'
import { ScenariosScreen } from '../features/observations/ScenariosScreen'
import { SalesProcessScreen } from '../features/settings/SalesProcessScreen'
import { ChecklistsScreen } from '../features/settings/ChecklistsScreen'
import { ChecklistEditorScreen } from '../features/settings/ChecklistEditor'
import { PlansScreen } from '../features/plans/PlansScreen'
import { NewPlanScreen } from '../features/plans/NewPlanScreen'
import { EditPlanScreen } from '../features/plans/EditPlanScreen'
import { PlanDetailScreen } from '../features/plans/PlanDetailScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { MeetingScreen } from '../features/oneOnOnes/MeetingScreen'
import { OneOnOnesScreen } from '../features/oneOnOnes/OneOnOnesScreen'
import { PrepScreen } from '../features/oneOnOnes/PrepScreen'
import { setWorkspaceLocale } from '../ui/words'
import { Layout } from './Layout'
import { useScheduledBackups } from './useScheduledBackups'

/** Routes, behind the first-launch choice: with no workspace yet, the welcome screen. */
export function App() {
  // undefined while loading, null when there is no workspace yet.
  const settings = useWorkspaceSettings()
  useScheduledBackups()
  if (settings === undefined) return <p className="loading">Opening your workspace…</p>
  if (settings === null) return <Welcome restore={<FirstRunRestore />} />
  setWorkspaceLocale(settings.locale)
  return (
    <HashRouter>
      <Routes>
        <Route element={<Layout settings={settings} />}>
          <Route index element={<Navigate to="/home" replace />} />
          <Route path="home" element={<HomeScreen />} />
          <Route path="team" element={<TeamScreen />} />
          <Route path="team/roles" element={<RolesScreen />} />
          <Route path="team/:repId" element={<RepPage />} />
          <Route path="dashboard" element={<DashboardScreen />} />
          <Route path="expectations" element={<ExpectationsScreen />} />
          <Route path="observations" element={<ObservationsScreen />} />
          <Route path="observations/new" element={<NewObservationRoute />} />
          <Route path="observations/scenarios" element={<ScenariosScreen />} />
          <Route path="observations/:id" element={<ObservationRoute />} />
          <Route path="plans" element={<PlansScreen />} />
          <Route path="plans/new" element={<NewPlanScreen />} />
          <Route path="plans/:planId" element={<PlanDetailScreen />} />
          <Route path="plans/:planId/edit" element={<EditPlanScreen />} />
          <Route path="one-on-ones" element={<OneOnOnesScreen />} />
          <Route path="one-on-ones/prep/:repId" element={<PrepScreen />} />
          <Route path="one-on-ones/:id" element={<MeetingScreen />} />
          <Route path="import" element={<ImportScreen />} />
          <Route path="settings/sales-process" element={<SalesProcessScreen />} />
          <Route path="settings/checklists" element={<ChecklistsScreen />} />
          <Route path="settings/checklists/:templateKey" element={<ChecklistEditorScreen />} />
          <Route
            path="settings"
            element={
              <SettingsScreen settings={settings} yourData={<YourData settings={settings} />} />
            }
          />
          <Route path="*" element={<Navigate to="/home" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  )
}
