// A small expression tree for formulas: built once, substituted and printed on demand.

/** Values for the symbols of a formula, e.g. { D_K: 3, M: 32 }. */
export type Bindings = Readonly<Record<string, number>>;

/** A formula: numbers, symbols and the few operators the lecture uses. */
export type Expr =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'sym'; readonly name: string }
  | {
      readonly op: 'add' | 'sub' | 'mul' | 'frac' | 'div' | 'pow' | 'floor' | 'ceil' | 'paren';
      readonly args: readonly Expr[];
    };

/** A number. */
export const num = (value: number): Expr => ({ op: 'num', value });
/** A symbol such as D_K (see symbols.ts for how it prints). */
export const sym = (name: string): Expr => ({ op: 'sym', name });
/** A sum a + b + … */
export const add = (...args: Expr[]): Expr => ({ op: 'add', args });
/** A difference a − b − … */
export const sub = (...args: Expr[]): Expr => ({ op: 'sub', args });
/** A product a · b · … */
export const mul = (...args: Expr[]): Expr => ({ op: 'mul', args });
/** A fraction printed stacked: a over b. */
export const frac = (a: Expr, b: Expr): Expr => ({ op: 'frac', args: [a, b] });
/** A quotient printed inline: a / b. */
export const div = (a: Expr, b: Expr): Expr => ({ op: 'div', args: [a, b] });
/** A power a^b. */
export const pow = (a: Expr, b: Expr): Expr => ({ op: 'pow', args: [a, b] });
/** The floor ⌊a⌋. */
export const floor = (a: Expr): Expr => ({ op: 'floor', args: [a] });
/** The ceiling ⌈a⌉. */
export const ceil = (a: Expr): Expr => ({ op: 'ceil', args: [a] });
/** Explicit parentheses (a). */
export const paren = (a: Expr): Expr => ({ op: 'paren', args: [a] });

/** Computes a formula's value; an unbound symbol gives NaN. */
export function evaluate(e: Expr, bindings: Bindings): number {
  switch (e.op) {
    case 'num':
      return e.value;
    case 'sym':
      return bindings[e.name] ?? Number.NaN;
    default: {
      const v = e.args.map((a) => evaluate(a, bindings));
      const [a = Number.NaN, b = Number.NaN] = v;
      switch (e.op) {
        case 'add':
          return v.reduce((s, x) => s + x, 0);
        case 'sub':
          return v.slice(1).reduce((s, x) => s - x, a);
        case 'mul':
          return v.reduce((s, x) => s * x, 1);
        case 'frac':
        case 'div':
          return a / b;
        case 'pow':
          return a ** b;
        case 'floor':
          return Math.floor(a);
        case 'ceil':
          return Math.ceil(a);
        case 'paren':
          return a;
      }
    }
  }
}

/** Replaces every bound symbol by its value, keeping the formula's structure. */
export function substitute(e: Expr, bindings: Bindings): Expr {
  if (e.op === 'num') return e;
  if (e.op === 'sym') {
    const value = bindings[e.name];
    return value === undefined ? e : num(value);
  }
  return { op: e.op, args: e.args.map((a) => substitute(a, bindings)) };
}

/** Lists the symbols a formula uses, in order of first appearance. */
export function symbolsOf(e: Expr, found: string[] = []): string[] {
  if (e.op === 'sym') {
    if (!found.includes(e.name)) found.push(e.name);
  } else if (e.op !== 'num') {
    for (const a of e.args) symbolsOf(a, found);
  }
  return found;
}
