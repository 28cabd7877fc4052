import { defineConfig } from 'vitest/config';

// The browser tests: tests/e2e/*.e2e.ts against the built site in headless Chromium.
// The global setup serves dist/ and starts one Chromium; helpers: tests/e2e/support/browser.ts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Two cores: at most two files at once, each with its own contexts in the shared Chromium.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
