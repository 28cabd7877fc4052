// fast-check: every generated question's stored answer equals the engine's own recomputation by
// another route (a one-layer network, a closed form from the lecture), for realistic and arbitrary numbers.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  analyzeNetwork,
  evaluate,
  MOBILENET_V1_BLOCKS,
  separableConvCost,
  unwrap,
  windowOut,
  type LayerSpec,
} from '../../src/engine/index';
import type { Params } from '../../src/quiz/generators/generator';
import { GENERATORS } from '../../src/quiz/generators/registry';
import { readTopicParams } from '../../src/quiz/link-params';
import type { Question } from '../../src/quiz/question';
import { questionFor, quizQuestions, sampleQuestion } from '../../src/quiz/question-set';
import { QUIZ_TOPICS, type QuizTopicId } from '../../src/quiz/topics';

const n = (params: Params, key: string): number => params[key] as number;

// One layer analysed by the engine, its first row.
function oneLayer(
  input: { spatial: number[]; channels: number },
  layer: LayerSpec,
  convention: 'macs' | 'flops' | '2macs' = 'macs',
) {
  const a = unwrap(analyzeNetwork({ id: 't', title: 't', input, layers: [layer] }, { convention }));
  return a.rows[0]!;
}

// MobileNet block b at (α, resolution) by the paper's table: channels ⌊α·c⌋, size ⌈res / stride⌉.
function mobileNetBlock(block: number, alpha: number, res: number) {
  let stride = 2;
  let inC = 32;
  for (let i = 0; i < block - 1; i++) {
    stride *= MOBILENET_V1_BLOCKS[i]![1];
    inC = MOBILENET_V1_BLOCKS[i]![0];
  }
  const [outC, s] = MOBILENET_V1_BLOCKS[block - 1]!;
  stride *= s;
  const M = Math.floor(alpha * inC);
  const N = Math.floor(alpha * outC);
  let size = res;
  for (let f = stride; f > 1; f /= 2) size = Math.ceil(size / 2);
  return unwrap(separableConvCost({ kernel: 3, inChannels: M, outChannels: N, size }));
}

/** The answer recomputed without the generator's code path. */
function recompute(q: Question): number {
  const p = q.params;
  const conv = (
    layer: Partial<LayerSpec> & { kernel: number; out: number },
    convention?: 'macs' | 'flops' | '2macs',
  ) =>
    oneLayer(
      { spatial: [n(p, 'DF'), n(p, 'DF')], channels: n(p, 'M') },
      { kind: 'conv', name: 'c', ...layer } as LayerSpec,
      convention,
    );
  switch (q.topic) {
    case 'dot-product':
      return oneLayer(
        { spatial: [], channels: n(p, 'n') },
        { kind: 'dense', name: 'd', out: 1, bias: false },
        'flops',
      ).flops;
    case 'dense-flops':
      return oneLayer(
        { spatial: [], channels: n(p, 'n') },
        { kind: 'dense', name: 'd', out: n(p, 'm'), bias: p.bias === '1' },
        'flops',
      ).flops;
    case 'conv-output-size':
      return windowOut(n(p, 'DF'), n(p, 'DK'), n(p, 's'), 2 * n(p, 'p'), 1);
    case 'standard-conv':
      return conv({ kernel: n(p, 'DK'), out: n(p, 'N') }).macs;
    case 'depthwise':
      return conv({ kernel: n(p, 'DK'), out: n(p, 'M'), groups: 'depthwise' } as never).macs;
    case 'pointwise':
      return conv({ kernel: 1, out: n(p, 'N') }).macs;
    case 'separable':
      return (
        conv({ kernel: n(p, 'DK'), out: n(p, 'M'), groups: 'depthwise' } as never).macs +
        conv({ kernel: 1, out: n(p, 'N') }).macs
      );
    case 'separable-ratio': {
      const cost = unwrap(
        separableConvCost({ kernel: n(p, 'DK'), inChannels: 32, outChannels: n(p, 'N'), size: 7 }),
      );
      const ratio = cost.macs / cost.standardMacs;
      return p.ask === 'ratio' ? ratio : 1 / ratio;
    }
    case 'width-multiplier':
      return mobileNetBlock(n(p, 'block'), n(p, 'alpha'), 224).macs;
    case 'resolution-multiplier':
      return mobileNetBlock(n(p, 'block'), 1, n(p, 'res')).macs;
    case 'params-vs-macs': {
      const cost = mobileNetBlock(n(p, 'block'), n(p, 'alpha'), n(p, 'res'));
      return p.ask === 'params' ? cost.params : cost.macs;
    }
    case 'compound-scaling': {
      const [a, b, g, phi] = [n(p, 'alpha'), n(p, 'beta'), n(p, 'gamma'), n(p, 'phi')];
      const values: Record<string, number> = {
        product: a * b ** 2 * g ** 2,
        flops: (a * b ** 2 * g ** 2) ** phi,
        depth: a ** phi,
        width: b ** phi,
        resolution: Math.round(224 * g ** phi),
      };
      return values[p.ask as string]!;
    }
    case 'se-params': {
      const [C, r] = [n(p, 'C'), n(p, 'r')];
      const Cr = Math.max(1, Math.floor(C / r));
      return oneLayer({ spatial: [7, 7], channels: C }, { kind: 'se', name: 's', reduced: Cr })
        .params;
    }
    case 'mbconv-cost': {
      const [M, N, t, DK, s, DF, se] = ['M', 'N', 't', 'DK', 's', 'DF', 'se'].map((k) =>
        n(p, k),
      ) as number[];
      const Ce = Math.round(M! * t!);
      const DG = Math.ceil(DF! / s!);
      const parts: Record<string, number> = {
        expand: M! * Ce * DF! * DF!,
        depthwise: DK! * DK! * Ce * DG * DG,
        se: 2 * Ce * Math.max(1, Math.floor(M! * se!)),
        project: Ce * N! * DG * DG,
      };
      return parts[p.part as string]!;
    }
    case 'macs-flops': {
      const [DK, M, N, DF] = [n(p, 'DK'), n(p, 'M'), n(p, 'N'), n(p, 'DF')];
      const macs = DK * DK * M * N * DF * DF;
      return p.ask === 'flops'
        ? 2 * macs
        : p.ask === 'macs'
          ? macs
          : (2 * DK * DK * M - 1) * N * DF * DF;
    }
  }
}

// The answer, each solution step's derivation evaluating to its result, and the last step ending on the answer.
function expectConsistent(q: Question) {
  const expected = recompute(q);
  expect(Math.abs(q.answer - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  for (const step of q.solution) {
    const d = step.derivation;
    const last = d.steps?.[d.steps.length - 1] ?? d.general;
    const value = evaluate(last, d.bindings);
    if (d.quantity !== 'resolution') {
      expect(Math.abs(value - d.result)).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(d.result)),
      );
    }
  }
  const final = q.solution[q.solution.length - 1]!.derivation.result;
  expect(Math.abs(final - q.answer)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(q.answer)));
  expect(q.asks.length).toBeGreaterThan(5);
  expect(q.hints.length).toBeGreaterThanOrEqual(2);
}

const topics = fc.constantFrom(...QUIZ_TOPICS.map((t) => t.id));

describe('generated questions match the engine', () => {
  test.prop([topics, fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 150 })(
    'realistic numbers from any seed',
    (topic, seed) => expectConsistent(sampleQuestion(topic, seed)),
  );

  // Arbitrary values for a topic's link parameters, within and beyond their ranges.
  const linkQuery = (topic: QuizTopicId) =>
    fc.record(
      Object.fromEntries(
        GENERATORS[topic].params.map((def) => [
          def.key,
          def.kind === 'choice'
            ? fc.constantFrom(...(def.choices ?? []), 'junk')
            : fc.oneof(
                fc
                  .integer({
                    min: Math.ceil(def.min ?? 0),
                    max: Math.min(Math.floor(def.max ?? 100), 600),
                  })
                  .map(String),
                fc.double({ min: -10, max: 5000, noNaN: true }).map(String),
                fc.constant('x'),
              ),
        ]),
      ),
    );

  test.prop([topics.chain((topic) => fc.tuple(fc.constant(topic), linkQuery(topic)))], {
    numRuns: 120,
  })(
    'any link: corrected to valid numbers, then the same answer as the engine',
    ([topic, query]) => {
      const { params } = readTopicParams(topic, query as Record<string, string>);
      expect(GENERATORS[topic].check?.(params) ?? null).toBeNull();
      expectConsistent(questionFor(topic, params));
    },
  );

  test.prop([fc.integer({ min: 0, max: 4_294_967_295 })], { numRuns: 30 })(
    'a class quiz is ten topics in lecture order, the same every time',
    (seed) => {
      const first = quizQuestions(seed);
      expect(first).toHaveLength(10);
      const order = first.map((q) => QUIZ_TOPICS.findIndex((t) => t.id === q.topic));
      expect(new Set(order).size).toBe(10);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(quizQuestions(seed).map((q) => [q.topic, q.params, q.answer])).toEqual(
        first.map((q) => [q.topic, q.params, q.answer]),
      );
    },
  );
});
