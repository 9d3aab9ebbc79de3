import { defineConfig } from '@playwright/test'

/*
 * The web server listens on a free port the system picks (never one a server of another
 * checkout or process already holds: nothing is reused). Playwright reads the port from the
 * server's "Local: http://127.0.0.1:<port>" line into E2E_PORT before the test workers start,
 * and the workers, loading this file again, build the base URL from it. Setting E2E_PORT by
 * hand asks for that port instead.
 */
const port = process.env.E2E_PORT

/**
 * End-to-end tests drive the built renderer (out/web) in Debian's Chromium: no browser is
 * downloaded, and Electron cannot run here, so the web platform stands in for the preload.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // CI machines are shared and noisy: a save or a screen change can take longer there.
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: port ? `http://127.0.0.1:${port}` : undefined,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--headless',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port ?? 0} --strictPort`,
    wait: { stdout: /Local:\s+http:\/\/127\.0\.0\.1:(?<e2e_port>\d+)/ },
    reuseExistingServer: false,
    timeout: 60_000
  }
})
