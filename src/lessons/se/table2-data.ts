// The paper's Table 2 as chart points, with the comparison groups the table implies.
import { EFFICIENTNET_TABLE2, type PublishedFigure } from '../../engine/index';

/** Which line of the paper's Figure 1 a model belongs to. */
export type Family = 'efficientnet' | 'nas' | 'conventional';

/** One model of Table 2 that has a FLOPs figure. */
export interface Table2Point {
  readonly model: string;
  readonly family: Family;
  /** Published "FLOPs" (multiply-adds), in billions. */
  readonly flopsB: number;
  readonly top1: number;
  readonly figure: PublishedFigure;
}

const NAS = new Set(['NASNet-A', 'AmoebaNet-A', 'AmoebaNet-C', 'PNASNet']);

/** The family of a Table 2 model: EfficientNet, found by architecture search, or designed by hand. */
export function familyOf(figure: PublishedFigure): Family {
  if (figure.id.startsWith('efficientnet-')) return 'efficientnet';
  return NAS.has(figure.model) ? 'nas' : 'conventional';
}

/** Every Table 2 model with a FLOPs figure (GPipe has none), as chart points. */
export const TABLE2_POINTS: readonly Table2Point[] = EFFICIENTNET_TABLE2.flatMap((figure) =>
  figure.macs && figure.top1 !== undefined
    ? [
        {
          model: figure.model,
          family: familyOf(figure),
          flopsB: figure.macs.value / 1e9,
          top1: figure.top1,
          figure,
        },
      ]
    : [],
);

/**
 * The models Table 2 lists under an EfficientNet variant (until the next variant): the ones of
 * similar accuracy the paper compares it with.
 */
export function comparedWith(variantId: string): readonly PublishedFigure[] {
  const start = EFFICIENTNET_TABLE2.findIndex((f) => f.id === variantId);
  if (start < 0) return [];
  const rest = EFFICIENTNET_TABLE2.slice(start + 1);
  const end = rest.findIndex((f) => f.id.startsWith('efficientnet-'));
  return end < 0 ? rest : rest.slice(0, end);
}
