// @ts-check
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const globals = require('globals')
const fs = require('node:fs')
const path = require('node:path')
const importX = require('eslint-plugin-import-x')
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript')

// The renderer's layers, top to bottom: app → features/<name> → ui → db, platform → shared.
// docs/ARCHITECTURE.md explains them; these rules make a wrong import fail `npm run lint`.
const R = './src/renderer/src'
const features = fs
  .readdirSync(path.join(__dirname, R, 'features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const layerZones = [
  // A feature never imports another feature: it links to it by route (app/routes).
  ...features.map((name) => ({
    target: `${R}/features/${name}`,
    from: `${R}/features`,
    except: [`./${name}`],
    message:
      'A feature never imports another feature: move what both need down to ui/, db/ or shared, or link by route.'
  })),
  {
    target: [`${R}/features`, `${R}/ui`, `${R}/db`, `${R}/platform`],
    from: `${R}/app`,
    message:
      'Only app/ knows the shell and every feature: pass what is needed down, or move it to ui/.'
  },
  {
    target: [`${R}/ui`, `${R}/db`, `${R}/platform`],
    from: `${R}/features`,
    message: 'ui/, db/ and platform/ sit below the features and never import them.'
  },
  {
    target: [`${R}/db`, `${R}/platform`],
    from: `${R}/ui`,
    message: 'db/ and platform/ sit below ui/ and never import it.'
  },
  {
    target: './src/renderer',
    from: ['./src/main', './src/preload/index.ts'],
    message:
      'The renderer never imports main or preload: it talks to main through the platform interface.'
  },
  {
    target: ['./src/main', './src/preload'],
    from: './src/renderer',
    message: 'Main and preload never import the renderer: what both need lives in src/shared.'
  },
  {
    target: './src/shared',
    from: ['./src/main', './src/preload', './src/renderer'],
    message: 'src/shared is the pure layer everything imports; it imports none of them.'
  }
]

// Files that still call Dexie tables directly; each moves its queries into db/ and leaves this
// list (issue 16). The list only ever shrinks.
const DEXIE_OUTSIDE_DB = [
  'src/renderer/src/features/data/AutomaticBackupsPanel.tsx',
  'src/renderer/src/features/data/BackupPanel.tsx',
  'src/renderer/src/features/data/CsvExportsPanel.tsx',
  'src/renderer/src/features/data/RestoreConfirm.tsx',
  'src/renderer/src/features/expectations/useExpectations.ts',
  'src/renderer/src/features/home/HomeScreen.tsx',
  'src/renderer/src/features/home/SetupChecklist.tsx',
  'src/renderer/src/features/import/ImportHistory.tsx',
  'src/renderer/src/features/import/ManualMeasures.tsx',
  'src/renderer/src/features/import/OwnerChoices.tsx',
  'src/renderer/src/features/import/WhoseRecords.tsx',
  'src/renderer/src/features/import/importStore.ts',
  'src/renderer/src/features/observations/ExportObservationPdf.tsx',
  'src/renderer/src/features/observations/ObservationRoutes.tsx',
  'src/renderer/src/features/observations/ObservationsScreen.tsx',
  'src/renderer/src/features/oneOnOnes/CalendarExport.tsx',
  'src/renderer/src/features/oneOnOnes/ExportSummary.tsx',
  'src/renderer/src/features/oneOnOnes/MeetingScreen.tsx',
  'src/renderer/src/features/oneOnOnes/OneOnOnesScreen.tsx',
  'src/renderer/src/features/oneOnOnes/RemindersPanel.tsx',
  'src/renderer/src/features/oneOnOnes/usePrep.ts',
  'src/renderer/src/features/plans/ExportsPanel.tsx',
  'src/renderer/src/features/plans/usePlans.ts',
  'src/renderer/src/features/settings/ChecklistEditor.tsx',
  'src/renderer/src/features/settings/ChecklistsScreen.tsx',
  'src/renderer/src/features/settings/RemindersSection.tsx',
  'src/renderer/src/features/settings/SalesProcessScreen.tsx',
  'src/renderer/src/features/settings/WorkspaceSection.tsx',
  'src/renderer/src/features/team/MergeRepForm.tsx',
  'src/renderer/src/features/team/RepDetailsForm.tsx',
  'src/renderer/src/features/team/RolesScreen.tsx',
  'src/renderer/src/features/team/RosterEditor.tsx',
  'src/renderer/src/features/team/WinsPanel.tsx',
  'src/renderer/src/features/team/useRepDetails.ts',
  'src/renderer/src/features/team/useTeam.ts',
  'src/renderer/src/ui/WinForm.tsx',
  'src/renderer/src/ui/period/useSelectedPeriod.ts',
  'src/renderer/src/ui/useTeamAnalysis.ts',
  'src/renderer/src/ui/workspaceStore.ts'
]

module.exports = tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'playwright-report/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings?.['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings?.['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.web.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true
        })
      ]
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer runs in a sandboxed page: no Node built-ins.
      'import-x/no-nodejs-modules': 'error'
    }
  },
  {
    // Only db/ touches Dexie tables: everything else calls a repository or a db/ hook.
    files: ['src/renderer/src/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**', ...DEXIE_OUTSIDE_DB],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only db/ uses Dexie: add a repository function there.' }
          ],
          patterns: [
            {
              group: ['**/db', '**/db/database', '@renderer/db', '@renderer/db/database'],
              importNames: ['db', 'openDatabase'],
              message: 'Only db/ touches Dexie tables: call a repository or a db/ hook instead.'
            }
          ]
        }
      ]
    }
  },
  {
    // src/shared stays pure: no platform, storage or UI libraries.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'electron',
            'dexie',
            'react',
            'react-*',
            'zustand',
            'node:*',
            'fs',
            'path',
            'os'
          ]
        }
      ]
    }
  },
  {
    // Build and start scripts run in Node.
    files: ['scripts/**/*.mjs', 'electron-builder.config.cjs'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
