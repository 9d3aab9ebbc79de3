import { describe, expect, it, vi } from 'vitest'
import type { FieldbookApi } from '../../src/shared/ipc/contract'
import { createElectronPlatform } from '../../src/renderer/src/platform/electron'

function fakeApi(overrides: Partial<FieldbookApi> = {}): FieldbookApi {
  return {
    fileOpen: vi.fn(async () => ({ ok: true as const, data: { canceled: true as const } })),
    fileSave: vi.fn(async () => ({
      ok: true as const,
      data: { canceled: false as const, name: 'a.pdf', size: 3 }
    })),
    appInfo: vi.fn(async () => ({
      ok: true as const,
      data: {
        name: 'Fieldbook',
        version: '0.1.0',
        platform: 'linux',
        electron: '45.4.1',
        userDataPath: '/home/u/.config/Fieldbook'
      }
    })),
    shellOpenExternal: vi.fn(async () => ({
      ok: false as const,
      error: 'Only http(s) links can be opened.'
    })),
    on: vi.fn(() => () => undefined),
    ...overrides
  }
}

describe('Electron platform', () => {
  it('passes options through the typed API with defaults filled in', async () => {
    const api = fakeApi()
    const platform = createElectronPlatform(api)
    await platform.openFile({ title: 'Import a CRM export' })
    expect(api.fileOpen).toHaveBeenCalledWith({
      title: 'Import a CRM export',
      filters: [],
      as: 'bytes'
    })
    const bytes = new Uint8Array([1, 2, 3])
    await expect(platform.saveFile({ suggestedName: 'a.pdf', bytes })).resolves.toEqual({
      canceled: false,
      name: 'a.pdf',
      size: 3
    })
    expect(api.fileSave).toHaveBeenCalledWith({
      title: undefined,
      suggestedName: 'a.pdf',
      filters: [],
      bytes
    })
    await expect(platform.appInfo()).resolves.toMatchObject({ electron: '45.4.1' })
  })

  it('turns an error answer from main into a thrown error with main’s message', async () => {
    const platform = createElectronPlatform(fakeApi())
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(
      'Only http(s) links can be opened.'
    )
  })
})
