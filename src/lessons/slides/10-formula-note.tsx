// A side note ending in a formula: the words, then the formula in the rest of the line, shrunk to
// that width rather than wrapped, so a longer number never moves the text around it.
import type { ReactNode } from 'react';
import { FitWidth } from '../../ui/fit-width';
import { Tex } from '../../ui/tex';

export interface FormulaNoteProps {
  /** The words before the formula, e.g. "Weights:". */
  readonly lead: ReactNode;
  readonly tex: string;
  /** The formula as plain text, shown until KaTeX has loaded. */
  readonly fallback: string;
}

export function FormulaNote({ lead, tex, fallback }: FormulaNoteProps) {
  return (
    <div className="sep-note sep-formula-note">
      <span className="sep-note-lead">{lead}</span>
      <FitWidth className="sep-note-formula">
        <Tex display tex={tex} fallback={fallback} />
      </FitWidth>
    </div>
  );
}
