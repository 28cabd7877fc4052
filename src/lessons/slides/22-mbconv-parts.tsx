import { derive, mul, num, pow, sym, type Derivation, type MbConvCost } from '../../engine/index';

// The cost of each MBConv part as a derivation in the block's own symbols (M, N, C_e = t·M,
// C_r, D_K, D_F, D_G); the results are the engine's per-part totals.

export interface PartCost {
  readonly key: 'expand' | 'depthwise' | 'se' | 'project' | 'residual';
  readonly name: string;
  /** TeX of the left-hand side. */
  readonly lhs: string;
  readonly present: boolean;
  /** Why a missing part is missing. */
  readonly absent: string;
  readonly derivation: Derivation;
  /** Mult-adds (0 for the residual add, which is additions only). */
  readonly macs: number;
  readonly params: number;
}

const M = sym('M');
const N = sym('N');
const CE = sym('C_e');
const CR = sym('C_r');
const DK2 = pow(sym('D_K'), num(2));
const DF2 = pow(sym('D_F'), num(2));
const DG2 = pow(sym('D_G'), num(2));

const FORMULAS = {
  expand: mul(M, CE, DF2),
  depthwise: mul(DK2, CE, DG2),
  se: mul(num(2), CE, CR),
  project: mul(CE, N, DG2),
  residual: mul(N, DG2),
} as const;

export interface BlockSymbols {
  readonly M: number;
  readonly N: number;
  readonly DK: number;
  readonly DF: number;
}

/** The five parts' costs for a block the engine analysed (with residual adds counted as extras). */
export function partCosts(cost: MbConvCost, block: BlockSymbols): readonly PartCost[] {
  const dg = cost.outputShape.spatial[0] ?? 0;
  const bindings = {
    M: block.M,
    N: block.N,
    C_e: cost.expanded,
    C_r: cost.reduced,
    D_K: block.DK,
    D_F: block.DF,
    D_G: dg,
  };
  const find = (key: PartCost['key']) => cost.parts.find((p) => p.part === key);
  const make = (key: PartCost['key'], name: string, lhs: string, absent: string): PartCost => {
    const part = find(key);
    const present = part?.present ?? false;
    // The residual add is counted as extra operations (one addition per element), never as MACs.
    const result = key === 'residual' ? (part?.totals.flops ?? 0) : (part?.totals.macs ?? 0);
    return {
      key,
      name,
      lhs,
      present,
      absent,
      derivation: derive(key === 'residual' ? 'adds' : 'MACs', FORMULAS[key], bindings, result),
      macs: part?.totals.macs ?? 0,
      params: part?.totals.params ?? 0,
    };
  };
  return [
    make(
      'expand',
      'Expand 1×1',
      '\\text{MACs}_{\\text{expand}}',
      't = 1: the block does not expand.',
    ),
    make('depthwise', 'Depthwise', '\\text{MACs}_{\\text{dw}}', ''),
    make('se', 'SE', '\\text{MACs}_{\\text{SE}}', 'SE ratio 0: no SE block.'),
    make('project', 'Project 1×1', '\\text{MACs}_{\\text{project}}', ''),
    make(
      'residual',
      'Residual add',
      '\\text{adds}_{\\text{residual}}',
      'No residual: it needs s = 1 and M = N.',
    ),
  ];
}
