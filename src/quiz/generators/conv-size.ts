// Slide 7: the output size D_G = ⌊(D_F + 2p − D_K)/s⌋ + 1 of a convolution.
import { convOutputSize } from '../../engine/index';
import { EXACT } from '../question';
import { formulaHints, givens, mistakes, must, param, type TopicGenerator } from './generator';
// Output-size cases that occur in real networks: [D_F, D_K, s, p, where].
const SIZE_CASES: readonly [number, number, number, number, string][] = [
  [224, 3, 2, 1, 'the MobileNet and EfficientNet-B0 stem'],
  [224, 7, 2, 3, 'the ResNet stem'],
  [112, 3, 2, 1, 'MobileNet block 2’s depthwise conv'],
  [56, 3, 2, 1, 'the first conv of ResNet-18 conv3_x'],
  [56, 5, 2, 2, 'EfficientNet-B0 stage 4 (5 × 5, stride 2)'],
  [14, 5, 2, 2, 'EfficientNet-B0 stage 7 (5 × 5, stride 2)'],
  [227, 11, 4, 0, 'AlexNet conv1'],
  [224, 3, 1, 0, 'a 3 × 3 conv without padding'],
  [56, 1, 2, 0, 'a ResNet projection shortcut'],
  [240, 3, 2, 1, 'the EfficientNet-B1 stem'],
  [600, 3, 2, 1, 'the EfficientNet-B7 stem'],
  [7, 3, 2, 1, 'MobileNet Table 1’s misprinted “s2” depthwise layer on 7 × 7'],
];

export const convOutputSizeGenerator: TopicGenerator = {
  topic: 'conv-output-size',
  params: [
    { key: 'DF', label: 'D_F (input size)', kind: 'int', min: 1, max: 1024, fallback: 224 },
    { key: 'DK', label: 'D_K (kernel size)', kind: 'int', min: 1, max: 11, fallback: 3 },
    { key: 's', label: 's (stride)', kind: 'int', min: 1, max: 4, fallback: 2 },
    { key: 'p', label: 'p (padding per side)', kind: 'int', min: 0, max: 5, fallback: 1 },
  ],
  sample(rng) {
    const [DF, DK, s, p] = rng.pick(SIZE_CASES);
    return { DF, DK, s, p };
  },
  check: (params) =>
    param(params, 'DF') + 2 * param(params, 'p') < param(params, 'DK')
      ? 'The kernel D_K must fit in the padded input D_F + 2p.'
      : null,
  build(params) {
    const [DF, DK, s, p] = [
      param(params, 'DF'),
      param(params, 'DK'),
      param(params, 's'),
      param(params, 'p'),
    ];
    const out = must(convOutputSize({ size: DF, kernel: DK, stride: s, padding: p }));
    const where = SIZE_CASES.find(
      (c) => c[0] === DF && c[1] === DK && c[2] === s && c[3] === p,
    )?.[4];
    const answer = out.size;
    return {
      topic: 'conv-output-size',
      params: { DF, DK, s, p },
      prompt:
        `A ${DK} × ${DK} convolution with stride s = ${s} and padding p = ${p} on each side runs over a ${DF} × ${DF} input. ` +
        'What is the output size D_G?',
      ...(where ? { note: `As in ${where}.` } : {}),
      given: givens([
        ['D_F', DF],
        ['D_K', DK],
        ['s', s],
        ['p', p],
      ]),
      asks: 'the output size D_G (pixels per side)',
      kind: 'size',
      answer,
      tolerance: EXACT,
      mistakes: mistakes(answer, EXACT, [
        ['size-no-plus-one', answer - 1],
        p > 0 && DF >= DK && ['size-no-padding', Math.floor((DF - DK) / s) + 1],
        s > 1 && ['size-no-stride', DF + 2 * p - DK + 1],
      ]),
      hints: formulaHints(
        'Pad the input, see how many times the kernel can step by s inside it, and count the first position too.',
        out.derivation,
        'D_G',
      ),
      solution: [
        { label: 'Positions of the kernel along one side', derivation: out.derivation, lhs: 'D_G' },
      ],
    };
  },
};
