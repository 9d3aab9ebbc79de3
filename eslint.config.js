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
    ignores: ['src/renderer/src/db/**'],
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
              importNames: ['db', 'openDatabase', 'FieldbookDb'],
              message: 'Only db/ touches Dexie tables: call a repository or a db/ hook instead.'
            }
          ]
        }
      ]
    }
  },
  {
    // Features link to each other's screens through ui/routes.ts, never by a written address.
    files: ['src/renderer/src/features/**/*.{ts,tsx}', 'src/renderer/src/ui/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/ui/routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "JSXAttribute[name.name='to'] > Literal",
          "JSXAttribute[name.name='to'] > JSXExpressionContainer > TemplateLiteral",
          "CallExpression[callee.name='navigate'] > Literal.arguments:first-child",
          "CallExpression[callee.name='navigate'] > TemplateLiteral.arguments:first-child"
        ].map((selector) => ({
          selector,
          message: 'Link to a screen with `screens.…` from ui/routes.ts.'
        }))
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
