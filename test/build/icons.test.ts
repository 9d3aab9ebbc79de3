import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ICNS_SIZES, ICO_SIZES, LINUX_SIZES } from '../../scripts/icon-sizes.mjs'

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  )
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('app icons in resources/ (made by npm run icons from icon.svg)', () => {
  it('has the one source drawing', () => {
    expect(readFileSync('resources/icon.svg', 'utf8')).toContain('<svg')
  })

  it('has a 1024 px PNG and every Linux size', () => {
    expect(pngSize(readFileSync('resources/icon.png'))).toEqual({ width: 1024, height: 1024 })
    for (const size of LINUX_SIZES) {
      const file = `resources/icons/${size}x${size}.png`
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size })
    }
  })

  it('has a Windows .ico holding each size', () => {
    const ico = readFileSync('resources/icon.ico')
    // ICONDIR: reserved 0, type 1 (icon), image count; then 16-byte entries (0 means 256 px).
    expect(ico.readUInt16LE(0)).toBe(0)
    expect(ico.readUInt16LE(2)).toBe(1)
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256)
    expect(sizes.sort((a, b) => a - b)).toEqual(ICO_SIZES)
  })

  it('has a macOS .icns of the right length', () => {
    const icns = readFileSync('resources/icon.icns')
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(ICNS_SIZES).toContain(1024)
  })
})
