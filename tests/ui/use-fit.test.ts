import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findZoom, FIT_SLACK } from '../../src/ui/use-fit';

// A slide whose text scales with the zoom and whose figures keep their height (drawn to width).
function slide(text: number, figures: number) {
  const seen: number[] = [];
  return {
    seen,
    measure: (zoom: number) => {
      seen.push(zoom);
      return text * zoom + figures;
    },
  };
}

describe('findZoom', () => {
  it('keeps full size when the slide fits, with one layout', () => {
    const { measure, seen } = slide(400, 100);
    expect(findZoom({ measure, start: 1, goal: 578, min: 0.72, grow: true })).toEqual({
      zoom: 1,
      overflow: false,
      layouts: 1,
    });
    expect(seen).toEqual([1]);
  });

  it('finds slide 12’s zoom in a few layouts (651 px of content for a 578 px stage)', () => {
    const { measure, seen } = slide(551, 100);
    const found = findZoom({ measure, start: 1, goal: 578, min: 0.72, grow: true });
    // 551 z + 100 ≤ 578 ⇔ z ≤ 0.867…
    expect(found).toMatchObject({ zoom: 0.86, overflow: false });
    expect(seen.length).toBeLessThanOrEqual(4);
  });

  it('overflows at the minimum when even that is too tall', () => {
    const { measure } = slide(1000, 100);
    expect(findZoom({ measure, start: 1, goal: 578, min: 0.72, grow: true })).toMatchObject({
      zoom: 0.72,
      overflow: true,
    });
  });

  it('only shrinks when it may not grow', () => {
    const { measure, seen } = slide(300, 100);
    expect(findZoom({ measure, start: 0.8, goal: 578, min: 0.72, grow: false })).toMatchObject({
      zoom: 0.8,
      layouts: 1,
    });
    expect(seen).toEqual([0.8]);
    expect(findZoom({ measure, start: 0.8, goal: 578, min: 0.72, grow: true }).zoom).toBe(1);
  });

  it('finds the largest fitting zoom, to the hundredth or within the slack, in ≤ 8 layouts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 200, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0.72, max: 1, noNaN: true }),
        fc.boolean(),
        (text, figures, start, grow) => {
          const goal = 578;
          const height = (zoom: number) => text * zoom + figures;
          const begin = Math.round(start * 100) / 100;
          const found = findZoom({ measure: height, start: begin, goal, min: 0.72, grow });
          expect(found.layouts).toBeLessThanOrEqual(8);
          if (found.overflow) {
            expect(height(0.72)).toBeGreaterThan(goal + 0.5);
            return;
          }
          expect(height(found.zoom)).toBeLessThanOrEqual(goal + 0.5);
          if (!grow) expect(found.zoom).toBeLessThanOrEqual(begin);
          if (grow || height(begin) > goal + 0.5) {
            const best = found.zoom >= 1 || height(found.zoom + 0.01) > goal + 0.5;
            expect(best || height(found.zoom) >= goal * (1 - FIT_SLACK)).toBe(true);
          }
        },
      ),
    );
  });

  it('ends with a zoom that fits even when the height does not follow the zoom smoothly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 400, max: 800 }), { minLength: 29, maxLength: 29 }),
        (table) => {
          // Any heights at all for the zooms 0.72 … 1.00.
          const height = (zoom: number) => table[Math.round(zoom * 100) - 72] ?? 10_000;
          const found = findZoom({ measure: height, start: 1, goal: 578, min: 0.72, grow: true });
          expect(found.layouts).toBeLessThanOrEqual(12);
          if (!found.overflow) expect(height(found.zoom)).toBeLessThanOrEqual(578.5);
        },
      ),
    );
  });
});
