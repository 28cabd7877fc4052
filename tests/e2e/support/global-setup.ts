// Vitest global setup of the browser tests: once per run, serves dist/ (static-server.mjs) and
// starts one headless Chromium that every test file connects to (browser.ts). Tests read
// `inject('baseUrl')` and `inject('browserEndpoint')`; the helpers in browser.ts do that for you.
// With FLOPS_LAB_E2E_LIST_ONLY=1 it starts nothing: scripts/test.mjs sets it to count the tests
// (`vitest list`) that it skips when there is no Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BROWSER_ARGS, findChromium, flagIsSet, installHint } from './chromium.mjs';
import { DIST, startStaticServer } from './static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    // The built site, e.g. http://127.0.0.1:41234/ (always ends with a slash).
    baseUrl: string;
    // The WebSocket endpoint of the shared headless Chromium (playwright-core `connect`).
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (flagIsSet(process.env.FLOPS_LAB_E2E_LIST_ONLY)) return async () => {};
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` first (`npm run test:e2e` builds too).',
    );
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  const site = await startStaticServer();
  const browser = await chromium
    .launchServer({ executablePath, headless: true, args: [...BROWSER_ARGS] })
    .catch(async (error: unknown) => {
      await site.close();
      throw error;
    });
  project.provide('baseUrl', site.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.close();
  };
}
