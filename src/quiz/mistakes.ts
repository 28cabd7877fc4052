// The common mistakes the quiz recognizes, each with what it is and how to fix it.

/** A recognized mistake's id. */
export type MistakeId =
  | 'macs-for-flops'
  | 'flops-for-macs'
  | 'flops-halved'
  | 'dot-2n'
  | 'forgot-bias'
  | 'forgot-m'
  | 'depthwise-as-full'
  | 'one-filter'
  | 'dk-not-squared'
  | 'df-not-squared'
  | 'pointwise-with-kernel'
  | 'only-depthwise'
  | 'only-pointwise'
  | 'standard-instead'
  | 'inverse-speedup'
  | 'inverse-ratio'
  | 'ratio-dropped-n'
  | 'alpha-not-squared'
  | 'alpha-rule-of-thumb'
  | 'rho-not-squared'
  | 'params-scaled-by-rho'
  | 'macs-for-params'
  | 'squares-forgotten'
  | 'rounded-to-two'
  | 'times-not-power'
  | 'size-no-plus-one'
  | 'size-no-padding'
  | 'size-no-stride'
  | 'se-one-fc'
  | 'se-expanded-channels'
  | 'stride-ignored'
  | 'not-expanded';

/** What a mistake is called (short) and what to tell the student. */
export interface MistakeInfo {
  readonly label: string;
  readonly message: string;
}

/** Every recognized mistake. */
export const MISTAKES: Readonly<Record<MistakeId, MistakeInfo>> = {
  'macs-for-flops': {
    label: 'MACs given for FLOPs (×2)',
    message:
      'That is the number of MACs (multiply-accumulates). FLOPs count every multiplication and every addition, so there are about twice as many.',
  },
  'flops-for-macs': {
    label: 'FLOPs given for MACs (×2)',
    message:
      'That is twice the answer: you counted a multiplication and an addition separately (FLOPs). The question asks for MACs (mult-adds), one per multiply-accumulate.',
  },
  'flops-halved': {
    label: 'Divided by 2 instead of multiplying',
    message:
      'You halved the MACs. FLOPs ≈ 2 · MACs: each MAC is one multiplication plus one addition.',
  },
  'dot-2n': {
    label: '2n instead of 2n − 1',
    message:
      'Close: a dot product of n elements has n multiplications but only n − 1 additions (adding n numbers takes n − 1 adds): 2n − 1 FLOPs each.',
  },
  'forgot-bias': {
    label: 'Bias forgotten',
    message:
      'Close: you left out the bias. It adds one more addition (and one parameter) per output.',
  },
  'forgot-m': {
    label: 'M forgotten (÷M)',
    message:
      'You are off by a factor of M: each output value sums over all M input channels, so a filter is D_K × D_K × M.',
  },
  'depthwise-as-full': {
    label: 'Depthwise counted as a full conv (×N)',
    message:
      'That counts the depthwise step as a standard convolution with N filters. Depthwise conv applies ONE D_K × D_K filter per input channel: D_K · D_K · M · D_F · D_F, with no N.',
  },
  'one-filter': {
    label: 'One filter only (÷N)',
    message:
      'That is the cost of a single filter. The layer has N filters, one per output channel: multiply by N.',
  },
  'dk-not-squared': {
    label: 'D_K for D_K²',
    message:
      'You used D_K where D_K² belongs: the kernel is D_K × D_K, so it contributes D_K · D_K.',
  },
  'df-not-squared': {
    label: 'D_F for D_F²',
    message: 'You used D_F where D_F² belongs: the filter slides over D_F × D_F positions.',
  },
  'pointwise-with-kernel': {
    label: 'Pointwise counted with a D_K × D_K kernel',
    message:
      'A pointwise convolution is 1 × 1: there is no D_K² in its cost, just M · N · D_F · D_F.',
  },
  'only-depthwise': {
    label: 'Pointwise part missing',
    message: 'That is only the depthwise part. Add the pointwise (1 × 1) part, M · N · D_F · D_F.',
  },
  'only-pointwise': {
    label: 'Depthwise part missing',
    message: 'That is only the pointwise part. Add the depthwise part, D_K · D_K · M · D_F · D_F.',
  },
  'standard-instead': {
    label: 'Standard conv counted instead',
    message:
      'That is the cost of the standard convolution. A depthwise separable conv costs depthwise + pointwise: D_K²·M·D_F² + M·N·D_F².',
  },
  'inverse-speedup': {
    label: 'Speed-up given where the ratio was asked (inverse)',
    message:
      'That is the speed-up (standard ÷ separable). The question asks for the ratio separable ÷ standard, which is its inverse: a number below 1.',
  },
  'inverse-ratio': {
    label: 'Ratio given where the speed-up was asked (inverse)',
    message:
      'That is the ratio separable ÷ standard. The speed-up is its inverse, standard ÷ separable: how many times fewer operations.',
  },
  'ratio-dropped-n': {
    label: '1/N term left out',
    message:
      'You kept only 1/D_K². The ratio is 1/N + 1/D_K²: the pointwise part adds 1/N, which is small but not nothing.',
  },
  'alpha-not-squared': {
    label: 'α for α²',
    message:
      'You scaled by α once. The width multiplier thins BOTH the input channels M and the output channels N, so the 1 × 1 cost (and params) shrink by about α².',
  },
  'alpha-rule-of-thumb': {
    label: 'α² × the whole cost (the rule of thumb)',
    message:
      'That is α² times the α = 1 cost: the rule of thumb. Exactly, the depthwise part shrinks only by α (it has M but no N), and channels round down to ⌊α · c⌋. Count the layer with the thinned channels.',
  },
  'rho-not-squared': {
    label: 'ρ for ρ²',
    message:
      'You scaled by ρ once. The resolution multiplier shrinks the height AND the width of every feature map, so mult-adds shrink by ρ².',
  },
  'params-scaled-by-rho': {
    label: 'Params scaled with resolution',
    message:
      'The resolution multiplier does not change any kernel, so the parameters stay the same. Only mult-adds shrink (by ρ²).',
  },
  'macs-for-params': {
    label: 'Mult-adds given for params',
    message:
      'That is the number of mult-adds. Parameters are the weights: they do not depend on the feature-map size D_F.',
  },
  'squares-forgotten': {
    label: 'α · β · γ instead of α · β² · γ²',
    message:
      'Width and resolution enter squared: FLOPs grow with depth d, with width w², and with resolution r². So the product is α · β² · γ².',
  },
  'rounded-to-two': {
    label: '2^φ instead of (α · β² · γ²)^φ',
    message:
      '2^φ is the design target. With α = 1.2, β = 1.1, γ = 1.15 the product α · β² · γ² is 1.92, so the exact growth is 1.92^φ.',
  },
  'times-not-power': {
    label: 'α · φ instead of α^φ',
    message: 'The coefficient is a power: d = α^φ, w = β^φ, r = γ^φ, not α · φ.',
  },
  'size-no-plus-one': {
    label: '+ 1 forgotten',
    message:
      'Count the positions, not the steps: D_G = ⌊(D_F + 2p − D_K)/s⌋ + 1. The first position is there before any step.',
  },
  'size-no-padding': {
    label: 'Padding forgotten',
    message: 'The padding adds p pixels on each side: D_F + 2p before the kernel slides.',
  },
  'size-no-stride': {
    label: 'Stride forgotten',
    message:
      'With stride s the kernel moves s pixels at a time: divide by s (and round down) before adding 1.',
  },
  'se-one-fc': {
    label: 'One FC layer only',
    message:
      'SE has two FC layers: C → C/r (squeeze) and C/r → C (excite). Count both, with their biases.',
  },
  'se-expanded-channels': {
    label: 'SE width from the expanded channels',
    message:
      'EfficientNet squeezes to C_r = max(1, ⌊c_in · 0.25⌋) of the block’s INPUT channels c_in, not of the expanded t · c_in.',
  },
  'stride-ignored': {
    label: 'Stride ignored',
    message:
      'The depthwise conv has stride 2, so its output is half as wide and half as high: a quarter of the positions.',
  },
  'not-expanded': {
    label: 'Expansion t forgotten',
    message: 'After the 1 × 1 expansion the block works on t · c_in channels, not c_in.',
  },
};
