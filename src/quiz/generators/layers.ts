// Layers that exist in MobileNet, EfficientNet-B0, ResNet and VGG, as the quiz's realistic numbers.
// Stride 1 and same padding, so the lecture's D_G = D_F holds.

/** A conv layer in the lecture's symbols, and where it comes from. */
export interface LayerPreset {
  readonly DK: number;
  readonly M: number;
  readonly N: number;
  readonly DF: number;
  readonly where: string;
}

/** Depthwise separable layers (MobileNet Table 1 stride-1 blocks; EfficientNet-B0's depthwise + project convs (Table 1 stage numbers)). */
export const SEPARABLE_LAYERS: readonly LayerPreset[] = [
  { DK: 3, M: 32, N: 64, DF: 112, where: 'MobileNet block 1' },
  { DK: 3, M: 128, N: 128, DF: 56, where: 'MobileNet block 3' },
  { DK: 3, M: 256, N: 256, DF: 28, where: 'MobileNet block 5' },
  { DK: 3, M: 512, N: 512, DF: 14, where: 'MobileNet blocks 7–11 (and Table 3)' },
  { DK: 3, M: 1024, N: 1024, DF: 7, where: 'MobileNet block 13' },
  { DK: 5, M: 240, N: 40, DF: 28, where: 'EfficientNet-B0 stage 4' },
  { DK: 3, M: 480, N: 80, DF: 14, where: 'EfficientNet-B0 stage 5' },
  { DK: 5, M: 672, N: 112, DF: 14, where: 'EfficientNet-B0 stage 6' },
  { DK: 5, M: 1152, N: 192, DF: 7, where: 'EfficientNet-B0 stage 7' },
  { DK: 3, M: 1152, N: 320, DF: 7, where: 'EfficientNet-B0 stage 8' },
];

/** Standard convolutions (ResNet, VGG, MobileNet's "Conv MobileNet" of Table 4). */
export const STANDARD_LAYERS: readonly LayerPreset[] = [
  { DK: 3, M: 64, N: 64, DF: 56, where: 'ResNet-18 conv2_x' },
  { DK: 3, M: 128, N: 128, DF: 28, where: 'ResNet-18 conv3_x' },
  { DK: 3, M: 256, N: 256, DF: 14, where: 'ResNet-18 conv4_x' },
  { DK: 3, M: 512, N: 512, DF: 7, where: 'ResNet-18 conv5_x' },
  { DK: 3, M: 64, N: 128, DF: 112, where: 'VGG-16 conv2_1' },
  { DK: 3, M: 128, N: 256, DF: 56, where: 'VGG-16 conv3_1' },
  { DK: 3, M: 256, N: 512, DF: 28, where: 'VGG-16 conv4_1' },
  { DK: 3, M: 32, N: 64, DF: 112, where: 'MobileNet’s full-convolution baseline (Table 4)' },
  { DK: 3, M: 512, N: 512, DF: 14, where: 'MobileNet Table 3 (its full convolution)' },
  { DK: 5, M: 48, N: 128, DF: 27, where: 'AlexNet conv2 (one of its two groups)' },
];

/** Feature-map sizes of MobileNet at 224 (stride 2, 4, 8, 16, 32). */
export const MOBILENET_SIZES: readonly number[] = [112, 56, 28, 14, 7];
