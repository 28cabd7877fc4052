// EfficientNet-B0…B7 at a glance (slides 18, 21, 30): cost, params and weight memory of each.
import { analyzeNetwork } from '../analyze';
import { asBytes, type Bytes, type Macs, type Params } from '../units';
import { efficientNet } from './efficientnet';
import {
  EFFICIENTNET_COEFFICIENTS,
  EFFICIENTNET_VARIANTS,
  type EfficientNetVariant,
} from './efficientnet-scaling';

/** One variant's totals at its own resolution. */
export interface FamilyMember {
  readonly variant: EfficientNetVariant;
  readonly resolution: number;
  readonly macs: Macs;
  readonly params: Params;
  /** Trainable params at fp32. */
  readonly bytes: Bytes;
}

let family: readonly FamilyMember[] | null = null;

/** The eight released variants (computed once; 1,000 classes, 3 channels). */
export function efficientNetFamily(): readonly FamilyMember[] {
  family ??= EFFICIENTNET_VARIANTS.map((variant) => {
    const net = efficientNet({ variant });
    const a = net.ok ? analyzeNetwork(net.value) : net;
    if (!a.ok) throw new Error(a.error.message); // fixed inputs: cannot fail
    return {
      variant,
      resolution: EFFICIENTNET_COEFFICIENTS[variant].resolution,
      macs: a.value.totals.macs,
      params: a.value.totals.params,
      bytes: asBytes(a.value.totals.params * 4),
    };
  });
  return family;
}

/** Slide 18: the variants within a memory (bytes at fp32) and a MACs budget. */
export function variantsWithin(limits: {
  maxBytes?: number;
  maxMacs?: number;
}): readonly FamilyMember[] {
  return efficientNetFamily().filter(
    (m) => m.bytes <= (limits.maxBytes ?? Infinity) && m.macs <= (limits.maxMacs ?? Infinity),
  );
}
