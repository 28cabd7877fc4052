// Options every network builder takes, and their checks.
import type { EngineError } from '../errors';
import { checkPositiveInt, checkRange, firstError } from '../validate';

/** Options shared by the network builders. */
export interface CommonOptions {
  /** Input resolution in pixels (square). */
  readonly resolution?: number;
  /** Classifier outputs (1000 for ImageNet, 101 for UCF-101). */
  readonly classes?: number;
  /** Input channels (3 for RGB; 48 for 16 stacked RGB frames). */
  readonly inChannels?: number;
}

/** Options with their defaults filled in. */
export interface Resolved {
  readonly resolution: number;
  readonly classes: number;
  readonly inChannels: number;
}

/** Fills in defaults and checks resolution, classes and input channels. */
export function resolveCommon(
  options: CommonOptions,
  defaultResolution: number,
): { ok: true; value: Resolved } | { ok: false; error: EngineError } {
  const value = {
    resolution: options.resolution ?? defaultResolution,
    classes: options.classes ?? 1000,
    inChannels: options.inChannels ?? 3,
  };
  const bad = firstError(
    checkPositiveInt(value.resolution, 'resolution', 'Resolution (pixels)'),
    checkRange(value.resolution, 'resolution', 'Resolution (pixels)', 1, 8192),
    checkPositiveInt(value.classes, 'classes', 'Number of classes'),
    checkPositiveInt(value.inChannels, 'inChannels', 'Input channels'),
  );
  return bad ? { ok: false, error: bad } : { ok: true, value };
}

/**
 * Rounds channels c·w to a multiple of 8, at least 8, never more than 10 % below c·w:
 * EfficientNet's round_filters and torchvision's _make_divisible (architectures.md).
 */
export function roundChannels(channels: number, width: number, divisor = 8): number {
  const scaled = channels * width;
  let rounded = Math.max(divisor, Math.floor((scaled + divisor / 2) / divisor) * divisor);
  if (rounded < 0.9 * scaled) rounded += divisor;
  return rounded;
}

/** EfficientNet's round_repeats: ⌈r · d⌉. */
export function roundRepeats(repeats: number, depth: number): number {
  return Math.ceil(repeats * depth);
}
