import { defineConfig } from '@playwright/test'

/**
 * `npm run test:electron`: the real desktop app, launched by Playwright's Electron driver from
 * the built out/ (scripts/test-electron.mjs builds it and checks Electron's binary first).
 * Not part of `npm test`: no Electron binary can be downloaded on the CI machines here; the
 * GitHub Actions workflow runs it on Linux (xvfb), Windows and macOS.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 180_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' }
})
