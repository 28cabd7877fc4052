// Lighthouse scores (desktop preset) of one page of the site, through the lighthouse CLI.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_ARGS } from '../../tests/e2e/support/chromium.mjs';

const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
];

// Runs Lighthouse on `url` with Chromium at `chromePath`; resolves with scores and metrics,
// or rejects with the CLI's output when it fails.
export async function runLighthouse({ root, url, chromePath, outputPath }) {
  rmSync(outputPath, { force: true });
  const args = [
    url,
    '--preset=desktop',
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${outputPath}`,
    '--quiet',
    `--chrome-flags=${['--headless=new', ...BROWSER_ARGS].join(' ')}`,
  ];
  const output = await new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'lighthouse'), args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`lighthouse exited with ${code}\n${text}`)),
    );
  });
  let report;
  try {
    report = JSON.parse(readFileSync(outputPath, 'utf8'));
  } catch {
    throw new Error(`lighthouse wrote no report\n${output}`);
  }
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const score = (id) => {
    const value = report.categories?.[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const accessibilityIssues = (report.categories?.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    accessibilityIssues,
    metrics: METRICS.map(([id, name, unit]) => ({
      name,
      unit,
      value: report.audits?.[id]?.numericValue ?? null,
    })),
  };
}
