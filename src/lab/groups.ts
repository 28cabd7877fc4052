// Groups of a convolution: the values a slider may take and what each setting is called.
import type { ConvSpec } from '../engine/index';

/** The whole numbers that divide both M and N, ascending: the groups a conv may have. */
export function commonDivisors(m: number, n: number): number[] {
  const out: number[] = [];
  const limit = Math.min(m, n);
  if (!(limit >= 1)) return [1];
  for (let g = 1; g <= limit; g++) if (m % g === 0 && n % g === 0) out.push(g);
  return out;
}

/** A conv's groups as a number ('depthwise' is M). */
export function groupsOf(layer: ConvSpec, m: number): number {
  return layer.groups === 'depthwise' ? m : (layer.groups ?? 1);
}

/** Names a groups setting: standard, pointwise, grouped or depthwise. */
export function groupsType(g: number, m: number, n: number, layer: ConvSpec): string {
  const pointwise = (Array.isArray(layer.kernel) ? layer.kernel : [layer.kernel]).every(
    (k) => k === 1,
  );
  if (g === 1) return pointwise ? 'pointwise (1×1, g = 1)' : 'standard convolution (g = 1)';
  if (g === m && n === m) return `depthwise (g = M = ${m}): one filter per channel`;
  return `grouped: ${g} groups of ${m / g} input channels each`;
}
