import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  evaluateRows,
  randomNetwork,
  type MapActivation,
} from '../../src/lessons/se/activation-net';
import { FULL_SIZE, NETWORK_WIDTH } from '../../src/lessons/se/use-activation-maps';
import { meta } from '../../src/lessons/slides/29-activation-maps.meta';
import { defaultValues } from '../../src/store/param-schema';
import { renderSlide, setField, slideEntry } from './support/slide-harness';

const entry = slideEntry(meta, 29, () => import('../../src/lessons/slides/29-activation-maps'));

// jsdom has no canvas: a stand-in 2D context records what the slide paints.
const painted: { canvas: HTMLCanvasElement; size: number; pixels: Uint8ClampedArray }[] = [];

// A 2D context that records each putImageData on its canvas.
function recorder(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  return {
    createImageData: (w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
    }),
    putImageData: (data: { width: number; data: Uint8ClampedArray }) =>
      painted.push({ canvas, size: data.width, pixels: data.data }),
  } as unknown as CanvasRenderingContext2D;
}

beforeEach(() => {
  painted.length = 0;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    return recorder(this);
  });
});
afterEach(() => vi.restoreAllMocks());

/** The network's output along the line y = 0.3, x from −1 to 1. */
function slice(seed: number, activation: MapActivation): Float32Array {
  const size = 400;
  const out = new Float32Array(size * size);
  const row = Math.round(size * 0.35);
  evaluateRows(randomNetwork(seed, NETWORK_WIDTH), activation, 1, size, row, row + 1, out);
  return out.slice(row * size, row * size + size);
}

/** The share of points where the slice is straight (second difference at float rounding level). */
function straightShare(values: Float32Array): number {
  let straight = 0;
  for (let i = 1; i < values.length - 1; i += 1) {
    const second = (values[i + 1] ?? 0) - 2 * (values[i] ?? 0) + (values[i - 1] ?? 0);
    if (Math.abs(second) < 1e-6) straight += 1;
  }
  return straight / (values.length - 2);
}

describe('slide 29: activation maps', { timeout: 60_000 }, () => {
  it('has a seed and a β, and two blanks: the two maps', () => {
    expect(meta.id).toBe('activation-maps');
    expect(defaultValues(meta.params)).toEqual({ seed: 7, beta: 1 });
    expect(meta.fills).toHaveLength(2);
  });

  it('draws a piecewise-linear map with ReLU and a smooth one with swish, from the same weights', () => {
    for (const seed of [7, 8, 42]) {
      // ReLU: straight pieces, so the second difference vanishes except next to the kinks.
      expect(straightShare(slice(seed, 'relu'))).toBeGreaterThan(0.5);
      // Swish: curved almost everywhere.
      expect(straightShare(slice(seed, 'swish'))).toBeLessThan(0.05);
    }
    expect(slice(7, 'relu')).toEqual(slice(7, 'relu'));
    expect(slice(7, 'relu')).not.toEqual(slice(8, 'relu'));
  });

  it('paints both maps into labelled canvases, the full grid after the preview', async () => {
    renderSlide(entry);
    const relu = await screen.findByRole(
      'img',
      { name: /seed 7 network with ReLU/ },
      { timeout: 10_000 },
    );
    const swish = screen.getByRole('img', { name: /same network with swish, β = 1/ });
    expect(relu.tagName).toBe('CANVAS');
    expect(swish.getAttribute('aria-label')).toMatch(/Output −?[\d.]+ to −?[\d.]+\./);
    await waitFor(
      () => {
        expect(painted.some((p) => p.canvas === relu && p.size === FULL_SIZE)).toBe(true);
        expect(painted.some((p) => p.canvas === swish && p.size === FULL_SIZE)).toBe(true);
      },
      { timeout: 40_000 },
    );
    const last = [...painted].reverse().find((p) => p.canvas === relu);
    // Every pixel is opaque and the colours span the map: dark purple to yellow.
    expect(last?.pixels[3]).toBe(255);
    expect(new Set(last?.pixels.filter((_, i) => i % 4 === 0)).size).toBeGreaterThan(50);
  });

  it('redraws for a new seed and a new β', async () => {
    renderSlide(entry);
    await screen.findByRole('img', { name: /seed 7 network with ReLU/ }, { timeout: 10_000 });
    await setField('seed', '12');
    expect(screen.getByRole('img', { name: /seed 12 network with ReLU/ })).toBeInTheDocument();
    await setField('beta', '4');
    expect(screen.getByRole('img', { name: /swish, β = 4,/ })).toBeInTheDocument();
    expect(screen.getByText('seed 12.')).toBeInTheDocument();
  });
});
