// The lecture's symbols (lecture-map.md): how each prints in TeX and in plain text.

/** How one symbol prints, and what it means. */
export interface SymbolInfo {
  readonly tex: string;
  readonly text: string;
  readonly meaning: string;
}

/** Every symbol the engine's formulas use. */
export const SYMBOLS: Readonly<Record<string, SymbolInfo>> = {
  D_K: { tex: 'D_K', text: 'D_K', meaning: 'kernel size' },
  M: { tex: 'M', text: 'M', meaning: 'input channels' },
  N: { tex: 'N', text: 'N', meaning: 'output channels (number of filters)' },
  D_F: { tex: 'D_F', text: 'D_F', meaning: 'input feature map size' },
  D_G: { tex: 'D_G', text: 'D_G', meaning: 'output feature map size' },
  g: { tex: 'g', text: 'g', meaning: 'groups' },
  s: { tex: 's', text: 's', meaning: 'stride' },
  p: { tex: 'p', text: 'p', meaning: 'padding' },
  d: { tex: 'd', text: 'd', meaning: 'dilation' },
  K_T: { tex: 'K_T', text: 'K_T', meaning: 'kernel depth (frames)' },
  K_H: { tex: 'K_H', text: 'K_H', meaning: 'kernel height' },
  K_W: { tex: 'K_W', text: 'K_W', meaning: 'kernel width' },
  T_G: { tex: 'T_G', text: 'T_G', meaning: 'output frames' },
  H_G: { tex: 'H_G', text: 'H_G', meaning: 'output height' },
  W_G: { tex: 'W_G', text: 'W_G', meaning: 'output width' },
  H: { tex: 'H', text: 'H', meaning: 'height' },
  W: { tex: 'W', text: 'W', meaning: 'width' },
  T: { tex: 'T', text: 'T', meaning: 'frames' },
  P: { tex: 'P', text: 'P', meaning: 'positions (product of the spatial sizes)' },
  n: { tex: 'n', text: 'n', meaning: 'input length' },
  m: { tex: 'm', text: 'm', meaning: 'output length' },
  C: { tex: 'C', text: 'C', meaning: 'channels' },
  C_r: { tex: 'C_r', text: 'C_r', meaning: 'squeezed channels of SE (C/r)' },
  C_e: { tex: 'C_e', text: 'C_e', meaning: 'expanded channels (t · M)' },
  r: { tex: 'r', text: 'r', meaning: 'reduction ratio' },
  t: { tex: 't', text: 't', meaning: 'expansion ratio' },
  k: { tex: 'k', text: 'k', meaning: 'pooling window' },
  E: { tex: 'E', text: 'E', meaning: 'elements' },
  X: { tex: 'X', text: 'X', meaning: 'extra operations (squeeze, gates, scale)' },
  c: { tex: 'c', text: 'c', meaning: 'operations per element' },
  alpha: { tex: '\\alpha', text: 'α', meaning: 'width multiplier / depth coefficient' },
  beta: { tex: '\\beta', text: 'β', meaning: 'width coefficient' },
  gamma: { tex: '\\gamma', text: 'γ', meaning: 'resolution coefficient' },
  phi: { tex: '\\phi', text: 'φ', meaning: 'compound coefficient' },
  rho: { tex: '\\rho', text: 'ρ', meaning: 'resolution multiplier' },
};

/** Prints a symbol's TeX; names outside the table print as upright text. */
export function symbolTex(name: string): string {
  return SYMBOLS[name]?.tex ?? `\\mathrm{${name.replace(/[^A-Za-z0-9]/g, '')}}`;
}

/** Prints a symbol as plain text. */
export function symbolText(name: string): string {
  return SYMBOLS[name]?.text ?? name;
}
