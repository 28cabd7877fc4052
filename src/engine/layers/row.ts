// Building one analysis row: the context a layer is analysed in, and its cost under a convention.
import type { Convention, ElementRule, ExtraCosts } from '../conventions';
import { derive, type Derivation } from '../derivation';
import { num } from '../expr';
import type { LayerKind, LayerRow } from '../rows';
import { shapeElements, type Shape } from '../shapes';
import { asFlops, asMacs, asParams } from '../units';
import type { FieldSource } from '../validate';
import type { BlockPart } from './spec';

/** Where a layer sits (its path is prefix[position]) and how it is counted. */
export interface RowContext extends FieldSource {
  readonly index: number;
  readonly name: string;
  readonly stage: string;
  readonly block: string | null;
  readonly part: BlockPart | null;
  readonly convention: Convention;
  readonly extras: ExtraCosts;
  /** Elements of a shortcut tensor held while this layer runs. */
  readonly held: number;
}

/**
 * The cost of dot products under a convention: `outputs` dot products of length `dot` (macs = outputs · dot).
 * flops: each is 2·dot − 1 (+ 1 with bias), the lecture's rule; 2macs: 2 · MACs.
 */
export function dotCost(
  convention: Convention,
  macs: number,
  dot: number,
  outputs: number,
  bias: boolean,
): number {
  if (convention === 'macs') return macs;
  if (convention === '2macs') return 2 * macs;
  return outputs * (2 * dot - 1) + (bias ? outputs : 0);
}

/** The cost of an elementwise extra under a convention. */
export function elementCost(convention: Convention, rule: ElementRule, elements: number): number {
  return (convention === 'macs' ? rule.macs : rule.flops) * elements;
}

const uncountedCache = {
  MACs: new Map<string, Derivation>(),
  FLOPs: new Map<string, Derivation>(),
};

/** The shared derivation of an extra cost that is not counted: 0, with the rule and the option to turn on. */
export function uncounted(convention: Convention, option: string, rule: string): Derivation {
  const quantity = convention === 'macs' ? 'MACs' : 'FLOPs';
  const cache = uncountedCache[quantity];
  const hit = cache.get(rule);
  if (hit !== undefined) return hit;
  const made = derive(quantity, num(0), {}, 0, `Not counted (turn on "${option}"). ${rule}`);
  cache.set(rule, made);
  return made;
}

/** The fields a layer computes; the context supplies the rest. */
export interface RowFields {
  readonly kind: LayerKind;
  readonly type: string;
  readonly category: string;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  readonly weights: number;
  readonly bias: number;
  readonly batchNorm: number;
  readonly buffers: number;
  readonly macs: number;
  readonly flops: number;
  readonly extraFlops: number;
  readonly derivation: Derivation;
  readonly paramsDerivation: Derivation;
  /** Elementwise layers run in place: their output reuses the input's memory. */
  readonly inPlace?: boolean;
}

/** Assembles a row. */
export function makeRow(ctx: RowContext, f: RowFields): LayerRow {
  return {
    index: ctx.index,
    name: ctx.name,
    kind: f.kind,
    type: f.type,
    category: f.category,
    stage: ctx.stage,
    block: ctx.block,
    part: ctx.part,
    inputShape: f.inputShape,
    outputShape: f.outputShape,
    params: asParams(f.weights + f.bias + f.batchNorm),
    split: {
      weights: asParams(f.weights),
      bias: asParams(f.bias),
      batchNorm: asParams(f.batchNorm),
      buffers: asParams(f.buffers),
    },
    macs: asMacs(f.macs),
    flops: asFlops(f.flops),
    extraFlops: asFlops(f.extraFlops),
    derivation: f.derivation,
    paramsDerivation: f.paramsDerivation,
    liveActivations:
      shapeElements(f.inputShape) + (f.inPlace ? 0 : shapeElements(f.outputShape)) + ctx.held,
  };
}
