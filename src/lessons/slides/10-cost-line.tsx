// A fill's formula (general = substituted = result) with its exact result and convention beneath.
import { formatCount, type Derivation } from '../../engine/index';
import { DerivationView } from '../../ui/derivation-view';
import { FitWidth } from '../../ui/fit-width';

/** The formula in KaTeX, then the result as plain text with what it counts. */
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
      <FitWidth className="sep-formula">
        <DerivationView derivation={derivation} lhs={lhs} />
      </FitWidth>
      <p className="sep-result">
        <span className="sep-result-value num">{formatCount(derivation.result)}</span> {unit}
      </p>
    </>
  );
}
