import {
  EFFICIENTNET_TABLE2,
  REFERENCE_IMPLEMENTATIONS,
  type EfficientNetVariant,
  type PublishedFigure,
} from '../../engine/index';

// Published EfficientNet figures as the slides quote them: the print, the unit, the source.

export interface Quoted {
  readonly model: string;
  /** The "FLOPs" (mult-adds) as printed, with the unit: "0.39 B". */
  readonly macs: string;
  /** Params as printed: "5.3 M" or "5,288,548". */
  readonly params: string;
  readonly top1: number | null;
  readonly source: string;
  readonly note: string | null;
  readonly figure: PublishedFigure;
}

function quote(
  figure: PublishedFigure | undefined,
  macsUnit: string,
  paramsUnit: string,
): Quoted | null {
  if (!figure) return null;
  return {
    model: figure.model,
    macs: figure.macs ? `${figure.macs.printed}${macsUnit}` : '–',
    params: figure.params ? `${figure.params.printed}${paramsUnit}` : '–',
    top1: figure.top1 ?? null,
    source: figure.source,
    note: figure.note ?? null,
    figure,
  };
}

/** A row of the paper's Table 2 by model name ("ResNet-50") or EfficientNet variant ("b3"). */
export function publishedTable2(model: string): Quoted | null {
  const name = /^b[0-7]$/.test(model) ? `EfficientNet-${model.toUpperCase()}` : model;
  return quote(
    EFFICIENTNET_TABLE2.find((f) => f.model === name),
    ' B',
    ' M',
  );
}

/** The paper's Table 2 row of an EfficientNet variant. */
export function publishedEfficientNet(variant: EfficientNetVariant): Quoted | null {
  return publishedTable2(variant);
}

/** torchvision's documented count of an EfficientNet variant. */
export function torchvisionEfficientNet(variant: EfficientNetVariant): Quoted | null {
  return quote(
    REFERENCE_IMPLEMENTATIONS.find((f) => f.id === `torchvision-efficientnet-${variant}`),
    '',
    '',
  );
}
