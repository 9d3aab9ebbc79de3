import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@shared/security/csp'
import { devContentSecurityPolicy, runtimeFor } from '../../src/main/runtime'

describe('dev-only stays dev-only', () => {
  it('an installed app ignores ELECTRON_RENDERER_URL, has no DevTools and the strict CSP', () => {
    const runtime = runtimeFor({
      isPackaged: true,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173', FIELDBOOK_USER_DATA: '/tmp/x' }
    })
    expect(runtime).toEqual({ devTools: false, contentSecurityPolicy })
  })

  it('npm run dev loads the dev server with DevTools and the dev CSP', () => {
    const runtime = runtimeFor({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    })
    expect(runtime.devServerUrl).toBe('http://localhost:5173/')
    expect(runtime.devTools).toBe(true)
    expect(runtime.contentSecurityPolicy).toBe(devContentSecurityPolicy())
  })

  it('npm start (a built, unpackaged app) keeps the strict CSP but may open DevTools', () => {
    const runtime = runtimeFor({ isPackaged: false, env: {} })
    expect(runtime.devServerUrl).toBeUndefined()
    expect(runtime.devTools).toBe(true)
    expect(runtime.contentSecurityPolicy).toBe(contentSecurityPolicy)
  })

  it('the smoke tests may point an unpackaged app at a data folder of their own', () => {
    const env = { FIELDBOOK_USER_DATA: '/tmp/fieldbook-electron-1' }
    expect(runtimeFor({ isPackaged: false, env }).userData).toBe('/tmp/fieldbook-electron-1')
    expect(
      runtimeFor({ isPackaged: false, env: { FIELDBOOK_USER_DATA: 'relative' } }).userData
    ).toBe(undefined)
  })

  it('never takes a remote or non-http "dev server"', () => {
    for (const url of [
      'https://evil.example/',
      'http://192.168.1.5:5173',
      'file:///tmp/index.html',
      'javascript:alert(1)',
      'not a url'
    ]) {
      expect(
        runtimeFor({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url } }).devServerUrl
      ).toBe(undefined)
    }
  })

  it("the dev CSP lets Vite's inline styles and refresh preamble load, and nothing else", () => {
    const dev = devContentSecurityPolicy()
    expect(dev).toContain("script-src 'self' 'unsafe-inline'")
    expect(dev).toContain("style-src 'self' 'unsafe-inline'")
    expect(dev).toContain("object-src 'none'")
    expect(dev).not.toContain('unsafe-eval')
    expect(dev.split('; ').length).toBe(contentSecurityPolicy.split('; ').length)
    expect(contentSecurityPolicy).not.toContain('unsafe-inline')
  })
})
