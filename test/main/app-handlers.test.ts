import { describe, expect, it, vi } from 'vitest'
import { createAppHandlers } from '../../src/main/ipc/app'

function setup() {
  const shell = { openExternal: vi.fn(() => Promise.resolve()) }
  const handlers = createAppHandlers({
    app: {
      getName: () => 'Fieldbook',
      getVersion: () => '0.1.0',
      getPath: () => '/home/m/.config/Fieldbook'
    },
    shell,
    platform: 'darwin',
    electronVersion: '45.4.1'
  })
  return { handlers, shell }
}

describe('app:info', () => {
  it('reports name, version, platform, Electron version and the data folder', async () => {
    await expect(setup().handlers['app:info'](undefined)).resolves.toEqual({
      name: 'Fieldbook',
      version: '0.1.0',
      platform: 'darwin',
      electron: '45.4.1',
      userDataPath: '/home/m/.config/Fieldbook'
    })
  })
})

describe('shell:openExternal', () => {
  it('opens a plain web link in the browser', async () => {
    const { handlers, shell } = setup()
    await expect(handlers['shell:openExternal']({ url: 'https://example.com/a' })).resolves.toEqual(
      {
        opened: true
      }
    )
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a')
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://u:p@x.com'])(
    'refuses %s with a readable message',
    async (url) => {
      const { handlers, shell } = setup()
      await expect(handlers['shell:openExternal']({ url })).rejects.toThrow(
        'Only web links (http or https) can be opened from Fieldbook.'
      )
      expect(shell.openExternal).not.toHaveBeenCalled()
    }
  )
})
