import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const config = require('../../electron-builder.config.cjs') as Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  fileAssociations: { ext: string; name: string }[]
  files: string[]
  linux: { target: string[]; icon: string }
  win: { target: string[]; icon: string }
  mac: { target: string[]; icon: string }
}
const schema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')
) as object
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string
  main: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}

describe('electron-builder configuration', () => {
  it("is valid against electron-builder's own schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('the schema check catches a wrong key (it is not a check that cannot fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false)
    expect(validate({ ...config, linux: { target: 'AppImage', icon: 3 } })).toBe(false)
  })

  it('names the app and builds the installers of each platform', () => {
    expect(config.appId).toBe('app.fieldbook.desktop')
    expect(config.productName).toBe('Fieldbook')
    expect(String(config.copyright)).toMatch(/^Copyright © \d{4} /)
    expect(config.asar).toBe(true)
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('flips every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('opens .fieldbook backup files in Fieldbook', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'fieldbook', name: 'Fieldbook backup' })
    ])
  })

  it('packs only the built app, which starts from out/main', () => {
    expect(pkg.main).toBe('./out/main/index.js')
    expect(config.files).toContain('out/main/**')
    expect(config.files.some((f) => f.startsWith('src'))).toBe(false)
    expect(config.files).toContain('!**/*.map')
  })
})

/** Every bare package src/main reaches (directly or through src/shared), read from the sources. */
function packagesMainImports(): Set<string> {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const resolveLocal = (spec: string, from: string): string | null => {
    const base = spec.startsWith('@shared/')
      ? `src/shared/${spec.slice('@shared/'.length)}`
      : spec.startsWith('.')
        ? new URL(spec, `file://${process.cwd()}/${from}`).pathname.slice(process.cwd().length + 1)
        : null
    if (base === null) return null
    for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
      try {
        readFileSync(candidate)
        return candidate
      } catch {
        // try the next form
      }
    }
    throw new Error(`cannot resolve ${spec} from ${from}`)
  }
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = (match[1] ?? '').replace(/\?.*$/, '')
      const local = resolveLocal(spec, file)
      if (local) visit(local)
      else if (!spec.startsWith('node:')) {
        const isType = /^import\s+type\s/.test(match[0]) || /^export\s+type\s/.test(match[0])
        if (!isType)
          packages.add(
            spec
              .split('/')
              .slice(0, spec.startsWith('@') ? 2 : 1)
              .join('/')
          )
      }
    }
  }
  visit('src/main/index.ts')
  visit('src/main/import/readWorker.ts')
  return packages
}

describe('what the installer carries', () => {
  // electron-vite leaves `dependencies` as require() calls in out/main (so they ship in the asar)
  // and bundles everything else; the renderer's libraries are dev dependencies for that reason.
  it('every installed dependency is one main reaches, and main reaches nothing uninstalled', () => {
    const used = packagesMainImports()
    used.delete('electron')
    for (const dependency of Object.keys(pkg.dependencies)) expect(used).toContain(dependency)
    for (const name of used)
      expect(name in pkg.dependencies || name in pkg.devDependencies, name).toBe(true)
  })

  it("the renderer's own libraries are bundled, not shipped as node_modules", () => {
    for (const name of ['react', 'react-dom', 'dexie', 'recharts', 'zustand'])
      expect(pkg.dependencies).not.toHaveProperty(name)
  })

  it('electron and the build tools stay out of the installed dependencies', () => {
    expect(pkg.dependencies).not.toHaveProperty('electron')
    expect(pkg.devDependencies).toHaveProperty('electron')
    expect(pkg.devDependencies).toHaveProperty('electron-builder')
    expect(pkg.scripts.dist).toMatch(/electron-builder/)
  })
})
