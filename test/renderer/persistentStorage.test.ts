import { describe, expect, it, vi } from 'vitest'
import { createPersistentStorage } from '../../src/renderer/src/platform/storage'

describe('persistent storage (browser)', () => {
  it('asks navigator.storage and answers its result', async () => {
    const manager = { persist: vi.fn(async () => true), persisted: vi.fn(async () => false) }
    const storage = createPersistentStorage(() => manager)
    await expect(storage.persisted()).resolves.toBe(false)
    await expect(storage.persist()).resolves.toBe(true)
    expect(manager.persist).toHaveBeenCalledTimes(1)
  })

  it('answers false where the API is missing or fails', async () => {
    await expect(createPersistentStorage(() => undefined).persist()).resolves.toBe(false)
    await expect(createPersistentStorage(() => ({})).persisted()).resolves.toBe(false)
    const failing = createPersistentStorage(() => ({
      persist: async () => {
        throw new Error('SecurityError')
      }
    }))
    await expect(failing.persist()).resolves.toBe(false)
  })
})
