// Formulas broken over lines for narrow panels: general on one line, substituted and result below.
import { memo } from 'react';
import {
  derivationTexParts,
  derivationTextParts,
  exprToTex,
  exprToText,
  substitute,
  type Derivation,
} from '../../engine/index';
import { Tex } from '../../ui/tex';

/** `lhs = general`, then `= substituted = result`, aligned on the equals signs. */
export const TwoLineFormula = memo(function TwoLineFormula({
  derivation,
  lhs,
}: {
  readonly derivation: Derivation;
  readonly lhs: string;
}) {
  const tex = derivationTexParts(derivation);
  const text = derivationTextParts(derivation);
  const tail = tex.result === tex.substituted ? '' : ` = ${tex.result}`;
  return (
    <Tex
      display
      tex={`\\begin{aligned} ${lhs} &= ${tex.general} \\\\ &= ${tex.substituted}${tail} \\end{aligned}`}
      fallback={`${derivation.quantity} = ${text.general} = ${text.substituted} = ${text.result}`}
    />
  );
});

/** One algebra step printed twice: in symbols and with the values put in. */
export interface SubstitutedStep {
  readonly general: string;
  readonly substituted: string;
  readonly generalText: string;
  readonly substitutedText: string;
}

/** Each algebra step of a derivation (its general form, then its steps), each with the values put in. */
export function substitutedSteps(d: Derivation): readonly SubstitutedStep[] {
  return [d.general, ...(d.steps ?? [])].map((line) => {
    const put = substitute(line, d.bindings);
    return {
      general: exprToTex(line),
      substituted: exprToTex(put),
      generalText: exprToText(line),
      substitutedText: exprToText(put),
    };
  });
}
