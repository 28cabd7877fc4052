// Layer specs: a network is data, a list of these (architectures.md).

/** Padding: a number per side, per-dimension numbers, 'same' (output ⌈D_F/s⌉) or 'valid' (0). */
export type Padding = number | readonly number[] | 'same' | 'valid';

/** The activations the engine knows (activations.ts has their numeric form). */
export type ActivationName = 'relu' | 'relu6' | 'sigmoid' | 'swish' | 'hard-swish';

/** The part of a block a layer belongs to (the MBConv slide splits cost by these). */
export type BlockPart =
  'expand' | 'depthwise' | 'se' | 'project' | 'residual' | 'shortcut' | 'body';

interface Common {
  /** A unique, readable name such as "conv_dw_1" or "stage3.block1.expand". */
  readonly name: string;
  /** The stage (table row) the layer belongs to; inherited from an enclosing block when absent. */
  readonly stage?: string;
  /** The block part, for blocks' per-part costs. */
  readonly part?: BlockPart;
}

/**
 * Convolution in 1D, 2D or 3D (one spatial size per input dimension).
 * Standard, depthwise (groups = channels), pointwise (kernel 1) and grouped are settings of this one op.
 */
export interface ConvSpec extends Common {
  readonly kind: 'conv';
  /** Output channels N. */
  readonly out: number;
  /** Kernel D_K: one number for every spatial dimension, or one per dimension ([t, k, k] in 3D). */
  readonly kernel: number | readonly number[];
  readonly stride?: number | readonly number[];
  readonly padding?: Padding;
  readonly dilation?: number | readonly number[];
  /** Groups g (must divide M and N), or 'depthwise' for g = M. */
  readonly groups?: number | 'depthwise';
  /** A bias per output channel (default false: BN follows). */
  readonly bias?: boolean;
}

/** Dense (fully connected) n → m; a spatial input is flattened first. */
export interface DenseSpec extends Common {
  readonly kind: 'dense';
  readonly out: number;
  /** Default true. */
  readonly bias?: boolean;
}

/** Batch norm: γ, β trainable (2 per channel); running mean, var buffers (2 per channel). */
export interface BatchNormSpec extends Common {
  readonly kind: 'bn';
}

/** An elementwise activation. */
export interface ActivationSpec extends Common {
  readonly kind: 'act';
  readonly fn: ActivationName;
}

/** Max or average pooling over a window. */
export interface PoolSpec extends Common {
  readonly kind: 'pool';
  readonly op: 'max' | 'avg';
  readonly kernel: number | readonly number[];
  readonly stride?: number | readonly number[];
  readonly padding?: Padding;
}

/** Global pooling: every channel to one number. */
export interface GlobalPoolSpec extends Common {
  readonly kind: 'global-pool';
  readonly op: 'avg' | 'max';
}

/** Squeeze-and-excitation on the current C channels: squeeze, FC C → C_r, act, FC C_r → C, sigmoid, scale. */
export interface SeSpec extends Common {
  readonly kind: 'se';
  /** Squeezed channels C_r (C/r in the SE paper; ⌊c_in/4⌋ of the block input in EfficientNet). */
  readonly reduced: number;
  /** The activation δ between the FCs (ReLU in the SE paper, swish in EfficientNet). Default 'relu'. */
  readonly act?: ActivationName;
}

/** A residual block: body, shortcut (identity when empty) and their elementwise sum. */
export interface ResidualSpec extends Common {
  readonly kind: 'residual';
  readonly body: readonly LayerSpec[];
  readonly shortcut?: readonly LayerSpec[];
}

/** MBConv / inverted residual (MobileNetV2, EfficientNet): expand 1×1 → depthwise → SE → project 1×1 (+ add). */
export interface MbConvSpec extends Common {
  readonly kind: 'mbconv';
  /** Output channels. */
  readonly out: number;
  /** Expansion ratio t (1 skips the expand conv). */
  readonly expand: number;
  /** Depthwise kernel size. */
  readonly kernel: number;
  readonly stride: number;
  /** SE ratio of the block's input channels (EfficientNet 0.25); 0 for no SE. */
  readonly seRatio: number;
  /** Activation after expand and depthwise (swish in EfficientNet, relu6 in MobileNetV2). */
  readonly act: ActivationName;
  /** SE's inner activation (default: act). */
  readonly seAct?: ActivationName;
  /** Residual add when stride is 1 and c_in = c_out (default true: "when shapes match"). */
  readonly residual?: boolean;
}

/** Keras's input Normalization layer: mean, variance per channel and a count, all non-trainable. */
export interface NormalizeSpec extends Common {
  readonly kind: 'normalize';
}

/** Any layer spec. */
export type LayerSpec =
  | ConvSpec
  | DenseSpec
  | BatchNormSpec
  | ActivationSpec
  | PoolSpec
  | GlobalPoolSpec
  | SeSpec
  | ResidualSpec
  | MbConvSpec
  | NormalizeSpec;

/** A network: an input shape and a list of layer specs. */
export interface Network {
  /** Registry id such as "mobilenet-v1" or "efficientnet-b0". */
  readonly id: string;
  /** Human title such as "MobileNetV1 1.0-224". */
  readonly title: string;
  /** Input: spatial sizes ([H, W] or [T, H, W]) and channels. */
  readonly input: { readonly spatial: readonly number[]; readonly channels: number };
  readonly layers: readonly LayerSpec[];
  /** Whether this network's paper counts BN γ/β in its "params" (MobileNet no, EfficientNet yes). */
  readonly paperCountsBatchNorm?: boolean;
}
