// `npm run bench`: the figures behind the performance budgets, each printed beside its budget.
// It reports; it does not judge. It exits non-zero only when something could not be measured
// for a reason other than the app not having it yet (a build that fails, a browser that does
// not start, Lighthouse crashing, an engine that exists but lacks the benched functions).
//
//   a. engine   warm analyzeNetwork timings (scripts/bench/engine.mjs)
//   b. bundle   initial JS (entry + modulepreloads) gzip and raw; all JS, CSS, fonts
//   c. input    Event Timing input-to-paint p50/p95 while stepping a slider with the keyboard,
//               at 1× and 4× CPU slowdown, per slide (method: scripts/bench/input.mjs)
//   d. lighthouse  performance and accessibility scores, desktop preset, of a deep link
//   e. layout shift while stepping the slider, per slide
//
// Options: --slides=a,b,c (default: efficientnet-b0-table,compound-scaling,mobilenet-architecture)
//          --lighthouse=<slide id> (default efficientnet-b0-table; the home page if it is missing)
//          --only=engine,bundle,input,lighthouse   --presses=80   --no-build (reuse dist/)
// Chromium: see tests/e2e/support/chromium.mjs. Writes bench-results/bench.json and
// bench-results/lighthouse.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, installHint, launchBrowser } from '../tests/e2e/support/chromium.mjs';
import { DIST, startStaticServer } from '../tests/e2e/support/static-server.mjs';
import { measureBundle } from './bench/bundle.mjs';
import { measureEngine } from './bench/engine.mjs';
import { measureSlide, slideIsMissing } from './bench/input.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench-results');

const { values: options } = parseArgs({
  options: {
    slides: {
      type: 'string',
      default: 'efficientnet-b0-table,compound-scaling,mobilenet-architecture',
    },
    lighthouse: { type: 'string', default: 'efficientnet-b0-table' },
    only: { type: 'string', default: 'engine,bundle,input,lighthouse' },
    presses: { type: 'string', default: '80' },
    'no-build': { type: 'boolean', default: false },
  },
});
const sections = new Set(options.only.split(',').map((name) => name.trim()));
const slides = options.slides
  .split(',')
  .map((id) => id.trim())
  .filter(Boolean);
const presses = Math.max(10, Number.parseInt(options.presses, 10) || 80);

// Each figure: its section, what it is, its value, its budget ('—' when it has none).
const rows = [];
const unmeasured = [];
const data = { date: new Date().toISOString(), node: process.version };

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const µs = (value) =>
  `${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en')} µs`;
const ms = (value) => (value === null ? '<16 ms' : `${Math.round(value)} ms`);

function figure(section, name, value, budget = '—') {
  rows.push({ section, name, value, budget });
  console.log(`  ${name}: ${value}${budget === '—' ? '' : `   (budget ${budget})`}`);
}

function cannotMeasure(section, reason) {
  unmeasured.push(`${section}: ${reason}`);
  figure(section, 'not measurable', reason.split(/\n|(?<=\.)\s/)[0]);
}

function build() {
  console.log('building (vite build)…');
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed\n${result.stdout}${result.stderr}`);
}

// a. Engine timings.
if (sections.has('engine')) {
  console.log('\na. engine (warm, in Node through tsx)');
  const engine = await measureEngine(ROOT);
  data.engine = engine;
  if (engine.missing) figure('engine', 'not measurable', engine.missing);
  else if (engine.error) cannotMeasure('engine', engine.error);
  else {
    for (const timing of engine.timings) {
      const runs =
        timing.batch > 1 ? `${timing.runs} × ${timing.batch} calls` : `${timing.runs} runs`;
      figure('engine', `${timing.name} median`, µs(timing.median));
      figure('engine', `${timing.name} p95 (${runs})`, µs(timing.p95));
    }
  }
}

// b. Bundle sizes (the sections below need a build too).
let built = false;
if (sections.has('bundle') || sections.has('input') || sections.has('lighthouse')) {
  try {
    if (!options['no-build'] || !existsSync(join(DIST, 'index.html'))) build();
    built = true;
  } catch (error) {
    console.log(error.message);
    cannotMeasure('bundle', 'the build failed (output above)');
  }
}
if (built && sections.has('bundle')) {
  console.log('\nb. bundle (gzip level 9; 1 kB = 1000 B)');
  const bundle = measureBundle(DIST);
  data.bundle = bundle;
  figure(
    'bundle',
    `initial JS gzip (${bundle.initialJs.files.length} files)`,
    kB(bundle.initialJs.gzip),
    '≤ 150 kB',
  );
  figure('bundle', 'initial JS raw', kB(bundle.initialJs.raw));
  figure('bundle', 'initial CSS gzip', kB(bundle.initialCss.gzip));
  figure('bundle', `all JS gzip (${bundle.totalJs.count} files)`, kB(bundle.totalJs.gzip));
  figure('bundle', `all CSS gzip (${bundle.css.count} files)`, kB(bundle.css.gzip));
  const formats = Object.entries(bundle.fonts.formats)
    .map(([format, count]) => `${count} ${format}`)
    .join(', ');
  figure('bundle', `fonts (${formats || 'none'})`, kB(bundle.fonts.raw));
}

// c, e. Input-to-paint and layout shift while stepping a slider; d. Lighthouse.
for (const section of ['input', 'lighthouse']) {
  if (!built && sections.has(section)) cannotMeasure(section, 'there is no build to measure');
}
const chromePath = findChromium();
const wantsBrowser = built && (sections.has('input') || sections.has('lighthouse'));
if (wantsBrowser && !chromePath) {
  if (sections.has('input')) cannotMeasure('input', installHint());
  if (sections.has('lighthouse')) cannotMeasure('lighthouse', installHint());
} else if (wantsBrowser) {
  const site = await startStaticServer();
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    if (sections.has('input')) cannotMeasure('input', `Chromium did not start: ${error.message}`);
  }
  try {
    if (browser && sections.has('input')) {
      console.log(`\nc. input-to-paint, e. layout shift (${presses} key presses per run)`);
      data.input = {};
      for (const id of slides) {
        for (const rate of [1, 4]) {
          const result = await measureSlide(browser, `${site.url}#/${id}`, {
            rate,
            presses,
          }).catch((error) => ({ missing: `it failed: ${error.message.split('\n')[0]}` }));
          data.input[`${id}@${rate}x`] = result;
          if (result.missing) {
            figure('input', id, `not measurable: ${result.missing}`);
            break;
          }
          const counted =
            result.interactions === null ? '' : `, ${result.interactions} interactions counted`;
          console.log(
            `  ${id} at ${rate}× — slider "${result.label}": ${result.over16} of ` +
              `${result.presses} presses ≥ 16 ms${counted}, worst ${ms(result.max)}`,
          );
          figure('input', `${id} p50 @${rate}× CPU`, ms(result.p50));
          figure('input', `${id} p95 @${rate}× CPU`, ms(result.p95), '≤ 16 ms');
          if (result.panelUpdates > 0) {
            figure(
              'input',
              `${id} panel painted after input p50/p95 @${rate}×`,
              `${Math.round(result.panelP50)}/${Math.round(result.panelP95)} ms`,
            );
          }
          if (rate === 1) {
            figure(
              'layout shift',
              `${id} total shift while stepping`,
              result.shiftTotal.toFixed(3),
            );
            figure('layout shift', `${id} CLS (shifts not after input)`, result.cls.toFixed(3));
          }
        }
      }
    }
    if (sections.has('lighthouse')) {
      console.log('\nd. lighthouse (desktop preset)');
      let path = `#/${options.lighthouse}`;
      if (browser) {
        const page = await browser.newPage({ serviceWorkers: 'block' });
        await page.goto(site.url + path, { waitUntil: 'load' });
        if (await slideIsMissing(page)) {
          console.log(`  ${path} does not exist yet: measuring the home page instead`);
          path = '';
        }
        await page.close();
      }
      mkdirSync(RESULTS, { recursive: true });
      try {
        const report = await runLighthouse({
          root: ROOT,
          url: site.url + path,
          chromePath,
          outputPath: join(RESULTS, 'lighthouse.json'),
        });
        data.lighthouse = { path, ...report };
        const where = path || 'home page';
        figure('lighthouse', `performance, ${where}`, String(report.performance), '≥ 95');
        figure('lighthouse', `accessibility, ${where}`, String(report.accessibility), '100');
        for (const metric of report.metrics) {
          if (metric.value === null) continue;
          const value =
            metric.unit === 'ms' ? `${Math.round(metric.value)} ms` : metric.value.toFixed(3);
          figure('lighthouse', `  ${metric.name}`, value);
        }
        if (report.accessibilityIssues.length > 0) {
          figure('lighthouse', '  failing a11y audits', report.accessibilityIssues.join(', '));
        }
      } catch (error) {
        console.log(error.message);
        cannotMeasure('lighthouse', 'Lighthouse failed (output above)');
      }
    }
  } finally {
    await browser?.close();
    await site.close();
  }
}

// The table: every figure beside its budget.
const widths = ['section', 'name', 'value'].map((key) =>
  Math.max(key === 'name' ? 6 : 7, ...rows.map((row) => String(row[key]).length)),
);
const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ');
console.log(`\n${line(['section', 'figure', 'value', 'budget'])}`);
console.log(line(widths.map((width) => '─'.repeat(width)).concat('──────')));
const order = ['engine', 'bundle', 'input', 'lighthouse', 'layout shift'];
let previous = '';
for (const row of rows.toSorted((a, b) => order.indexOf(a.section) - order.indexOf(b.section))) {
  console.log(line([row.section === previous ? '' : row.section, row.name, row.value, row.budget]));
  previous = row.section;
}

mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify({ ...data, rows }, null, 2)}\n`);
if (unmeasured.length > 0) {
  console.log(`\nCould not measure:\n  ${unmeasured.join('\n  ')}`);
  process.exit(1);
}
