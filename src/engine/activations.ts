// Activation functions as numbers (slides 28–29), and what the lecture's table says about them.
import type { ActivationName } from './layers/spec';

/** ReLU: max(0, x). */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** ReLU6: min(max(0, x), 6) (MobileNet's activation in Keras, MobileNetV2's). */
export function relu6(x: number): number {
  return Math.min(Math.max(0, x), 6);
}

/** The logistic sigmoid σ(x) = 1/(1 + e^(−x)), stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Swish (Ramachandran et al. 2017): x · σ(βx); β = 1 is SiLU. */
export function swish(x: number, beta = 1): number {
  return x * sigmoid(beta * x);
}

/** Hard sigmoid: ReLU6(x + 3)/6 (MobileNetV3). */
export function hardSigmoid(x: number): number {
  return relu6(x + 3) / 6;
}

/** Hard-swish: x · ReLU6(x + 3)/6 (MobileNetV3). */
export function hardSwish(x: number): number {
  return x * hardSigmoid(x);
}

/** Applies an activation by name (swish with β = 1). */
export function activate(name: ActivationName, x: number): number {
  switch (name) {
    case 'relu':
      return relu(x);
    case 'relu6':
      return relu6(x);
    case 'sigmoid':
      return sigmoid(x);
    case 'swish':
      return swish(x);
    case 'hard-swish':
      return hardSwish(x);
  }
}

/**
 * The minimum of swish for a β > 0: x* solves σ(βx)(1 + βx(1 − σ(βx))) = 0, i.e. βx* ≈ −1.2785;
 * swish(x*) ≈ −0.2785/β. Found by Newton's method on u = βx.
 */
export function swishMinimum(beta = 1): { readonly x: number; readonly y: number } {
  let u = -1.28;
  for (let i = 0; i < 20; i++) {
    const s = sigmoid(u);
    const f = 1 + u * (1 - s); // zero of d/du [u σ(u)] / σ(u)
    const df = 1 - s - u * s * (1 - s);
    u -= f / df;
  }
  const x = u / beta;
  return { x, y: swish(x, beta) };
}

/** One row of slide 28's table. */
export interface ActivationInfo {
  readonly name: ActivationName;
  readonly label: string;
  readonly tex: string;
  readonly text: string;
  readonly smooth: boolean;
  readonly monotonic: boolean;
  readonly usedIn: string;
}

/** The activations' formulas and properties. */
export const ACTIVATION_INFO: Readonly<Record<ActivationName, ActivationInfo>> = {
  relu: {
    name: 'relu',
    label: 'ReLU',
    tex: '\\max(0, x)',
    text: 'max(0, x)',
    smooth: false,
    monotonic: true,
    usedIn: 'Most CNNs',
  },
  relu6: {
    name: 'relu6',
    label: 'ReLU6',
    tex: '\\min(\\max(0, x), 6)',
    text: 'min(max(0, x), 6)',
    smooth: false,
    monotonic: true,
    usedIn: 'MobileNetV2',
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    tex: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    text: 'σ(x) = 1/(1 + e^(−x))',
    smooth: true,
    monotonic: true,
    usedIn: 'SE gates',
  },
  swish: {
    name: 'swish',
    label: 'Swish',
    tex: 'x \\cdot \\sigma(\\beta x)',
    text: 'x · σ(βx)',
    smooth: true,
    monotonic: false,
    usedIn: 'EfficientNet',
  },
  'hard-swish': {
    name: 'hard-swish',
    label: 'Hard-swish',
    tex: 'x \\cdot \\frac{\\mathrm{ReLU6}(x + 3)}{6}',
    text: 'x · ReLU6(x + 3)/6',
    smooth: false,
    monotonic: false,
    usedIn: 'MobileNetV3',
  },
};
