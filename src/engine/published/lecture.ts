// The lecture's slide-2 table of 2D and 3D parameter counts, and how the engine reproduces it.
import { printed as p, type PublishedFigure } from './types';

const M = 1e6;
const SRC = 'Week-6 lecture, slide 2';
const NOTE_2D =
  '2D ResNet for 101 classes (UCF-101) whose first conv takes 16 stacked RGB frames (48 input channels); BN γ/β counted.';
const NOTE_3D =
  '3D ResNet (Hara et al. 2018): conv1 7×7×7, 3×3×3 convs, 1×1×1 conv + BN projection shortcuts, 101 classes; BN γ/β counted.';

function row(
  model: string,
  build: string,
  d2: string,
  d3: string,
  note3 = NOTE_3D,
  note2 = NOTE_2D,
): readonly [PublishedFigure, PublishedFigure] {
  return [
    {
      id: `${build}-2d`,
      source: SRC,
      model: `${model} (2D)`,
      params: p(d2, M),
      build: { model: build, options: { classes: 101, inChannels: 48 } },
      note: note2,
    },
    {
      id: `${build}-3d`,
      source: SRC,
      model: `${model} (3D)`,
      params: p(d3, M),
      build: { model: build, options: { classes: 101, dims: 3 } },
      note: note3,
    },
  ];
}

/** Slide 2: params of VGG-16 and ResNets in 2D and 3D. */
export const LECTURE_PARAMS_TABLE: readonly PublishedFigure[] = [
  ...row(
    'VGG-16',
    'vgg-16',
    '134.7',
    '179.1',
    'Not reproduced: a 3D VGG-16 with 3×3×3 kernels (pools 1×2×2 then 2×2×2, 16 frames, 101 classes) has 164.1 M params ' +
      '(44.1 M in convs, 120.0 M in FCs). 400 or 1000 classes give 165.3 M and 167.8 M, a 2-frame final map 267 M. ' +
      'A search over t×3×3 kernels (t = 1–7), 3 or 48 input channels, with or without BN, 101/400/487/1000 classes, ' +
      'final maps of 1–4 frames × 1–8² positions and FC widths 4096 or 2048 finds no VGG-16 with 179.1 ± 0.05 M; ' +
      'the lecture does not say how its 3D VGG differs.',
    'VGG-16 for 101 classes with 48 input channels (16 stacked RGB frames); no BN.',
  ),
  ...row('ResNet-18', 'resnet-18', '11.4', '33.3'),
  ...row('ResNet-34', 'resnet-34', '21.5', '63.6'),
  ...row('ResNet-50', 'resnet-50', '23.9', '46.4'),
  ...row('ResNet-101', 'resnet-101', '42.8', '85.5'),
  ...row('ResNet-152', 'resnet-152', '58.5', '117.6'),
];
