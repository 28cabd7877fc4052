// Counting conventions (architectures.md, "Counting conventions"): every rule stated as data.

/**
 * How a cost is counted.
 * - 'macs': multiply-accumulates, the papers' "mult-adds" (and EfficientNet's and torchvision's "FLOPs").
 * - 'flops': the lecture's FLOPs, every mult and every add: a dot product of n is 2n − 1, + 1 with bias.
 * - '2macs': the common shortcut FLOPs = 2 · MACs (bias folded in).
 */
export type Convention = 'macs' | 'flops' | '2macs';

/** The conventions, in the order the UI offers them. */
export const CONVENTIONS: readonly Convention[] = ['macs', 'flops', '2macs'];

/** A short label and the rule of each convention. */
export const CONVENTION_INFO: Readonly<
  Record<Convention, { readonly label: string; readonly rule: string }>
> = {
  macs: {
    label: 'MACs (mult-adds)',
    rule: 'One multiply-accumulate per weight use: conv = kernel volume · M/g · N · output positions; dense = n · m.',
  },
  flops: {
    label: 'FLOPs (mults + adds)',
    rule: 'Every multiplication and every addition counts 1: a dot product of n elements is 2n − 1, a bias adds 1 per output.',
  },
  '2macs': {
    label: 'FLOPs = 2 · MACs',
    rule: 'Two FLOPs per multiply-accumulate, the bias folded in: the usual shortcut.',
  },
};

/** Costs beyond conv and dense layers that can be counted on request. */
export interface ExtraCosts {
  /** Batch norm at inference. */
  readonly batchNorm: boolean;
  /** Elementwise activations, SE's gate included. */
  readonly activations: boolean;
  /** Max/average pooling, global pooling and SE's squeeze. */
  readonly pooling: boolean;
  /** SE's channel-wise rescaling multiply. */
  readonly seScale: boolean;
  /** Residual (shortcut) additions. */
  readonly residual: boolean;
}

/** The names of the extra costs. */
export type ExtraCost = keyof ExtraCosts;

/** Counts none of the extra costs: what the papers, torchvision and Keras do. */
export const NO_EXTRAS: ExtraCosts = {
  batchNorm: false,
  activations: false,
  pooling: false,
  seScale: false,
  residual: false,
};

/** Counts every extra cost. */
export const ALL_EXTRAS: ExtraCosts = {
  batchNorm: true,
  activations: true,
  pooling: true,
  seScale: true,
  residual: true,
};

/** Operations per element for an extra cost: as MACs (macs convention) and as FLOPs (flops, 2macs). */
export interface ElementRule {
  readonly macs: number;
  readonly flops: number;
  readonly rule: string;
}

/** The per-element rules, stated so the UI can show them where they are used. */
export const ELEMENT_RULES = {
  batchNorm: {
    macs: 1,
    flops: 2,
    rule: 'Batch norm at inference is a scale and a shift per element: 1 multiply + 1 add (1 MAC).',
  },
  relu: { macs: 1, flops: 1, rule: 'ReLU max(0, x): 1 comparison per element.' },
  relu6: { macs: 2, flops: 2, rule: 'ReLU6 min(max(0, x), 6): 2 comparisons per element.' },
  sigmoid: {
    macs: 4,
    flops: 4,
    rule: 'Sigmoid 1/(1 + e^(−x)): negate, exponential, add, divide: 4 per element.',
  },
  swish: {
    macs: 5,
    flops: 5,
    rule: 'Swish x · σ(x): the sigmoid\u2019s 4 + 1 multiply = 5 per element.',
  },
  'hard-swish': {
    macs: 5,
    flops: 5,
    rule: 'Hard-swish x · ReLU6(x + 3)/6: add, 2 comparisons, multiply, divide = 5 per element.',
  },
  residual: { macs: 1, flops: 1, rule: 'Residual add: 1 addition per element.' },
  seScale: { macs: 1, flops: 1, rule: 'SE scale s_c · u_c: 1 multiplication per element.' },
} as const satisfies Readonly<Record<string, ElementRule>>;

/** Pooling rules, per output element (window of k elements) or per channel (global, H·W elements). */
export const POOL_RULES = {
  max: 'Max pooling: k − 1 comparisons per output element (k = window size).',
  avg: 'Average pooling: k − 1 adds + 1 divide = k per output element.',
  globalAvg:
    'Global average pooling (and SE\u2019s squeeze): H·W − 1 adds + 1 divide = H·W per channel.',
  globalMax: 'Global max pooling: H·W − 1 comparisons per channel.',
} as const;

/** Which parameters a source's headline "params" includes. */
export type ParamsCount = 'no-bn' | 'trainable' | 'total';

/** A source whose totals a preset reproduces. */
export type PresetId = 'paper' | 'torchvision' | 'keras';

/** A bundle of counting choices that reproduces one source's totals. */
export interface Preset {
  readonly id: PresetId;
  readonly label: string;
  readonly convention: Convention;
  readonly extras: ExtraCosts;
  /**
   * The headline params: 'no-bn' = weights + biases; 'trainable' adds BN γ/β;
   * 'total' adds the buffers (BN running mean/var), as Keras's "Total params".
   * 'paper' follows the network's own paper (MobileNet: no BN; EfficientNet: with BN γ/β).
   */
  readonly params: ParamsCount | 'per-paper';
  readonly note: string;
}

/** The presets: each source's "FLOPs" are MACs of conv and linear layers (SE's FCs included). */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  paper: {
    id: 'paper',
    label: 'Paper',
    convention: 'macs',
    extras: NO_EXTRAS,
    params: 'per-paper',
    note: 'Mult-adds of conv and FC layers; MobileNet counts no BN parameters, EfficientNet counts BN γ/β.',
  },
  torchvision: {
    id: 'torchvision',
    label: 'torchvision',
    convention: 'macs',
    extras: NO_EXTRAS,
    params: 'trainable',
    note: 'torchvision\u2019s "GFLOPS" are MACs of conv and linear layers; params = sum of p.numel() (BN γ/β included, running statistics not).',
  },
  keras: {
    id: 'keras',
    label: 'Keras',
    convention: 'macs',
    extras: NO_EXTRAS,
    params: 'total',
    note: 'model.summary(): "Total params" = trainable (BN γ/β included) + non-trainable (BN moving mean/variance, input normalization).',
  },
};

/** Lists the preset ids. */
export const PRESET_IDS: readonly PresetId[] = ['paper', 'torchvision', 'keras'];
