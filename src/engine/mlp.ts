// A seeded random multilayer perceptron on (x, y) for slide 29's activation maps: the same network
// drawn with ReLU and with swish shows star-shaped versus smooth regions.
import { activate } from './activations';
import type { ActivationName } from './layers/spec';
import { createRng } from './random';

/** Weights of a small fully connected network: layers[l] = { w: out × in, b: out }. */
export interface Mlp {
  readonly layers: readonly {
    readonly w: readonly (readonly number[])[];
    readonly b: readonly number[];
  }[];
}

/** Draws a network 2 → width → … → 1 with `hidden` hidden layers, weights ~ N(0, 1/fan-in). */
export function createRandomMlp(p: { seed: number; hidden?: number; width?: number }): Mlp {
  const rng = createRng(p.seed);
  const width = p.width ?? 16;
  const sizes = [2, ...Array<number>(p.hidden ?? 6).fill(width), 1];
  const layers = sizes.slice(1).map((out, l) => {
    const fanIn = sizes[l] ?? 1;
    const scale = Math.sqrt(2 / fanIn);
    return {
      w: Array.from({ length: out }, () =>
        Array.from({ length: fanIn }, () => rng.normal() * scale),
      ),
      b: Array.from({ length: out }, () => rng.normal() * 0.1),
    };
  });
  return { layers };
}

/** The network's output at (x, y) with an activation after every hidden layer. */
export function mlpOutput(mlp: Mlp, x: number, y: number, act: ActivationName): number {
  let v: number[] = [x, y];
  mlp.layers.forEach((layer, l) => {
    const last = l === mlp.layers.length - 1;
    v = layer.w.map((row, i) => {
      const z = row.reduce((s, wij, j) => s + wij * (v[j] ?? 0), layer.b[i] ?? 0);
      return last ? z : activate(act, z);
    });
  });
  return v[0] ?? 0;
}

/** The output on a size × size grid over [−range, range]²: rows top (y = range) to bottom. */
export function activationMap(mlp: Mlp, act: ActivationName, size = 64, range = 3): number[][] {
  const at = (i: number) => -range + (2 * range * i) / Math.max(1, size - 1);
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => mlpOutput(mlp, at(c), -at(r), act)),
  );
}
