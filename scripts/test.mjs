// `npm test`: every check the project has, in order, stopping at the first that fails.
//
//   typecheck → lint → format check → unit and component tests (Vitest, jsdom) → vite build
//   → browser tests (Vitest + playwright-core, tests/e2e/*.e2e.ts, against dist/)
//
// Output streams live; each step ends with its time. The last line is the summary of the
// unit and browser tests, `N passed, N failed` (`, N skipped` when some were skipped), and
// the exit code is non-zero when any step failed.
//
// Chromium is looked up as tests/e2e/support/chromium.mjs says ($CHROME_PATH, then the usual
// paths). Without one the browser tests are skipped, or, with CI=true, the run fails at once.
// FLOPS_LAB_NO_BROWSER=1 pretends there is no Chromium (to try those two paths).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, flagIsSet, installHint } from '../tests/e2e/support/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const CI = flagIsSet(process.env.CI);

const counts = { passed: 0, failed: 0, skipped: 0 };

// Runs a tool from node_modules/.bin with inherited output; resolves with its exit code.
function run(tool, args, env = {}) {
  const windows = process.platform === 'win32';
  const bin = join(ROOT, 'node_modules', '.bin', windows ? `${tool}.cmd` : tool);
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      cwd: ROOT,
      // Everything goes to stdout, in order, so the summary really is the last line.
      stdio: ['inherit', 1, 1],
      shell: windows,
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.log(`could not start ${tool}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// Counts a Vitest JSON report (Jest's format). A file that failed to load has no failing test
// of its own: it counts as one failure, so the summary never reads "0 failed" for a red run.
function countReport(path, exitCode) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    report = undefined;
  }
  const result = { passed: 0, failed: 0, skipped: 0, note: '' };
  if (report) {
    result.passed = report.numPassedTests ?? 0;
    result.failed = report.numFailedTests ?? 0;
    result.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const file of report.testResults ?? []) {
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      if (file.status === 'failed' && failedTests.length === 0) result.failed += 1;
    }
  }
  if (exitCode !== 0 && result.failed === 0) {
    result.failed = 1;
    result.note = report
      ? 'Vitest failed without a failing test (no test files, or an error outside the tests)'
      : 'Vitest wrote no report';
  }
  return result;
}

function seconds(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

function finish(exitCode) {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
  process.exit(exitCode);
}

const started = performance.now();
const steps = [
  { name: 'typecheck', tool: 'tsc', args: ['-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', tool: 'eslint', args: ['.', '--max-warnings=0'] },
  { name: 'format', tool: 'prettier', args: ['--check', '.'] },
  { name: 'unit tests', tool: 'vitest', args: ['run'], report: 'unit.json' },
  { name: 'build', tool: 'vite', args: ['build'] },
  {
    name: 'browser tests',
    tool: 'vitest',
    args: ['run', '-c', 'vitest.e2e.config.ts'],
    report: 'e2e.json',
    browser: true,
  },
];

const chromium = findChromium();
const why = flagIsSet(process.env.FLOPS_LAB_NO_BROWSER)
  ? 'FLOPS_LAB_NO_BROWSER is set: unset it to run them.'
  : installHint();
if (!chromium && CI) {
  console.log(`\n✗ CI=true and the browser tests need Chromium. ${why}`);
  finish(1);
}

mkdirSync(RESULTS, { recursive: true });
for (const step of steps) {
  if (step.browser && !chromium) {
    console.log(`\n— ${step.name}: SKIPPED (no Chromium). ${why}`);
    const list = join(RESULTS, 'e2e-list.json');
    rmSync(list, { force: true });
    const code = await run('vitest', ['list', '-c', 'vitest.e2e.config.ts', `--json=${list}`], {
      FLOPS_LAB_E2E_LIST_ONLY: '1',
    });
    try {
      if (code === 0) counts.skipped += JSON.parse(readFileSync(list, 'utf8')).length;
    } catch {
      // Uncounted: the message above still says they were skipped.
    }
    continue;
  }
  const args = [...step.args];
  const reportPath = step.report && join(RESULTS, step.report);
  if (reportPath) {
    rmSync(reportPath, { force: true });
    args.push('--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`);
  }
  console.log(`\n▶ ${step.name}: ${step.tool} ${args.join(' ')}`);
  const start = performance.now();
  const code = await run(step.tool, args, step.browser ? { CHROME_PATH: chromium } : {});
  if (reportPath) {
    const result = countReport(reportPath, code);
    counts.passed += result.passed;
    counts.failed += result.failed;
    counts.skipped += result.skipped;
    if (result.note) console.log(result.note);
  }
  if (code !== 0) {
    console.log(`\n✗ ${step.name} failed (exit code ${code}, ${seconds(start)}); stopping here.`);
    finish(1);
  }
  console.log(`✓ ${step.name} (${seconds(start)})`);
}
const note = chromium ? '' : ' (browser tests skipped)';
console.log(`\nAll steps passed${note} in ${seconds(started)}.`);
finish(0);
