import { defineConfig, devices } from '@playwright/test';

// The server is started by `cargo leptos end-to-end` (see .ci/test) with a fresh
// database and APP_TODAY fixed; global-setup waits until it answers /healthz.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
    { name: 'no-js', use: { ...devices['Desktop Chrome'], javaScriptEnabled: false } },
    // A phone (390×844, touch, a mobile browser) for the specs about small screens only,
    // not the whole suite a third time. Its lab organizations are its own (helpers.labUser).
    {
      name: 'phone',
      testMatch: ['pages.spec.ts'],
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 }, javaScriptEnabled: true },
    },
  ],
});
