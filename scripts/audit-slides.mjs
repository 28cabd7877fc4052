// `npm run audit:slides`: every slide of the deck in Chromium, one line each — how far its
// content had to be zoomed to fit the 16:9 stage (1.00 = not at all; "overflow" = not even at
// the minimum, the page scrolls), console errors, sideways scroll, and for every slider the
// layout shift and the slowest input-to-paint while it is stepped 6 up and 6 down.
//
//   node scripts/audit-slides.mjs [--slides=a,b] [--size=1280x800] [--theme=light|dark|projector]
//                                 [--no-build] [--no-sliders]
// Reads dist/ (builds it unless --no-build). Reports; never fails on a figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/chromium.mjs';
import { DIST, startStaticServer } from '../tests/e2e/support/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    slides: { type: 'string', default: '' },
    size: { type: 'string', default: '1280x800' },
    theme: { type: 'string', default: 'light' },
    'no-build': { type: 'boolean', default: false },
    'no-sliders': { type: 'boolean', default: false },
  },
});
const [width = 1280, height = 800] = options.size.split('x').map(Number);

if (!options['no-build'] || !existsSync(join(DIST, 'index.html'))) {
  const built = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], { cwd: ROOT });
  if (built.status !== 0) throw new Error(`vite build failed\n${built.stderr}`);
}

const server = await startStaticServer();
const browser = await launchBrowser();

// The slide ids, in deck order, as the outline lists them.
async function slideIds() {
  const page = await browser.newPage();
  await page.goto(`${server.url}#/title`);
  await page.getByRole('button', { name: 'Outline' }).click();
  const hrefs = await page
    .locator('#outline a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.close();
  return hrefs.map((href) => href.replace(/^#\//, '').split('?')[0]);
}

const wanted = options.slides ? options.slides.split(',') : await slideIds();
let worst = { shift: 0, where: '' };
for (const id of wanted) {
  const context = await browser.newContext({
    viewport: { width, height },
    serviceWorkers: 'block',
  });
  await context.addInitScript((theme) => {
    localStorage.setItem(
      'flops-lab:preferences',
      JSON.stringify({
        state: { theme, practice: false, lastSlide: 'title', visited: [] },
        version: 1,
      }),
    );
  }, options.theme);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}#/${id}`);
  await page.locator('#slide-title').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const layout = await page.evaluate(() => {
    const content = document.querySelector('.stage-content');
    return {
      fit: content?.dataset.fit ?? '1.00',
      overflow: content?.dataset.overflow === 'true',
      sideways: document.documentElement.scrollWidth - innerWidth,
    };
  });
  const lines = [];
  const sliders = page.locator('.slide-controls input[type=range]');
  const count = options['no-sliders'] ? 0 : await sliders.count();
  for (let index = 0; index < count; index += 1) {
    const slider = sliders.nth(index);
    const name = await slider.evaluate(
      (input) =>
        document
          .getElementById(input.getAttribute('aria-labelledby') ?? '')
          ?.querySelector('.sr-only')?.textContent ?? '?',
    );
    await slider.focus();
    await page.evaluate(() => {
      const audit = { shift: 0, sources: new Map(), slowest: 0 };
      window.__audit = audit;
      audit.shifts = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          audit.shift += entry.value;
          for (const source of entry.sources) {
            const node = source.node;
            const element = node && (node.nodeType === 1 ? node : node.parentElement);
            const key = element
              ? `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`
              : '(removed)';
            audit.sources.set(key, (audit.sources.get(key) ?? 0) + entry.value);
          }
        }
      });
      audit.shifts.observe({ type: 'layout-shift' });
      audit.events = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          audit.slowest = Math.max(audit.slowest, entry.duration);
      });
      audit.events.observe({ type: 'event', durationThreshold: 16 });
    });
    for (const key of [...Array(6).fill('ArrowRight'), ...Array(6).fill('ArrowLeft')]) {
      await page.keyboard.press(key);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(300);
    const result = await page.evaluate(() => {
      const audit = window.__audit;
      audit.shifts.disconnect();
      audit.events.disconnect();
      const sources = [...audit.sources]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([key, value]) => `${key} ${value.toFixed(3)}`);
      return { shift: audit.shift, slowest: audit.slowest, sources };
    });
    if (result.shift > worst.shift) worst = { shift: result.shift, where: `${id} ${name}` };
    const blame = result.shift >= 0.001 ? `  ← ${result.sources.join(', ')}` : '';
    lines.push(
      `    ${name.replace(/:$/, '').padEnd(8)} shift ${result.shift.toFixed(3)}  slowest ${result.slowest || '<16'} ms${blame}`,
    );
  }
  const fit = layout.overflow ? `${layout.fit} overflow` : layout.fit;
  const problems = [
    layout.sideways > 0 ? `scrolls sideways ${layout.sideways}px` : '',
    errors.length ? `console errors: ${errors.join(' | ')}` : '',
  ].filter(Boolean);
  console.log(`${id.padEnd(28)} fit ${fit}${problems.length ? `  ${problems.join('  ')}` : ''}`);
  for (const line of lines) console.log(line);
  await context.close();
}
if (!options['no-sliders'])
  console.log(`largest shift: ${worst.shift.toFixed(3)} (${worst.where})`);
await browser.close();
await server.close();
