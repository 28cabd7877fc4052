// A fill's formula (general = substituted = result), then what it counts and its exact result:
// the number last on its line, so a longer one moves no words.
import { formatCount, type Derivation } from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { FitWidth } from '../../ui/fit-width';

/** The formula in KaTeX, then what it counts and the result as plain text. */
export function CostLine({
  derivation,
  lhs,
  unit,
}: {
  readonly derivation: Derivation;
  readonly lhs: string;
  readonly unit: string;
}) {
  return (
    <>
      <FitWidth className="sep-formula sep-cost-formula">
        <DerivationView derivation={derivation} lhs={lhs} />
      </FitWidth>
      <p className="sep-result">
        {unit}: <span className="sep-result-value num">{formatCount(derivation.result)}</span>
      </p>
    </>
  );
}
