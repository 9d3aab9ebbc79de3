import { Suspense } from 'react'
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { useWorkspaceSettings } from '../db/useWorkspaceSettings'
import { lazyNamed } from '../ui/lazyNamed'
import { setWorkspaceLocale } from '../ui/words'
import { useLockState } from '../ui/lockState'
import { Layout } from './Layout'
import { LockScreen } from './LockScreen'
import { RouteLoading } from './RouteLoading'
import { useIdleLock } from './useIdleLock'
import { useScheduledBackups } from './useScheduledBackups'

// Each screen is its own chunk, loaded the first time it is shown (issue 16): the first script
// holds the shell only. Each screen imports its own styles, which load with its chunk.
const Welcome = lazyNamed(() => import('../features/welcome/Welcome'), 'Welcome')
const FirstRunRestore = lazyNamed(
  () => import('../features/data/FirstRunRestore'),
  'FirstRunRestore'
)
const HomeScreen = lazyNamed(() => import('../features/home/HomeScreen'), 'HomeScreen')
const TeamScreen = lazyNamed(() => import('../features/team/TeamScreen'), 'TeamScreen')
const RepPage = lazyNamed(() => import('../features/team/RepPage'), 'RepPage')
const RolesScreen = lazyNamed(() => import('../features/team/RolesScreen'), 'RolesScreen')
const DashboardScreen = lazyNamed(
  () => import('../features/dashboard/DashboardScreen'),
  'DashboardScreen'
)
const ExpectationsScreen = lazyNamed(
  () => import('../features/expectations/ExpectationsScreen'),
  'ExpectationsScreen'
)
const ObservationsScreen = lazyNamed(
  () => import('../features/observations/ObservationsScreen'),
  'ObservationsScreen'
)
const NewObservationRoute = lazyNamed(
  () => import('../features/observations/ObservationRoutes'),
  'NewObservationRoute'
)
const ObservationRoute = lazyNamed(
  () => import('../features/observations/ObservationRoutes'),
  'ObservationRoute'
)
const ScenariosScreen = lazyNamed(
  () => import('../features/observations/ScenariosScreen'),
  'ScenariosScreen'
)
const PlansScreen = lazyNamed(() => import('../features/plans/PlansScreen'), 'PlansScreen')
const NewPlanScreen = lazyNamed(() => import('../features/plans/NewPlanScreen'), 'NewPlanScreen')
const PlanDetailScreen = lazyNamed(
  () => import('../features/plans/PlanDetailScreen'),
  'PlanDetailScreen'
)
const VerifyDocumentScreen = lazyNamed(
  () => import('../features/plans/VerifyDocumentScreen'),
  'VerifyDocumentScreen'
)
const EditPlanScreen = lazyNamed(() => import('../features/plans/EditPlanScreen'), 'EditPlanScreen')
const OneOnOnesScreen = lazyNamed(
  () => import('../features/oneOnOnes/OneOnOnesScreen'),
  'OneOnOnesScreen'
)
const PrepScreen = lazyNamed(() => import('../features/oneOnOnes/PrepScreen'), 'PrepScreen')
const MeetingScreen = lazyNamed(
  () => import('../features/oneOnOnes/MeetingScreen'),
  'MeetingScreen'
)
const ImportScreen = lazyNamed(() => import('../features/import/ImportScreen'), 'ImportScreen')
const SettingsScreen = lazyNamed(
  () => import('../features/settings/SettingsScreen'),
  'SettingsScreen'
)
const YourData = lazyNamed(() => import('../features/data/YourData'), 'YourData')
const SalesProcessScreen = lazyNamed(
  () => import('../features/settings/SalesProcessScreen'),
  'SalesProcessScreen'
)
const ChecklistsScreen = lazyNamed(
  () => import('../features/settings/ChecklistsScreen'),
  'ChecklistsScreen'
)
const ChecklistEditorScreen = lazyNamed(
  () => import('../features/settings/ChecklistEditor'),
  'ChecklistEditorScreen'
)

/** Routes, behind the first-launch choice: with no workspace yet, the welcome screen. */
export function App() {
  // undefined while loading, null when there is no workspace yet.
  const settings = useWorkspaceSettings()
  useScheduledBackups()
  const lock = settings?.privacy?.lock
  const unlocked = useLockState((s) => s.unlocked)
  useIdleLock(lock?.idleMinutes ?? 0, lock !== undefined && unlocked)
  if (settings === undefined) return <p className="loading">Opening your workspace…</p>
  if (settings === null)
    return (
      <Suspense fallback={<RouteLoading />}>
        <Welcome restore={<FirstRunRestore />} />
      </Suspense>
    )
  // The app lock (issue 17): nothing of the workspace shows until its passphrase is typed.
  if (lock && !unlocked) return <LockScreen teamName={settings.teamName} />
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
          <Route path="plans/verify" element={<VerifyDocumentScreen />} />
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
