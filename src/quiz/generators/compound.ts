// Slide 17: EfficientNet's compound scaling d = α^φ, w = β^φ, r = γ^φ, FLOPs × (α·β²·γ²)^φ ≈ 2^φ.
import {
  compoundScaling,
  derivationTexParts,
  derive,
  exprToTex,
  mul,
  num,
  paren,
  pow,
  sym,
  type Expr,
} from '../../engine/index';
import { RATIO, type AnswerKind, type Tolerance } from '../question';
import type { MistakeId } from '../mistakes';
import { choice, decimal, givens, mistakes, must, param, type TopicGenerator } from './generator';

const ASK = ['product', 'flops', 'depth', 'width', 'resolution'] as const;
type Ask = (typeof ASK)[number];

const [A, B, G, PHI] = [sym('alpha'), sym('beta'), sym('gamma'), sym('phi')];
const PRODUCT = mul(A, pow(B, num(2)), pow(G, num(2)));
const FORMULAS: Readonly<Record<Ask, Expr>> = {
  product: PRODUCT,
  flops: pow(paren(PRODUCT), PHI),
  depth: pow(A, PHI),
  width: pow(B, PHI),
  resolution: mul(num(224), pow(G, PHI)),
};
const LHS: Readonly<Record<Ask, string>> = {
  product: '\\alpha \\cdot \\beta^2 \\cdot \\gamma^2',
  flops: '\\text{FLOPs factor}',
  depth: 'd',
  width: 'w',
  resolution: '\\text{resolution}',
};
const IDEAS: Readonly<Record<Ask, string>> = {
  product: 'FLOPs grow linearly with depth and with the square of width and of resolution.',
  flops:
    'Each step of φ multiplies FLOPs by α · β² · γ²; φ steps multiply them by that product to the power φ.',
  depth: 'The depth coefficient is a power of α: d = α^φ.',
  width: 'The width coefficient is a power of β: w = β^φ.',
  resolution:
    'The resolution coefficient is r = γ^φ, applied to B0’s 224 pixels and rounded to a whole pixel.',
};

const coefficient = (key: string, label: string, fallback: number) =>
  ({ key, label, kind: 'float', min: 1, max: 2, fallback }) as const;

export const compoundScalingGenerator: TopicGenerator = {
  topic: 'compound-scaling',
  params: [
    { key: 'phi', label: 'φ (compound coefficient)', kind: 'float', min: 0, max: 8, fallback: 1 },
    { key: 'ask', label: 'what to find', kind: 'choice', choices: ASK, fallback: 'flops' },
    coefficient('alpha', 'α (depth base)', 1.2),
    coefficient('beta', 'β (width base)', 1.1),
    coefficient('gamma', 'γ (resolution base)', 1.15),
  ],
  sample: (rng) => ({ phi: rng.int(2, 7), ask: rng.pick(ASK), alpha: 1.2, beta: 1.1, gamma: 1.15 }),
  check(params) {
    const phi = param(params, 'phi');
    const [d, w, r] = ['alpha', 'beta', 'gamma'].map((key) => param(params, key) ** phi) as [
      number,
      number,
      number,
    ];
    return d > 8 || w > 8 || 224 * r > 2048
      ? 'These coefficients scale B0 beyond what the quiz computes (d and w up to 8, resolution up to 2048 pixels).'
      : null;
  },
  build(params) {
    const phi = param(params, 'phi');
    const ask = choice(params, 'ask', ASK);
    const [alpha, beta, gamma] = [
      param(params, 'alpha'),
      param(params, 'beta'),
      param(params, 'gamma'),
    ];
    const s = must(compoundScaling({ phi, alpha, beta, gamma }));
    const values: Readonly<Record<Ask, number>> = {
      product: s.product,
      flops: s.approxFactor,
      depth: s.depth,
      width: s.width,
      resolution: s.resolution,
    };
    const answer = values[ask];
    const bindings = { alpha, beta, gamma, phi };
    const derivation = derive(ask, FORMULAS[ask], bindings, answer);
    const tolerance: Tolerance = ask === 'resolution' ? { rel: 0, abs: 1 } : RATIO;
    const kind: AnswerKind =
      ask === 'resolution' ? 'size' : ask === 'flops' ? 'factor' : 'coefficient';
    const wrong: Readonly<Record<Ask, readonly (readonly [MistakeId, number])[]>> = {
      product: [
        ['squares-forgotten', alpha * beta * gamma],
        ['rounded-to-two', 2],
      ],
      flops: [
        ['rounded-to-two', 2 ** phi],
        ['squares-forgotten', (alpha * beta * gamma) ** phi],
        ['times-not-power', s.product * phi],
      ],
      depth: [['times-not-power', alpha * phi]],
      width: [['times-not-power', beta * phi]],
      resolution: [['times-not-power', Math.round(224 * gamma * phi)]],
    };
    const question: Readonly<Record<Ask, string>> = {
      product:
        'EfficientNet’s grid search found α, β, γ at φ = 1. By what factor does one step of compound scaling multiply the FLOPs: what is α · β² · γ²?',
      flops: `Scaling EfficientNet-B0 with φ = ${decimal(phi)} multiplies depth by α^φ, width by β^φ and resolution by γ^φ. By what factor do the FLOPs grow? Use the exact coefficients, not the rounded 2.`,
      depth: `With φ = ${decimal(phi)}, what is the depth coefficient d (layers per stage are multiplied by d)?`,
      width: `With φ = ${decimal(phi)}, what is the width coefficient w (channels are multiplied by w)?`,
      resolution: `With φ = ${decimal(phi)}, what input resolution does the scaled network use (B0 uses 224 × 224; round to a whole pixel)?`,
    };
    const asks: Readonly<Record<Ask, string>> = {
      product: 'the factor α · β² · γ² (a number such as 1.5)',
      flops: 'the FLOPs growth factor (a factor such as 3.2x)',
      depth: 'the depth coefficient d',
      width: 'the width coefficient w',
      resolution: 'the resolution in pixels per side',
    };
    return {
      topic: 'compound-scaling',
      params: { phi, ask, alpha, beta, gamma },
      prompt: question[ask],
      note: `Tan & Le 2019, eq. 3: α = ${decimal(alpha)}, β = ${decimal(beta)}, γ = ${decimal(gamma)}.`,
      given: givens([
        ['\\alpha', alpha],
        ['\\beta', beta],
        ['\\gamma', gamma],
        ...(ask === 'product' ? [] : ([['\\phi', phi]] as const)),
      ]),
      asks: asks[ask],
      kind,
      answer,
      tolerance,
      mistakes: mistakes(answer, tolerance, wrong[ask]),
      hints: [
        { text: IDEAS[ask] },
        { text: 'The formula:', tex: `${LHS[ask]} = ${exprToTex(FORMULAS[ask])}` },
        {
          text: 'With this question’s values:',
          tex: `${LHS[ask]} = ${derivationTexParts(derivation).substituted}`,
        },
      ],
      solution: [{ label: solutionLabel(ask), derivation, lhs: LHS[ask] }],
    };
  },
};

function solutionLabel(ask: Ask): string {
  if (ask === 'resolution') return 'r = γ^φ times 224, rounded to a whole pixel';
  if (ask === 'flops') return 'One factor α · β² · γ² per step of φ';
  return 'EfficientNet eq. 3';
}
