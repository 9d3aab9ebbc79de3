import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/*
 * The house's rules (docs/ARCHITECTURE.md) are lint rules: each case lints a short file as if
 * it stood at a real path in the tree, and checks that the rule that guards it speaks.
 */
const eslint = new ESLint({ cwd: process.cwd() })
const R = 'src/renderer/src'

async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = 1\n`, { filePath: path })
  return (result?.messages ?? [{ severity: 2, ruleId: 'no result', message: '' }])
    .filter((m) => m.severity === 2)
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => rule !== '@typescript-eslint/no-unused-vars')
}

describe('lint guards the layers', () => {
  it('lets a feature use ui, db, platform and shared', async () => {
    const broken = await rulesBroken(
      `${R}/features/team/Example.tsx`,
      [
        "import { StatusMessage } from '../../ui/StatusMessage'",
        "import { repositories } from '../../db'",
        "import { platform } from '../../platform'",
        "import { errorText } from '@shared/text/errorText'",
        'console.log(StatusMessage, repositories, platform, errorText)'
      ].join('\n')
    )
    expect(broken).toEqual([])
  }, 60_000)

  it('refuses a feature importing another feature', async () => {
    const broken = await rulesBroken(
      `${R}/features/team/Example.tsx`,
      "import { PlanForm } from '../plans/PlanForm'\nconsole.log(PlanForm)"
    )
    expect(broken).toContain('import-x/no-restricted-paths')
  }, 60_000)

  it('refuses ui importing a feature, and db importing ui', async () => {
    expect(
      await rulesBroken(
        `${R}/ui/Example.tsx`,
        "import { PlanForm } from '../features/plans/PlanForm'\nconsole.log(PlanForm)"
      )
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken(
        `${R}/db/example.ts`,
        "import { StatusMessage } from '../ui/StatusMessage'\nconsole.log(StatusMessage)"
      )
    ).toContain('import-x/no-restricted-paths')
  }, 60_000)

  it('refuses Dexie tables outside db/', async () => {
    expect(
      await rulesBroken(
        `${R}/features/team/Example.tsx`,
        "import { db } from '../../db'\nconsole.log(db)"
      )
    ).toContain('no-restricted-imports')
    expect(
      await rulesBroken(`${R}/ui/example.ts`, "import Dexie from 'dexie'\nconsole.log(Dexie)")
    ).toContain('no-restricted-imports')
  }, 60_000)

  it('refuses Node in the renderer, the renderer in main, and libraries in shared', async () => {
    expect(
      await rulesBroken(
        `${R}/ui/example.ts`,
        "import { readFile } from 'node:fs'\nconsole.log(readFile)"
      )
    ).toContain('import-x/no-nodejs-modules')
    expect(
      await rulesBroken(
        'src/main/example.ts',
        "import { screens } from '../renderer/src/ui/routes'\nconsole.log(screens)"
      )
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken('src/shared/example.ts', "import Dexie from 'dexie'\nconsole.log(Dexie)")
    ).toContain('no-restricted-imports')
  }, 60_000)

  it('refuses an import circle', async () => {
    // LifecyclePanel imports format: format importing LifecyclePanel closes a circle.
    const broken = await rulesBroken(
      `${R}/features/plans/format.ts`,
      "import { LifecyclePanel } from './LifecyclePanel'\nconsole.log(LifecyclePanel)"
    )
    expect(broken).toContain('import-x/no-cycle')
  }, 60_000)

  it('refuses a written screen address in a feature', async () => {
    const broken = await rulesBroken(
      `${R}/features/team/Example.tsx`,
      'import { Link } from \'react-router-dom\'\nexport const L = () => <Link to="/plans">Plans</Link>'
    )
    expect(broken).toContain('no-restricted-syntax')
  }, 60_000)
})
