// Shared by the conv questions: their parameters, real layers to draw from, and the engine's row.
import { analyzeNetwork, type Convention, type LayerRow, type Rng } from '../../engine/index';
import { must, param, type Params, type TopicGenerator } from './generator';
import type { LayerPreset } from './layers';

/** One standard conv analysed by the engine under a convention (stride 1, same padding, no bias). */
export function convRow(
  p: { DK: number; M: number; N: number; DF: number },
  convention: Convention,
): LayerRow {
  const analysis = must(
    analyzeNetwork(
      {
        id: 'quiz-conv',
        title: 'One convolution',
        input: { spatial: [p.DF, p.DF], channels: p.M },
        layers: [
          { kind: 'conv', name: 'conv', out: p.N, kernel: p.DK, stride: 1, padding: 'same' },
        ],
      },
      { convention },
    ),
  );
  const row = analysis.rows[0];
  if (!row) throw new Error('The engine returned no row for one convolution.');
  return row;
}

export const CONV_PARAMS = [
  { key: 'DK', label: 'D_K (kernel size)', kind: 'int', min: 1, max: 11, fallback: 3 },
  { key: 'M', label: 'M (input channels)', kind: 'int', min: 1, max: 4096, fallback: 64 },
  { key: 'N', label: 'N (output channels)', kind: 'int', min: 1, max: 4096, fallback: 64 },
  { key: 'DF', label: 'D_F (feature map size)', kind: 'int', min: 1, max: 512, fallback: 56 },
] as const satisfies TopicGenerator['params'];

/** Parameters of a conv question drawn from real layers. */
export function sampleConv(layers: readonly LayerPreset[], rng: Rng): Params {
  const { DK, M, N, DF } = rng.pick(layers);
  return { DK, M, N, DF };
}

/** The D_K, M, N, D_F of a conv question. */
export function convOf(params: Params): { DK: number; M: number; N: number; DF: number } {
  return {
    DK: param(params, 'DK'),
    M: param(params, 'M'),
    N: param(params, 'N'),
    DF: param(params, 'DF'),
  };
}
