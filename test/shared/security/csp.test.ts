import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../src/shared/security/csp'

const directive = (name: string) =>
  contentSecurityPolicy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1)

describe('the renderer’s content security policy', () => {
  it('plays a local recording from a blob: URL and nothing remote', () => {
    expect(directive('media-src')).toEqual(["'self'", 'blob:'])
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/)
  })

  it('keeps scripts to the app’s own code', () => {
    expect(directive('script-src')).toEqual(["'self'"])
    expect(directive('object-src')).toEqual(["'none'"])
  })
})
