import { memo } from 'react';
import { derivationTexParts, derivationTextParts, type Derivation } from '../engine/index';
import { Tex } from './tex';

export interface DerivationViewProps {
  readonly derivation: Derivation;
  /** TeX for the left-hand side, e.g. `\text{MACs}_{\text{dw}}`; defaults to the quantity. */
  readonly lhs?: string;
  /** Show the general formula, the substituted one and the result on separate rows. */
  readonly rows?: boolean;
}

// A number's derivation from the engine: general formula = values substituted = result.
export const DerivationView = memo(function DerivationView({
  derivation,
  lhs,
  rows = false,
}: DerivationViewProps) {
  const tex = derivationTexParts(derivation);
  const text = derivationTextParts(derivation);
  const left = lhs ?? `\\text{${derivation.quantity}}`;
  const approx = !Number.isInteger(derivation.result);
  const lines = [tex.general, ...tex.steps];
  if (tex.substituted !== lines[lines.length - 1]) lines.push(tex.substituted);
  const result = `${approx ? '\\approx' : '='} ${tex.result}`;
  if (!rows) {
    const chain = `${left} = ${lines.join(' = ')} ${result}`;
    return (
      <Tex
        tex={chain}
        display
        fallback={`${derivation.quantity} = ${text.general} = ${text.substituted} = ${text.result}`}
      />
    );
  }
  const aligned = [
    `${left} &= ${lines[0] ?? ''}`,
    ...lines.slice(1).map((line) => `&= ${line}`),
    `&${result}`,
  ].join(' \\\\ ');
  return (
    <Tex
      tex={`\\begin{aligned} ${aligned} \\end{aligned}`}
      display
      fallback={`${derivation.quantity} = ${text.general} = ${text.substituted} = ${text.result}`}
    />
  );
});
