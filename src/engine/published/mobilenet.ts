// MobileNetV1 (Howard et al. 2017, arXiv 1704.04861): Tables 2–9 as printed, with notes where
// the engine's exact count differs from the print, and the paper's two misprints.
import { printed as p, type PublishedFigure, type PublishedShare } from './types';

const M = 1e6;
const SRC = 'MobileNet (Howard et al. 2017)';

/** Table 2: share of mult-adds and params by layer type, 1.0 MobileNet-224. */
export const MOBILENET_V1_TABLE2: readonly PublishedShare[] = [
  { category: 'Conv 1×1', macsPercent: 94.86, paramsPercent: 74.59 },
  { category: 'Conv DW 3×3', macsPercent: 3.06, paramsPercent: 1.06 },
  {
    category: 'Conv 3×3',
    macsPercent: 1.19,
    paramsPercent: 0.02,
    note: 'Misprint: 10,838,016 of 568,740,352 mult-adds is 1.91 %; with 1.91 % the column sums to 100 %.',
  },
  {
    category: 'Fully connected',
    macsPercent: 0.18,
    paramsPercent: 24.33,
    note: 'The params column leaves out the FC bias: shares of 4,209,088 (not 4,210,088) give 74.59 / 1.06 / 0.02 / 24.33 exactly; with the bias they are 74.57 / 1.06 / 0.02 / 24.35.',
  },
];

/** Tables 3–9: mult-adds and params as printed (params exclude BN, as the paper counts). */
export const MOBILENET_V1_FIGURES: readonly PublishedFigure[] = [
  {
    id: 't3-conv',
    source: `${SRC}, Table 3`,
    model: 'Convolution 3×3×512×512 on 14×14×512',
    macs: p('462', M),
    params: p('2.36', M),
  },
  {
    id: 't3-separable',
    source: `${SRC}, Table 3`,
    model: 'Depthwise separable conv',
    macs: p('52.3', M),
    params: p('0.27', M),
  },
  {
    id: 't3-alpha',
    source: `${SRC}, Table 3`,
    model: 'α = 0.75',
    macs: p('29.6', M),
    params: p('0.15', M),
  },
  {
    id: 't3-rho',
    source: `${SRC}, Table 3`,
    model: 'ρ = 0.714',
    macs: p('15.1', M),
    params: p('0.15', M),
    note: 'ρ = 0.714 takes the 14×14 map to 10×10 (14 · 0.714 = 9.996), with α = 0.75 kept.',
  },
  {
    id: 't4-conv-mobilenet',
    source: `${SRC}, Table 4`,
    model: 'Conv MobileNet (full convolutions)',
    top1: 71.7,
    macs: p('4866', M),
    params: p('29.3', M),
    build: { model: 'mobilenet-v1', options: { variant: 'full' } },
    note: 'Each separable block replaced by a full 3×3 conv: the engine counts 4,867.3 M mult-adds, 1.3 M above the print; without the FC layer (1.024 M) it is 4,866.3 M, so the printed figure probably leaves the FC out. Params 29.28 M match.',
  },
  {
    id: 't4-mobilenet',
    source: `${SRC}, Table 4`,
    model: '1.0 MobileNet-224',
    top1: 70.6,
    macs: p('569', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: {} },
  },
  {
    id: 't5-075',
    source: `${SRC}, Table 5`,
    model: '0.75 MobileNet',
    top1: 68.4,
    macs: p('325', M),
    params: p('2.6', M),
    build: { model: 'mobilenet-v1', options: { width: 0.75 } },
  },
  {
    id: 't5-shallow',
    source: `${SRC}, Table 5`,
    model: 'Shallow MobileNet',
    top1: 65.3,
    macs: p('307', M),
    params: p('2.9', M),
    build: { model: 'mobilenet-v1', options: { variant: 'shallow' } },
    note: 'The five 14×14×512 separable blocks removed.',
  },
  {
    id: 't6-100',
    source: `${SRC}, Table 6`,
    model: '1.0 MobileNet-224',
    top1: 70.6,
    macs: p('569', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: { width: 1 } },
  },
  {
    id: 't6-075',
    source: `${SRC}, Table 6`,
    model: '0.75 MobileNet-224',
    top1: 68.4,
    macs: p('325', M),
    params: p('2.6', M),
    build: { model: 'mobilenet-v1', options: { width: 0.75 } },
  },
  {
    id: 't6-050',
    source: `${SRC}, Table 6`,
    model: '0.5 MobileNet-224',
    top1: 63.7,
    macs: p('149', M),
    params: p('1.3', M),
    build: { model: 'mobilenet-v1', options: { width: 0.5 } },
  },
  {
    id: 't6-025',
    source: `${SRC}, Table 6`,
    model: '0.25 MobileNet-224',
    top1: 50.6,
    macs: p('41', M),
    params: p('0.5', M),
    build: { model: 'mobilenet-v1', options: { width: 0.25 } },
  },
  {
    id: 't7-224',
    source: `${SRC}, Table 7`,
    model: '1.0 MobileNet-224',
    top1: 70.6,
    macs: p('569', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: { resolution: 224 } },
  },
  {
    id: 't7-192',
    source: `${SRC}, Table 7`,
    model: '1.0 MobileNet-192',
    top1: 69.1,
    macs: p('418', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: { resolution: 192 } },
  },
  {
    id: 't7-160',
    source: `${SRC}, Table 7`,
    model: '1.0 MobileNet-160',
    top1: 67.2,
    macs: p('290', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: { resolution: 160 } },
    note: 'The exact count is 290.68 M: the print truncates (rounding gives 291); both 160-pixel figures of the paper are truncated.',
  },
  {
    id: 't7-128',
    source: `${SRC}, Table 7`,
    model: '1.0 MobileNet-128',
    top1: 64.4,
    macs: p('186', M),
    params: p('4.2', M),
    build: { model: 'mobilenet-v1', options: { resolution: 128 } },
  },
  {
    id: 't8-googlenet',
    source: `${SRC}, Table 8`,
    model: 'GoogleNet',
    top1: 69.8,
    macs: p('1550', M, 10 * M),
    params: p('6.8', M),
  },
  {
    id: 't8-vgg16',
    source: `${SRC}, Table 8`,
    model: 'VGG 16',
    top1: 71.5,
    macs: p('15300', M, 100 * M),
    params: p('138', M),
    build: { model: 'vgg-16', options: {} },
    note: 'The engine counts 15,470 M mult-adds with the FC layers (torchvision: 15.47 G) and 15,347 M for the 13 convs alone; the print (3 significant digits) matches the convs alone.',
  },
  {
    id: 't9-050-160',
    source: `${SRC}, Table 9`,
    model: '0.50 MobileNet-160',
    top1: 60.2,
    macs: p('76', M),
    params: p('1.32', M),
    build: { model: 'mobilenet-v1', options: { width: 0.5, resolution: 160 } },
    note: 'The exact count is 76.52 M: the print truncates (rounding gives 77), as in Table 7\u2019s 160 row.',
  },
  {
    id: 't9-squeezenet',
    source: `${SRC}, Table 9`,
    model: 'SqueezeNet',
    top1: 57.5,
    macs: p('1700', M, 100 * M),
    params: p('1.25', M),
  },
  {
    id: 't9-alexnet',
    source: `${SRC}, Table 9`,
    model: 'AlexNet',
    top1: 57.2,
    macs: p('720', M, 10 * M),
    params: p('60', M),
  },
];

/** The two misprints worth showing students (reference-figures.md). */
export const MOBILENET_MISPRINTS: readonly {
  readonly where: string;
  readonly printed: string;
  readonly correct: string;
  readonly why: string;
}[] = [
  {
    where:
      'Table 1 (and the lecture\u2019s copy): the depthwise layer on the 7×7×1024 input (the second-to-last conv layer)',
    printed: 'Conv dw / s2',
    correct: 'Conv dw / s1',
    why: 'Its 7×7 input stays 7×7 (the next layer and the 7×7 average pool see 7×7); a stride of 2 would give 4×4.',
  },
  {
    where: 'Table 2, Conv 3×3 row, mult-adds',
    printed: '1.19 %',
    correct: '1.91 %',
    why: '10,838,016 / 568,740,352 = 1.906 %; with 1.91 % the column sums to 100.01 %, with 1.19 % to 99.29 %.',
  },
];
