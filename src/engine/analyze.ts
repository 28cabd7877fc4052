// Analyses a network layer by layer: shapes, params, MACs, FLOPs under a convention, derivations.
import { CONVENTIONS, NO_EXTRAS, PRESETS, type ExtraCosts } from './conventions';
import { fail, ok, type EngineError, type Result } from './errors';
import { isError } from './layers/geometry';
import type { Network } from './layers/spec';
import type { Analysis, AnalyzeOptions } from './rows';
import { shape } from './shapes';
import { totalsOf } from './totals';
import { asParams } from './units';
import { checkPositiveInt } from './validate';
import { walk, type Walk } from './walk';

function checkInput(network: Network): EngineError | null {
  const bad = checkPositiveInt(network.input.channels, 'input.channels', 'Input channels');
  if (bad) return bad;
  for (const [i, d] of network.input.spatial.entries()) {
    const e = checkPositiveInt(d, `input.spatial[${i}]`, 'Input size');
    if (e) return e;
  }
  return null;
}

/** Analyses a network: one row per primitive layer, totals, peak activations and warnings. */
export function analyzeNetwork(network: Network, options: AnalyzeOptions = {}): Result<Analysis> {
  const bad = checkInput(network);
  if (bad) return { ok: false, error: bad };
  const preset = PRESETS[options.preset ?? 'paper'];
  if (preset === undefined) {
    return fail(
      'unknown-option',
      'preset',
      `Preset must be one of paper, torchvision, keras; got "${String(options.preset)}".`,
    );
  }
  const convention = options.convention ?? preset.convention;
  if (!CONVENTIONS.includes(convention)) {
    return fail(
      'unknown-option',
      'convention',
      `Convention must be one of ${CONVENTIONS.join(', ')}; got "${String(convention)}".`,
    );
  }
  const extras: ExtraCosts = { ...NO_EXTRAS, ...preset.extras, ...options.extras };
  const w: Walk = { rows: [], convention, extras };
  const input = shape(network.input.spatial, network.input.channels);
  const out = walk(w, network.layers, input, {
    prefix: 'layers',
    stage: '',
    block: null,
    part: null,
    held: 0,
  });
  if (isError(out)) return { ok: false, error: out };
  const totals = totalsOf(w.rows);
  const countsBn = network.paperCountsBatchNorm ?? true;
  const mode = preset.params === 'per-paper' ? (countsBn ? 'trainable' : 'no-bn') : preset.params;
  const reported =
    mode === 'no-bn'
      ? totals.params - totals.batchNormParams
      : mode === 'total'
        ? totals.params + totals.buffers
        : totals.params;
  let peak = 0;
  for (const r of w.rows) if (r.liveActivations > peak) peak = r.liveActivations;
  const warnings: EngineError[] = [];
  for (const [key, value] of Object.entries(totals)) {
    if (!Number.isSafeInteger(value)) {
      warnings.push({
        code: 'unsafe-integer',
        field: `totals.${key}`,
        message: `The total ${key} (${value}) is beyond 2^53, where doubles stop being exact; treat it as approximate.`,
      });
    }
  }
  return ok({
    network: { id: network.id, title: network.title },
    input,
    output: out,
    convention,
    preset: preset.id,
    extras,
    rows: w.rows,
    totals,
    reportedParams: asParams(reported),
    peakActivations: peak,
    warnings,
  });
}
