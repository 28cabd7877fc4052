// Test helpers: unwrap engine results, compare with printed figures, check golden files.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  analyzeNetwork,
  buildModel,
  formatCount,
  formatShape,
  unwrap,
  type Analysis,
  type AnalyzeOptions,
  type ModelOptions,
  type PrintedNumber,
} from '../../src/engine/index';

/** Analyses a registry model, failing the test on an engine error. */
export function analyzeModel(
  id: string,
  options: ModelOptions = {},
  analyze: AnalyzeOptions = {},
): Analysis {
  return unwrap(analyzeNetwork(unwrap(buildModel(id, options)), analyze));
}

/** Tells whether an exact value rounds to a printed number (within half its step). */
export function withinRounding(exact: number, printed: PrintedNumber): boolean {
  return Math.abs(exact - printed.value) <= printed.step / 2 + 1e-6 * printed.step;
}

/** Asserts that an exact value prints as a published figure, with a readable failure. */
export function expectRoundsTo(exact: number, printed: PrintedNumber, what: string): void {
  const shown = `${what}: engine ${formatCount(exact)} vs printed ${printed.printed} (±${formatCount(printed.step / 2)})`;
  expect(withinRounding(exact, printed), shown).toBe(true);
}

/** A per-layer table in plain text, for golden files. */
export function layerTable(a: Analysis): string {
  const lines = a.rows
    .filter(
      (r) => r.kind === 'conv' || r.kind === 'dense' || r.kind === 'se' || r.kind === 'global-pool',
    )
    .map((r) =>
      [
        r.name,
        r.type,
        r.stage,
        formatShape(r.inputShape),
        formatShape(r.outputShape),
        formatCount(r.macs),
        formatCount(r.params),
      ].join('\t'),
    );
  const t = a.totals;
  return [
    `# ${a.network.title} — name, type, stage, input, output, MACs, params (trainable)`,
    ...lines,
    `# totals: MACs ${formatCount(t.macs)}, params ${formatCount(t.params)} (BN γ/β ${formatCount(t.batchNormParams)}, buffers ${formatCount(t.buffers)})`,
    '',
  ].join('\n');
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Compares text with a checked-in golden file. A difference writes a `-changed` copy beside it
 * to read and, when right, to copy over the golden file. UPDATE_GOLDEN=1 writes missing files.
 */
export function expectGolden(name: string, text: string): void {
  const file = join(here, 'golden', name);
  const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
  if (!existsSync(file) && process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  const golden = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (golden === text) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, text);
  expect(text, `golden ${name} differs: read ${changed} and copy it over if it is right`).toBe(
    golden,
  );
}
