// A derivation explains a number: the general formula, the same with values put in, the result.
import type { Bindings, Expr } from './expr';
import { formatNumber } from './format';
import { exprToTex, exprToText, substitutedTex, substitutedText } from './print';

/** Structured explanation of one number; the UI prints it with KaTeX, the CLI as text. */
export interface Derivation {
  /** What the number counts: "MACs", "FLOPs", "params", "D_G", … */
  readonly quantity: string;
  /** The general formula in the lecture's symbols. */
  readonly general: Expr;
  /** Intermediate general forms, e.g. the algebra from the ratio to 1/N + 1/D_K². */
  readonly steps?: readonly Expr[];
  /** The symbol values of this instance. */
  readonly bindings: Bindings;
  /** The number itself. */
  readonly result: number;
  /** A remark, e.g. which convention leaves this cost out. */
  readonly note?: string;
}

/** Builds a derivation (cheap: the formula is shared, only the bindings are new). */
export function derive(
  quantity: string,
  general: Expr,
  bindings: Bindings,
  result: number,
  note?: string,
): Derivation {
  return note === undefined
    ? { quantity, general, bindings, result }
    : { quantity, general, bindings, result, note };
}

/** The three parts of a derivation, printed. */
export interface DerivationParts {
  readonly general: string;
  readonly steps: readonly string[];
  readonly substituted: string;
  readonly result: string;
}

const NO_STEPS: readonly string[] = [];

function parts(
  d: Derivation,
  print: (e: Expr) => string,
  printWith: (e: Expr, b: Bindings) => string,
  sep: string,
): DerivationParts {
  const last = d.steps?.[d.steps.length - 1] ?? d.general;
  return {
    general: print(d.general),
    steps: d.steps === undefined ? NO_STEPS : d.steps.map(print),
    substituted: printWith(last, d.bindings),
    result: formatNumber(d.result, 4, sep),
  };
}

/** Prints each part of a derivation as TeX. */
export function derivationTexParts(d: Derivation): DerivationParts {
  return parts(d, exprToTex, substitutedTex, '{,}');
}

/** Prints each part of a derivation as plain text. */
export function derivationTextParts(d: Derivation): DerivationParts {
  return parts(d, exprToText, substitutedText, ',');
}

/** The printed chain: general, steps, substituted (when it differs), then "=" or "≈" and the result. */
function chain(p: DerivationParts, approx: string, exact: boolean): string {
  const lines = [p.general, ...p.steps];
  if (p.substituted !== lines[lines.length - 1]) lines.push(p.substituted);
  const last = lines[lines.length - 1];
  const tail = last === p.result ? '' : ` ${exact ? '=' : approx} ${p.result}`;
  return lines.join(' = ') + tail;
}

/** Prints a derivation as one TeX chain: "\text{MACs} = D_K \cdot … = 3 \cdot … = 10{,}838{,}016". */
export function derivationToTex(d: Derivation): string {
  const exact = Number.isInteger(d.result);
  return `\\text{${d.quantity}} = ${chain(derivationTexParts(d), '\\approx', exact)}`;
}

/** Prints a derivation as one line of text: "MACs = D_K · D_K · M · … = 3 · 3 · … = 10,838,016". */
export function derivationToText(d: Derivation): string {
  const exact = Number.isInteger(d.result);
  return `${d.quantity} = ${chain(derivationTextParts(d), '≈', exact)}`;
}
