// The built site as a visitor meets it: a clean load, the page's metadata, the CSP, the
// not-found view, and offline use through the service worker.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axe, formatViolations, openPage, siteUrl } from './support/browser';
import { DIST, startStaticServer } from './support/static-server.mjs';

// Every file under a folder of dist/, as paths relative to dist/ with forward slashes.
function distFiles(folder: string): string[] {
  return readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length).split('\\').join('/'));
}

describe('the home page', () => {
  test('loads with no console error, page error, CSP violation or failed request', async () => {
    const opened = await openPage('');
    try {
      await opened.page.getByRole('main').first().waitFor();
      // Let late work (lazy chunks, the service worker's registration) happen.
      await opened.page.waitForLoadState('networkidle');
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('has a language, a title, a description and an icon and preview that resolve', async () => {
    const opened = await openPage('');
    try {
      const { page } = opened;
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect((await page.title()).trim()).not.toBe('');
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim().length ?? 0).toBeGreaterThan(20);
      const hrefs = {
        favicon: await page.locator('link[rel="icon"]').first().getAttribute('href'),
        manifest: await page.locator('link[rel="manifest"]').getAttribute('href'),
        'og:image': await page.locator('meta[property="og:image"]').getAttribute('content'),
      };
      for (const [name, href] of Object.entries(hrefs)) {
        expect(href, `${name} is declared`).toMatch(/\S/);
        const response = await page.request.get(new URL(href ?? '', page.url()).href);
        expect(response.status(), `${name} (${href}) resolves`).toBe(200);
      }
    } finally {
      await opened.close();
    }
  });

  test('declares a Content-Security-Policy that allows no inline script and no eval', async () => {
    const opened = await openPage('');
    try {
      const policy = await opened.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy, 'the CSP meta tag').toContain("default-src 'self'");
      const directives = new Map(
        (policy ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .filter(([name]) => name)
          .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
      );
      // script-src falls back to default-src when absent.
      const scripts = directives.get('script-src') ?? directives.get('default-src');
      expect(scripts, 'script-src or default-src').toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(directives.get('object-src')).toEqual(["'none'"]);
    } finally {
      await opened.close();
    }
  });

  test('has no serious or critical accessibility violations', async () => {
    const opened = await openPage('');
    try {
      const violations = await axe(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('an unknown route', () => {
  test('shows the in-app not-found view with a link back to the start', async () => {
    const opened = await openPage('#/no-such-slide');
    try {
      const { page } = opened;
      const heading = page.getByRole('heading', { name: /not found/i });
      await heading.waitFor({ timeout: 10_000 });
      // The link back is the one that points at the start: the site root or `#/`, `#/title`.
      const links = await page.getByRole('link').all();
      const start = [];
      for (const link of links) {
        const href = await link.getAttribute('href');
        if (href === null) continue;
        const target = new URL(href, page.url());
        const root = new URL(siteUrl(''));
        if (target.origin + target.pathname === root.origin + root.pathname) {
          if (['', '#', '#/', '#/title'].includes(target.hash)) start.push(link);
        }
      }
      expect(start.length, 'a link back to the start').toBeGreaterThan(0);
      await start[0]?.click();
      await heading.waitFor({ state: 'detached' });
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

// Browsers that read woff2 never fetch KaTeX's .woff and .ttf fallbacks: they are not precached.
const precachable = (files: string[]) => files.filter((file) => !/\.(woff|ttf)$/.test(file));

describe('offline use', () => {
  test('sw.js precaches every file of dist/assets but the woff/ttf font fallbacks', () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const assets = precachable(distFiles('assets'));
    expect(
      assets.some((file) => file.endsWith('.woff2')),
      'KaTeX woff2 fonts',
    ).toBe(true);
    const missing = assets.filter(
      (file) => !worker.includes(`"./${file}"`) && !worker.includes(`'./${file}'`),
    );
    expect(missing, 'dist/assets files missing from the precache list').toEqual([]);
  });

  test('every file in the precache list exists', async () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const listed = [...worker.matchAll(/["'](\.\/[^"'\s]*)["']/g)].map((match) => match[1] ?? '');
    expect(listed).toContain('./');
    // One missing file fails the worker's install (cache.addAll), and with it offline use.
    const missing = [];
    for (const file of listed) {
      const response = await fetch(siteUrl(file), { method: 'HEAD' });
      if (response.status !== 200) missing.push(`${file} (${response.status})`);
    }
    expect(missing, 'precached files that do not exist').toEqual([]);
  });

  test('the site works offline after the first visit', async () => {
    // A server of its own, so this test can take the site off the network for real.
    const site = await startStaticServer();
    const opened = await openPage(site.url);
    try {
      const { page, context } = opened;
      const ready = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
        ]),
      );
      expect(ready, 'the service worker became ready (its install did not fail)').toBe(true);
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
        await page.reload({ waitUntil: 'load' });
      }
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      // The install step cached the whole build, fonts and lazy chunks included.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          urls.push(...(await cache.keys()).map((request) => request.url));
        }
        return urls;
      });
      const uncached = precachable(distFiles('assets')).filter(
        (file) => !cached.includes(site.url + file),
      );
      expect(uncached, 'dist/assets files missing from the cache').toEqual([]);

      await site.close();
      await context.setOffline(true);
      opened.failedRequests.length = 0;
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('main').first().waitFor({ timeout: 10_000 });
      const heading = page.getByRole('heading', { name: 'FLOPs Lab' });
      const main = page.getByRole('main').first();
      expect((await heading.count()) > 0 || (await main.innerText()).trim() !== '').toBe(true);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
      await site.close();
    }
  });
});
