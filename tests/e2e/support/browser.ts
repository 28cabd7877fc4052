// Helpers for the browser tests (tests/e2e/*.e2e.ts), which run against the built site.
//
//   const opened = await openPage('#/compound-scaling', { viewport?, waitForApp?, … });
//     Opens a path of the built site ('' is the home page, '#/<slide-id>' a slide; an absolute
//     URL works too) in a fresh context (1280×800 unless `viewport` says otherwise; any
//     BrowserContextOptions pass through) of the shared Chromium, waits for the app to render
//     into #root, and records what goes wrong while it runs:
//       opened.page, opened.context          playwright-core Page and BrowserContext
//       opened.consoleErrors                 console.error messages (CSP reports excluded)
//       opened.pageErrors                    uncaught exceptions and unhandled rejections
//       opened.cspViolations                 Content-Security-Policy violations
//       opened.failedRequests                same-origin responses ≥ 400 and failed requests
//       opened.problems()                    all four lists, labelled: expect(...).toEqual([])
//       await opened.close()                 closes the context (do it in a finally/afterEach)
//   await axe(page, { include?, exclude? }) → serious and critical WCAG 2.x A/AA violations;
//     formatViolations(list) turns them into a readable message for expect(..., message).
//   siteUrl(path) → absolute URL of a path on the built site; baseUrl() → the site root.
//   await browser() → the shared Browser (connected once per test file, closed after it).
//   launchBrowser() (re-exported) → a private Chromium of your own, if you need other flags.
//
// Example:
//   const opened = await openPage('#/efficientnet-b0-table');
//   try {
//     const slider = opened.page.getByRole('slider', { name: /resolution/ });
//     await slider.press('ArrowRight');
//     expect(await axe(opened.page)).toEqual([]);
//     expect(opened.problems()).toEqual([]);
//   } finally {
//     await opened.close();
//   }
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export { launchBrowser } from './chromium.mjs';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  failedRequests: string[];
  problems(): string[];
  close(): Promise<void>;
}

export interface OpenPageOptions extends BrowserContextOptions {
  // Whether to wait until the app has rendered something into #root (default true).
  waitForApp?: boolean;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let connection: Promise<Browser> | undefined;

export function baseUrl(): string {
  return inject('baseUrl');
}

export function siteUrl(path = ''): string {
  return new URL(path, baseUrl()).href;
}

export function browser(): Promise<Browser> {
  connection ??= chromium.connect(inject('browserEndpoint'));
  return connection;
}

// Each test file connects once; the connection closes with the file.
afterAll(async () => {
  const open = connection;
  connection = undefined;
  if (open) await (await open).close();
});

const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy/i;

export async function openPage(path = '', options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { waitForApp = true, ...contextOptions } = options;
  const context = await (
    await browser()
  ).newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  // The page reports each `securitypolicyviolation` event through a binding (no page script
  // of ours runs under the CSP; bindings and init scripts are injected by the browser).
  const cspViolations: string[] = [];
  await context.exposeBinding('__flopsLabCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)
        .__flopsLabCspViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const opened: OpenedPage = {
    page,
    context,
    consoleErrors: [],
    pageErrors: [],
    cspViolations,
    failedRequests: [],
    problems: () => [
      ...opened.consoleErrors.map((text) => `console error: ${text}`),
      ...opened.pageErrors.map((text) => `page error: ${text}`),
      ...opened.cspViolations.map((text) => `CSP violation: ${text}`),
      ...opened.failedRequests.map((text) => `failed request: ${text}`),
    ],
    close: () => context.close(),
  };
  const url = siteUrl(path);
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Chromium also logs each CSP violation; the event above has already recorded it.
    if (!CSP_MESSAGE.test(text)) opened.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? error.message));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(origin)) {
      opened.failedRequests.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) {
      opened.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
    }
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (waitForApp) await page.locator('#root > *').first().waitFor();
  } catch (error) {
    await context.close();
    throw error;
  }
  return opened;
}

export async function axe(
  page: Page,
  { include, exclude = [] }: { include?: string; exclude?: string[] } = {},
): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  if (include) builder = builder.include(include);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}
