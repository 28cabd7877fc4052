// Engine timings, warm, in Node (through tsx): the public API of src/engine/index.ts
// (see src/engine/API.md). Each case warms up for a second, then is sampled for two (at least
// 50, at most 5000 samples); median and p95 are per call, in µs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NEEDED = [
  'analyzeNetwork',
  'efficientNet',
  'mobilenetV1',
  'standardConvSteps',
  'derivationToTex',
];

function unwrapResult(result, what) {
  if (!result?.ok) throw new Error(`${what} failed: ${result?.error?.message ?? 'no result'}`);
  return result.value;
}

// Keeps results alive, so the optimizer cannot drop the calls being timed.
let _sink;

// Times `run` repeatedly; returns { runs, median, p95 } in µs per call. A sample repeats a
// fast call enough times to last about 50 µs, so the clock's own cost does not dominate.
function time(run, seconds = 1) {
  const sample = (batch, deadline) => {
    const samples = [];
    while (samples.length < 50 || (samples.length < 5000 && performance.now() < deadline)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) _sink = run();
      samples.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
    }
    return samples.sort((a, b) => a - b);
  };
  const at = (samples, p) =>
    samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] ?? 0;
  const warm = sample(1, performance.now() + seconds * 1000);
  const batch = Math.max(1, Math.ceil(50 / Math.max(at(warm, 0.5), 0.001)));
  const samples = sample(batch, performance.now() + seconds * 2000);
  return { runs: samples.length, batch, median: at(samples, 0.5), p95: at(samples, 0.95) };
}

// Returns { timings: [{ name, runs, median, p95 }] }, or { missing } when the engine is not
// there yet, or { error } when it is there but cannot be measured.
export async function measureEngine(root) {
  const index = join(root, 'src/engine/index.ts');
  if (!existsSync(index)) return { missing: 'src/engine/index.ts does not exist yet' };
  let engine;
  try {
    const { tsImport } = await import('tsx/esm/api');
    engine = await tsImport(pathToFileURL(index).href, import.meta.url);
  } catch (error) {
    return { error: `src/engine/index.ts does not load: ${error.message}` };
  }
  const absent = NEEDED.filter((name) => typeof engine[name] !== 'function');
  if (absent.length > 0) {
    return { error: `src/engine/index.ts does not export ${absent.join(', ')} (API.md)` };
  }
  try {
    const { analyzeNetwork, efficientNet, mobilenetV1, standardConvSteps, derivationToTex } =
      engine;
    const b7 = unwrapResult(efficientNet({ variant: 'b7' }), 'efficientNet b7');
    const v1 = unwrapResult(mobilenetV1({ width: 1, resolution: 224 }), 'mobilenetV1 1.0-224');
    const b7Rows = unwrapResult(analyzeNetwork(b7), 'analyzeNetwork b7').rows.length;
    const v1Rows = unwrapResult(analyzeNetwork(v1), 'analyzeNetwork v1').rows.length;
    const conv = { kernel: 3, inChannels: 32, outChannels: 64, size: 112 };
    unwrapResult(standardConvSteps(conv), 'standardConvSteps');
    return {
      timings: [
        {
          name: `analyzeNetwork EfficientNet-B7 (${b7Rows} rows with derivations)`,
          ...time(() => analyzeNetwork(b7)),
        },
        {
          name: 'EfficientNet-B7 analysis + every derivation as TeX',
          ...time(() => {
            const tex = [];
            for (const row of analyzeNetwork(b7).value.rows) {
              tex.push(derivationToTex(row.derivation), derivationToTex(row.paramsDerivation));
            }
            return tex;
          }),
        },
        {
          name: `analyzeNetwork MobileNetV1 1.0-224 (${v1Rows} rows)`,
          ...time(() => analyzeNetwork(v1)),
        },
        {
          name: 'one conv layer: standardConvSteps 3×3, 32→64, 112²',
          ...time(() => standardConvSteps(conv)),
        },
      ],
    };
  } catch (error) {
    return { error: error.stack ?? String(error) };
  }
}
