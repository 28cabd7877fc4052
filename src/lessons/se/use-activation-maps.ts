// Computes slide 29's two maps: a coarse preview at once, the full grid in slices between frames.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  evaluateRows,
  randomNetwork,
  type MapActivation,
  type RandomNetwork,
} from './activation-net';
import { colorize, extent } from './viridis';

/** One rendered map: RGBA pixels of a size × size grid and the output range they span. */
export interface MapImage {
  readonly size: number;
  /** Whether this is the full grid (not the coarse preview). */
  readonly final: boolean;
  readonly pixels: Uint8ClampedArray;
  readonly min: number;
  readonly max: number;
}

/** Hidden units per layer of the random network. */
export const NETWORK_WIDTH = 24;
/** Layers of the network: 2 → width → … → width → 1. */
export const NETWORK_DEPTH = 6;
/** The full grid and the preview grid. */
export const FULL_SIZE = 128;
export const PREVIEW_SIZE = 20;
/** Milliseconds of work per slice before the page gets the main thread back. */
const SLICE_MS = 8;

/** Evaluates a whole map at once (the preview, and tests). */
export function computeMap(
  net: RandomNetwork,
  activation: MapActivation,
  beta: number,
  size: number,
): MapImage {
  const values = new Float32Array(size * size);
  evaluateRows(net, activation, beta, size, 0, size, values);
  return image(values, size);
}

function image(values: Float32Array, size: number): MapImage {
  const { min, max } = extent(values);
  return { size, final: size === FULL_SIZE, pixels: colorize(values, min, max), min, max };
}

interface Job {
  readonly activation: MapActivation;
  readonly values: Float32Array;
  row: number;
}

/** The ReLU and swish maps of the network drawn from `seed`; full-size ones replace the preview when ready. */
export function useActivationMaps(
  seed: number,
  beta: number,
): { relu: MapImage; swish: MapImage; final: boolean } {
  const net = useMemo(() => randomNetwork(seed, NETWORK_WIDTH, NETWORK_DEPTH), [seed]);
  const reluPreview = useMemo(() => computeMap(net, 'relu', 1, PREVIEW_SIZE), [net]);
  const swishPreview = useMemo(() => computeMap(net, 'swish', beta, PREVIEW_SIZE), [net, beta]);
  const [reluFull, setReluFull] = useState<{ seed: number; image: MapImage } | null>(null);
  const [swishFull, setSwishFull] = useState<{ key: string; image: MapImage } | null>(null);
  const reluSeed = useRef<number | null>(null);
  const key = `${seed}/${beta}`;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const jobs: Job[] = [];
    const cells = FULL_SIZE * FULL_SIZE;
    if (reluSeed.current !== seed)
      jobs.push({ activation: 'relu', values: new Float32Array(cells), row: 0 });
    jobs.push({ activation: 'swish', values: new Float32Array(cells), row: 0 });
    const step = () => {
      if (cancelled) return;
      const start = performance.now();
      while (jobs.length > 0 && performance.now() - start < SLICE_MS) {
        const job = jobs[0] as Job;
        const to = Math.min(FULL_SIZE, job.row + 2);
        evaluateRows(net, job.activation, beta, FULL_SIZE, job.row, to, job.values);
        job.row = to;
        if (to < FULL_SIZE) continue;
        jobs.shift();
        const done = image(job.values, FULL_SIZE);
        if (job.activation === 'relu') {
          reluSeed.current = seed;
          setReluFull({ seed, image: done });
        } else {
          setSwishFull({ key: `${seed}/${beta}`, image: done });
        }
      }
      if (jobs.length > 0) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [net, seed, beta]);

  const relu = reluFull?.seed === seed ? reluFull.image : reluPreview;
  const swish = swishFull?.key === key ? swishFull.image : swishPreview;
  return { relu, swish, final: relu.final && swish.final };
}
