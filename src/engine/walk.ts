// Walks a list of layer specs, block by block, turning each primitive layer into an analysis row.
import { expandMbConv } from './blocks/mbconv';
import type { Convention, ExtraCosts } from './conventions';
import type { EngineError, Result } from './errors';
import { analyzeConv } from './layers/conv';
import { analyzeDense } from './layers/dense';
import {
  analyzeActivation,
  analyzeAdd,
  analyzeBatchNorm,
  analyzeNormalize,
} from './layers/elementwise';
import { isError } from './layers/geometry';
import { analyzeGlobalPool, analyzePool } from './layers/pool';
import type { RowContext } from './layers/row';
import { analyzeSe } from './layers/se';
import type { BlockPart, LayerSpec, MbConvSpec, ResidualSpec } from './layers/spec';
import type { LayerRow } from './rows';
import { formatShape, shapeElements, shapesEqual, type Shape } from './shapes';

const expansions = new Map<string, readonly LayerSpec[]>();

/**
 * Expands an MBConv spec, cached by its settings and input width: panels rebuild and re-analyse the
 * same blocks on every slider step. The cache is cleared when it grows past 20,000 blocks.
 */
function expansion(
  spec: MbConvSpec,
  channels: number,
  field: string,
): Result<readonly LayerSpec[]> {
  const key = `${spec.name}|${channels}|${spec.out}|${spec.expand}|${spec.kernel}|${spec.stride}|${spec.seRatio}|${spec.act}|${spec.seAct}|${spec.residual}`;
  const hit = expansions.get(key);
  if (hit !== undefined) return { ok: true, value: hit };
  const specs = expandMbConv(spec, channels, field);
  if (specs.ok) {
    if (expansions.size > 20_000) expansions.clear();
    expansions.set(key, specs.value);
  }
  return specs;
}

/** The rows found so far and how they are counted. */
export interface Walk {
  readonly rows: LayerRow[];
  readonly convention: Convention;
  readonly extras: ExtraCosts;
}

/** Where a list of specs sits: its path, stage, block, part and the shortcut values held meanwhile. */
export interface Place {
  readonly prefix: string;
  readonly stage: string;
  readonly block: string | null;
  readonly part: BlockPart | null;
  readonly held: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Analyses one primitive spec (blocks are handled by walk). */
function primitive(spec: LayerSpec, input: Shape, ctx: RowContext): LayerRow | EngineError {
  switch (spec.kind) {
    case 'conv':
      return analyzeConv(spec, input, ctx);
    case 'dense':
      return analyzeDense(spec, input, ctx);
    case 'bn':
      return analyzeBatchNorm(input, ctx);
    case 'act':
      return analyzeActivation(spec.fn, input, ctx);
    case 'pool':
      return analyzePool(spec, input, ctx);
    case 'global-pool':
      return analyzeGlobalPool(spec, input, ctx);
    case 'se':
      return analyzeSe(spec, input, ctx);
    default:
      return analyzeNormalize(input, ctx);
  }
}

/** A residual block: body, shortcut (both from the same input), then the add. */
function residual(
  w: Walk,
  spec: ResidualSpec,
  input: Shape,
  at: Place,
  field: string,
  stage: string,
): Shape | EngineError {
  const body = walk(w, spec.body, input, {
    prefix: `${field}.body`,
    stage,
    block: spec.name,
    part: (spec.part ?? at.part) === 'residual' ? null : (spec.part ?? at.part),
    held: at.held + shapeElements(input),
  });
  if (isError(body)) return body;
  const short = walk(w, spec.shortcut ?? [], input, {
    prefix: `${field}.shortcut`,
    stage,
    block: spec.name,
    part: 'shortcut',
    held: at.held + shapeElements(body),
  });
  if (isError(short)) return short;
  if (!shapesEqual(body, short)) {
    return {
      code: 'shape-mismatch',
      field,
      message:
        `Residual block ${spec.name}: the body gives ${formatShape(body)} but the shortcut gives ` +
        `${formatShape(short)}; an add needs equal shapes (use a projection shortcut).`,
    };
  }
  const row = analyzeAdd(body, {
    convention: w.convention,
    extras: w.extras,
    index: w.rows.length,
    name: `${spec.name}.add`,
    prefix: field,
    position: -1,
    stage,
    block: spec.name,
    part: 'residual',
    held: at.held + shapeElements(short),
  });
  w.rows.push(row);
  return row.outputShape;
}

/** Walks specs from an input shape, appending rows; returns the output shape or the first error. */
export function walk(
  w: Walk,
  specs: readonly LayerSpec[],
  input: Shape,
  at: Place,
): Shape | EngineError {
  let current = input;
  // One context object reused for every row of this list: rows copy what they keep.
  const ctx: Mutable<RowContext> = {
    convention: w.convention,
    extras: w.extras,
    index: 0,
    name: '',
    prefix: at.prefix,
    position: 0,
    stage: at.stage,
    block: at.block,
    part: at.part,
    held: at.held,
  };
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as LayerSpec;
    const stage = spec.stage ?? at.stage;
    if (spec.kind === 'mbconv' || spec.kind === 'residual') {
      const field = `${at.prefix}[${i}]`;
      let out: Shape | EngineError;
      if (spec.kind === 'residual') out = residual(w, spec, current, at, field, stage);
      else {
        const expanded = expansion(spec, current.channels, field);
        if (!expanded.ok) return expanded.error;
        const inner = {
          prefix: `${field}.block`,
          stage,
          block: spec.name,
          part: spec.part ?? at.part,
          held: at.held,
        };
        out = walk(w, expanded.value, current, inner);
      }
      if (isError(out)) return out;
      current = out;
      continue;
    }
    ctx.index = w.rows.length;
    ctx.name = spec.name;
    ctx.position = i;
    ctx.stage = stage;
    ctx.part = spec.part ?? at.part;
    const row = primitive(spec, current, ctx);
    if (isError(row)) return row;
    w.rows.push(row);
    current = row.outputShape;
  }
  return current;
}
