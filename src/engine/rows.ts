// The analysis result: one row per primitive layer, and totals.
import type { Convention, ExtraCosts, PresetId } from './conventions';
import type { Derivation } from './derivation';
import type { EngineError } from './errors';
import type { BlockPart } from './layers/spec';
import type { Shape } from './shapes';
import type { Flops, Macs, Params } from './units';

/** The kind of a primitive layer. */
export type LayerKind =
  'conv' | 'dense' | 'bn' | 'act' | 'pool' | 'global-pool' | 'se' | 'add' | 'normalize';

/** Conv types: names for settings of the one convolution. */
export type ConvType = 'standard' | 'depthwise' | 'pointwise' | 'grouped';

/** Where a layer's values go: weights, bias, BN γ/β (trainable) and buffers (BN running statistics). */
export interface ParamSplit {
  readonly weights: Params;
  readonly bias: Params;
  readonly batchNorm: Params;
  readonly buffers: Params;
}

/** One primitive layer of an analysed network. */
export interface LayerRow {
  readonly index: number;
  readonly name: string;
  readonly kind: LayerKind;
  /** conv: its ConvType; act: the function; pool: 'max' | 'avg'; others: the kind. */
  readonly type: string;
  /** The layer-type category of MobileNet's Table 2: "Conv 1×1", "Conv DW 3×3", "Fully connected", … */
  readonly category: string;
  readonly stage: string;
  /** The enclosing block's name, if any. */
  readonly block: string | null;
  readonly part: BlockPart | null;
  readonly inputShape: Shape;
  readonly outputShape: Shape;
  /** Trainable parameters: weights + bias + BN γ/β. */
  readonly params: Params;
  readonly split: ParamSplit;
  /** Multiply-accumulates of conv, dense and SE's two FCs (0 for other layers). */
  readonly macs: Macs;
  /** The cost under the analysis convention, extra costs included when asked for. */
  readonly flops: Flops;
  /** The part of `flops` that comes from extra costs (BN, activations, pooling, SE scale, adds). */
  readonly extraFlops: Flops;
  /** How `flops` comes about. */
  readonly derivation: Derivation;
  /** How `params` comes about. */
  readonly paramsDerivation: Derivation;
  /**
   * Activation values alive while this layer runs, batch 1: input + output + a held shortcut;
   * elementwise layers (BN, activations, SE's scale, adds) run in place and need no separate output.
   */
  readonly liveActivations: number;
}

/** Sums over a set of rows. */
export interface Totals {
  readonly macs: Macs;
  readonly flops: Flops;
  /** Trainable: weights + biases + BN γ/β. */
  readonly params: Params;
  readonly weights: Params;
  readonly biases: Params;
  /** The BN γ/β part of params. */
  readonly batchNormParams: Params;
  /** BN running mean/var (and Keras normalization) values: not trainable. */
  readonly buffers: Params;
}

/** Options for analyzeNetwork. */
export interface AnalyzeOptions {
  /** A source's counting choices; convention and extras below override it. Default 'paper'. */
  readonly preset?: PresetId;
  readonly convention?: Convention;
  readonly extras?: Partial<ExtraCosts>;
}

/** A network analysed layer by layer. */
export interface Analysis {
  readonly network: { readonly id: string; readonly title: string };
  readonly input: Shape;
  readonly output: Shape;
  readonly convention: Convention;
  readonly preset: PresetId;
  readonly extras: ExtraCosts;
  readonly rows: readonly LayerRow[];
  readonly totals: Totals;
  /** The preset's headline params (e.g. MobileNet's paper: no BN; Keras: total with buffers). */
  readonly reportedParams: Params;
  /** Largest liveActivations over the rows (values, batch 1). */
  readonly peakActivations: number;
  /** Warnings, e.g. a total beyond 2^53 that is no longer exact. */
  readonly warnings: readonly EngineError[];
}
