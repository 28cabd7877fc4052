// The same layer counted the other way: every multiplication and every addition (lecture FLOPs).
import { memo, useMemo } from 'react';
import {
  analyzeNetwork,
  derivationTextParts,
  derivationToTex,
  type ConvSpec,
} from '../../engine/index';
import { FitWidth } from '../../ui/fit-width';
import { Tex } from '../../ui/tex';

export interface FlopsAsideProps {
  readonly kind: 'depthwise' | 'pointwise' | 'standard';
  readonly DK: number;
  readonly M: number;
  readonly N: number;
  readonly DF: number;
}

function layerSpec({ kind, DK, M, N }: FlopsAsideProps): ConvSpec {
  if (kind === 'depthwise')
    return { kind: 'conv', name: 'dw', out: M, kernel: DK, groups: 'depthwise' };
  if (kind === 'pointwise') return { kind: 'conv', name: 'pw', out: N, kernel: 1 };
  return { kind: 'conv', name: 'conv', out: N, kernel: DK };
}

/** One conv layer’s cost with the adds counted too (a dot product of n is 2n − 1), from the engine. */
export const FlopsAside = memo(function FlopsAside(props: FlopsAsideProps) {
  const { kind, DK, M, N, DF } = props;
  const row = useMemo(() => {
    const analysis = analyzeNetwork(
      {
        id: 'one-layer',
        title: 'one layer',
        input: { spatial: [DF, DF], channels: M },
        layers: [layerSpec({ kind, DK, M, N, DF })],
      },
      { convention: 'flops' },
    );
    return analysis.ok ? (analysis.value.rows[0] ?? null) : null;
  }, [kind, DK, M, N, DF]);
  if (!row) return null;
  const text = derivationTextParts(row.derivation);
  // A second convention, open at first and foldable: the slide’s blanks count multiplications only.
  return (
    <details className="sep-note sep-aside" open>
      <summary>With the adds counted too (FLOPs = mults + adds)</summary>
      <FitWidth className="sep-note-formula">
        <Tex
          display
          tex={derivationToTex(row.derivation)}
          fallback={`FLOPs = ${text.general} = ${text.substituted} = ${text.result}`}
        />
      </FitWidth>
    </details>
  );
});
