// Published figures as data: each as printed, with its rounding step and source.
import type { ModelOptions } from '../networks/registry';

/** A number as a source prints it: its value, the text and the rounding step the print implies. */
export interface PrintedNumber {
  readonly value: number;
  readonly printed: string;
  /** Half of this is the largest difference the rounding explains. */
  readonly step: number;
}

/** One published model figure. */
export interface PublishedFigure {
  readonly id: string;
  /** "MobileNet (Howard et al. 2017), Table 6". */
  readonly source: string;
  readonly model: string;
  readonly top1?: number;
  readonly top5?: number;
  /** Mult-adds (the papers' "FLOPs"). */
  readonly macs?: PrintedNumber;
  readonly params?: PrintedNumber;
  readonly resolution?: number;
  /** How to build the same network with the engine: buildModel(build.model, build.options). */
  readonly build?: { readonly model: string; readonly options: ModelOptions };
  /** Why the engine's value differs, or how the source counts. */
  readonly note?: string;
}

/** One row of MobileNet's Table 2 (shares in percent as printed). */
export interface PublishedShare {
  readonly category: string;
  readonly macsPercent: number;
  readonly paramsPercent: number;
  readonly note?: string;
}

/**
 * Reads a printed number: printed('4.2', 1e6) is 4,200,000 with step 100,000.
 * The step follows the printed decimals unless given (e.g. "15300" printed to 3 significant digits).
 */
export function printed(text: string, unit: number, step?: number): PrintedNumber {
  const decimals = text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
  return {
    value: Math.round(Number(text) * unit),
    printed: text,
    step: step ?? unit / 10 ** decimals,
  };
}
