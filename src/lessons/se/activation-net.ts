// A seeded random fully connected network on (x, y), evaluated on a grid for slide 29's maps.
import { createRng, relu, swish } from '../../engine/index';

/** One dense layer: weights[out][in] and biases[out]. */
interface Layer {
  readonly inputs: number;
  readonly outputs: number;
  /** Row-major: weight (o, i) at o · inputs + i. */
  readonly weights: Float64Array;
  readonly biases: Float64Array;
}

/** A network of dense layers: 2 → width → … → width → 1. */
export interface RandomNetwork {
  readonly layers: readonly Layer[];
  readonly width: number;
}

/** The activations the maps compare. */
export type MapActivation = 'relu' | 'swish';

/** The square of inputs the maps cover: x and y from −EXTENT to EXTENT. */
export const EXTENT = 1;

/**
 * Draws a network of `depth` dense layers with Gaussian weights N(0, gain²/fan_in) and
 * Gaussian biases N(0, 0.1²), the same for every activation, from one seed.
 */
export function randomNetwork(seed: number, width: number, depth = 6, gain = 2): RandomNetwork {
  const rng = createRng(seed);
  const sizes = [2, ...Array.from({ length: depth - 1 }, () => width), 1];
  const layers = sizes.slice(1).map((outputs, k): Layer => {
    const inputs = sizes[k] ?? 1;
    const scale = gain / Math.sqrt(inputs);
    const weights = new Float64Array(inputs * outputs);
    for (let i = 0; i < weights.length; i += 1) weights[i] = rng.normal() * scale;
    const biases = new Float64Array(outputs);
    for (let i = 0; i < outputs; i += 1) biases[i] = rng.normal() * 0.1;
    return { inputs, outputs, weights, biases };
  });
  return { layers, width };
}

/**
 * Evaluates the network's output on rows [rowFrom, rowTo) of a size × size grid over the square,
 * writing into `out` (length size²); hidden layers use the activation, the last layer is linear.
 * Works a row of points at a time, unit-major, so the inner loop runs over contiguous memory.
 */
export function evaluateRows(
  net: RandomNetwork,
  activation: MapActivation,
  beta: number,
  size: number,
  rowFrom: number,
  rowTo: number,
  out: Float32Array,
): void {
  const n = size;
  let a = new Float64Array(Math.max(2, net.width) * n);
  let b = new Float64Array(Math.max(2, net.width) * n);
  const last = net.layers.length - 1;
  for (let row = rowFrom; row < rowTo; row += 1) {
    const y = EXTENT - (2 * EXTENT * (row + 0.5)) / size;
    for (let p = 0; p < n; p += 1) {
      a[p] = -EXTENT + (2 * EXTENT * (p + 0.5)) / size;
      a[n + p] = y;
    }
    for (let k = 0; k <= last; k += 1) {
      const layer = net.layers[k] as Layer;
      denseRows(layer, a, b, n);
      if (k < last) applyActivation(b, layer.outputs * n, activation, beta);
      [a, b] = [b, a];
    }
    out.set(a.subarray(0, n), row * size);
  }
}

/** b[o][p] = bias_o + Σ_i W[o][i] · a[i][p] for n points, unit-major. */
function denseRows(layer: Layer, a: Float64Array, b: Float64Array, n: number): void {
  const { inputs, outputs, weights, biases } = layer;
  for (let o = 0; o < outputs; o += 1) {
    const row = o * n;
    b.fill(biases[o] ?? 0, row, row + n);
    for (let i = 0; i < inputs; i += 1) {
      const weight = weights[o * inputs + i] ?? 0;
      const from = i * n;
      for (let p = 0; p < n; p += 1) b[row + p] = (b[row + p] ?? 0) + weight * (a[from + p] ?? 0);
    }
  }
}

/** Applies the hidden activation to the first `count` values, in place. */
function applyActivation(
  values: Float64Array,
  count: number,
  activation: MapActivation,
  beta: number,
): void {
  if (activation === 'relu') {
    for (let i = 0; i < count; i += 1) values[i] = relu(values[i] ?? 0);
  } else {
    for (let i = 0; i < count; i += 1) values[i] = swish(values[i] ?? 0, beta);
  }
}
