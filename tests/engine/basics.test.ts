// Formatting, activations, the seeded RNG and formula printing.
import { describe, expect, test } from 'vitest';
import {
  ACTIVATION_INFO,
  activationMap,
  add,
  createRandomMlp,
  efficientNetFamily,
  mlpOutput,
  seExcite,
  seScale,
  seSqueeze,
  unwrap,
  variantsWithin,
  createRng,
  derivationToTex,
  derive,
  exprToTex,
  exprToText,
  formatBytes,
  formatCompact,
  formatCount,
  formatPercent,
  frac,
  hardSwish,
  mul,
  num,
  pow,
  relu,
  relu6,
  sigmoid,
  sub,
  swish,
  swishMinimum,
  sym,
} from '../../src/engine/index';

describe('formatting', () => {
  test('counts, compact counts, bytes, percentages', () => {
    expect(formatCount(568_740_352)).toBe('568,740,352');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(-1234.5)).toBe('-1,234.5');
    expect(formatCompact(568_740_352)).toBe('568.7 M');
    expect(formatCompact(5_288_548)).toBe('5.3 M');
    expect(formatCompact(385_814_752, { unit: 'B', digits: 2 })).toBe('0.39 B');
    expect(formatCompact(37_745_884_192)).toBe('37.7 B');
    expect(formatCompact(512)).toBe('512');
    expect(formatBytes(16_927_904)).toBe('16.9 MB');
    expect(formatBytes(16_927_904, { binary: true })).toBe('16.1 MiB');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatPercent(0.9486)).toBe('94.86 %');
  });
});

describe('activations (slides 28–29)', () => {
  test('values', () => {
    expect([relu(-2), relu(3)]).toEqual([0, 3]);
    expect([relu6(-1), relu6(3), relu6(9)]).toEqual([0, 3, 6]);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(swish(1)).toBeCloseTo(0.7310585786, 9);
    expect(swish(1, 0)).toBe(0.5);
    expect([hardSwish(-4), hardSwish(4)]).toEqual([-0, 4]);
    expect(hardSwish(1)).toBeCloseTo(4 / 6, 12);
  });
  test('the minimum of swish: x ≈ −1.2785, y ≈ −0.2785', () => {
    const m = swishMinimum();
    expect(m.x).toBeCloseTo(-1.27846, 4);
    expect(m.y).toBeCloseTo(-0.27846, 4);
    expect(swishMinimum(2).x).toBeCloseTo(-1.27846 / 2, 4);
  });
  test('slide 28 table: ReLU not smooth, monotonic; swish smooth, not monotonic', () => {
    expect([ACTIVATION_INFO.relu.smooth, ACTIVATION_INFO.relu.monotonic]).toEqual([false, true]);
    expect([ACTIVATION_INFO.swish.smooth, ACTIVATION_INFO.swish.monotonic]).toEqual([true, false]);
  });
});

describe('seeded RNG', () => {
  test('same seed, same sequence; numbers in [0, 1); ints in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(xs[0]);
    const r = createRng(7);
    const ints = Array.from({ length: 500 }, () => r.int(1, 6));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(Number.isFinite(r.normal())).toBe(true);
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
  });
});

describe('formula printing', () => {
  test('precedence and parentheses in TeX and text', () => {
    const e = mul(num(2), add(sym('M'), pow(sym('D_K'), num(2))), sub(sym('N'), num(1)));
    expect(exprToText(e)).toBe('2 · (M + D_K²) · (N − 1)');
    expect(exprToTex(e)).toBe('2 \\cdot \\left(M + {D_K}^{2}\\right) \\cdot \\left(N - 1\\right)');
    expect(exprToTex(frac(num(1), sym('N')))).toBe('\\frac{1}{N}');
    expect(exprToTex(sym('alpha'))).toBe('\\alpha');
    expect(exprToTex(num(1234567))).toBe('1{,}234{,}567');
  });
  test('a derivation with a non-integer result ends with ≈', () => {
    const d = derive('ratio', frac(num(1), sym('N')), { N: 3 }, 1 / 3);
    expect(derivationToTex(d)).toBe('\\text{ratio} = \\frac{1}{N} = \\frac{1}{3} \\approx 0.3333');
  });
});

describe('SE on numbers (slides 25–27)', () => {
  const u = [
    [
      [1, 2],
      [3, 4],
    ],
    [
      [0, 0],
      [0, 8],
    ],
  ];
  test('squeeze is the per-channel mean; excitation gates in (0, 1); scale multiplies channels', () => {
    const z = seSqueeze(u);
    expect(z).toEqual([2.5, 2]);
    const s = unwrap(seExcite(z, { w1: [[1, -1]], b1: [0], w2: [[1], [-1]], b2: [0, 0] }));
    expect(s[0]).toBeCloseTo(sigmoid(0.5), 12);
    expect(s[1]).toBeCloseTo(sigmoid(-0.5), 12);
    expect(seScale(u, [0.5, 2])).toEqual([
      [
        [0.5, 1],
        [1.5, 2],
      ],
      [
        [0, 0],
        [0, 16],
      ],
    ]);
    expect(seExcite(z, { w1: [[1]], b1: [0], w2: [[1], [1]], b2: [0, 0] }).ok).toBe(false);
  });
});

describe('seeded 6-layer network for activation maps (slide 29)', () => {
  test('same seed, same map; ReLU and swish differ; deterministic', () => {
    const a = createRandomMlp({ seed: 1 });
    const b = createRandomMlp({ seed: 1 });
    expect(a).toEqual(b);
    expect(a.layers).toHaveLength(7);
    const relu = activationMap(a, 'relu', 8);
    const sw = activationMap(a, 'swish', 8);
    expect(relu).toHaveLength(8);
    expect(relu[0]).toHaveLength(8);
    expect(relu.flat().every(Number.isFinite)).toBe(true);
    expect(relu).not.toEqual(sw);
    expect(mlpOutput(a, 0.5, -0.25, 'relu')).toBe(mlpOutput(b, 0.5, -0.25, 'relu'));
  });
});

describe('EfficientNet family (slide 18)', () => {
  test('B0…B7 totals, and which fit a budget', () => {
    const family = efficientNetFamily();
    expect(family.map((m) => m.resolution)).toEqual([224, 240, 260, 300, 380, 456, 528, 600]);
    expect(family[0]?.params).toBe(5_288_548);
    expect(variantsWithin({ maxMacs: 1e9 }).map((m) => m.variant)).toEqual(['b0', 'b1', 'b2']);
    expect(variantsWithin({ maxBytes: 40e6 }).map((m) => m.variant)).toEqual(['b0', 'b1', 'b2']);
  });
});
