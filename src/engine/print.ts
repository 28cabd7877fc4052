// Prints formulas as TeX (for KaTeX) or as plain text (for the CLI and screen readers).
import type { Bindings, Expr } from './expr';
import { formatNumber } from './format';
import { symbolTex, symbolText } from './symbols';

interface Style {
  readonly number: (n: number) => string;
  readonly symbol: (name: string) => string;
  readonly times: string;
  readonly minus: string;
  readonly frac: (a: string, b: string) => string;
  readonly pow: (a: string, b: string) => string;
  readonly floor: (a: string) => string;
  readonly ceil: (a: string) => string;
  readonly paren: (a: string) => string;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { '2': '²', '3': '³' };

const TEX: Style = {
  number: (n) => formatNumber(n, 4, '{,}'),
  symbol: symbolTex,
  times: ' \\cdot ',
  minus: ' - ',
  frac: (a, b) => `\\frac{${a}}{${b}}`,
  pow: (a, b) => `{${a}}^{${b}}`,
  floor: (a) => `\\left\\lfloor ${a} \\right\\rfloor`,
  ceil: (a) => `\\left\\lceil ${a} \\right\\rceil`,
  paren: (a) => `\\left(${a}\\right)`,
};

const TEXT: Style = {
  number: (n) => formatNumber(n, 4, ','),
  symbol: symbolText,
  times: ' · ',
  minus: ' − ',
  frac: (a, b) => `${a}/${b}`,
  pow: (a, b) => `${a}${SUPERSCRIPT[b] ?? `^${b}`}`,
  floor: (a) => `⌊${a}⌋`,
  ceil: (a) => `⌈${a}⌉`,
  paren: (a) => `(${a})`,
};

/** Binding strength: sums 1, products 2, powers 3, atoms 4 (a negative number binds like a sum). */
function level(e: Expr, style: Style, bindings: Bindings | undefined): number {
  switch (e.op) {
    case 'add':
    case 'sub':
      return 1;
    case 'mul':
    case 'div':
      return 2;
    case 'frac':
      return style === TEX ? 4 : 2;
    case 'pow':
      return 3;
    case 'num':
      return e.value < 0 ? 1 : 4;
    case 'sym': {
      const v = bindings?.[e.name];
      return v !== undefined && v < 0 ? 1 : 4;
    }
    default:
      return 4;
  }
}

const MISSING: Expr = { op: 'sym', name: '?' };

/** The i-th operand (a '?' if a hand-built tree lacks it). */
function arg(e: Expr, i: number): Expr {
  return e.op === 'num' || e.op === 'sym' ? MISSING : (e.args[i] ?? MISSING);
}

/** Prints a formula; symbols with a binding print as their value (the substituted form). */
function print(e: Expr, style: Style, b: Bindings | undefined): string {
  const at = (a: Expr, min: number): string => {
    const s = print(a, style, b);
    return level(a, style, b) < min ? style.paren(s) : s;
  };
  switch (e.op) {
    case 'num':
      return style.number(e.value);
    case 'sym': {
      const v = b?.[e.name];
      return v === undefined ? style.symbol(e.name) : style.number(v);
    }
    case 'add':
      return e.args.map((a) => at(a, 1)).join(' + ');
    case 'sub':
      return e.args.map((a, i) => at(a, i === 0 ? 1 : 2)).join(style.minus);
    case 'mul':
      return e.args.map((a) => at(a, 2)).join(style.times);
    case 'div':
      return `${at(arg(e, 0), 2)} / ${at(arg(e, 1), 3)}`;
    case 'frac':
      return style === TEX
        ? style.frac(print(arg(e, 0), style, b), print(arg(e, 1), style, b))
        : style.frac(at(arg(e, 0), 3), at(arg(e, 1), 3));
    case 'pow':
      return style.pow(at(arg(e, 0), 4), print(arg(e, 1), style, b));
    case 'floor':
      return style.floor(print(arg(e, 0), style, b));
    case 'ceil':
      return style.ceil(print(arg(e, 0), style, b));
    case 'paren':
      return style.paren(print(arg(e, 0), style, b));
  }
}

// General formulas are shared between rows: print each once per style.
const texCache = new WeakMap<Expr, string>();
const textCache = new WeakMap<Expr, string>();

function cached(e: Expr, style: Style, cache: WeakMap<Expr, string>): string {
  const hit = cache.get(e);
  if (hit !== undefined) return hit;
  const s = print(e, style, undefined);
  cache.set(e, s);
  return s;
}

/** Prints a formula as TeX for KaTeX, with the lecture's symbols (D_K, M, N, D_F, D_G). */
export function exprToTex(e: Expr): string {
  return cached(e, TEX, texCache);
}

/** Prints a formula as plain text: "D_K · D_K · M · N · D_G · D_G". */
export function exprToText(e: Expr): string {
  return cached(e, TEXT, textCache);
}

/** Prints a formula as TeX with the bound symbols replaced by their values. */
export function substitutedTex(e: Expr, bindings: Bindings): string {
  return print(e, TEX, bindings);
}

/** Prints a formula as text with the bound symbols replaced by their values. */
export function substitutedText(e: Expr, bindings: Bindings): string {
  return print(e, TEXT, bindings);
}
