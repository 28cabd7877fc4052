import { useMemo } from 'react';
import { formatCount, seCost, type SeCost } from '../../engine/index';
import { buildSeExample } from '../se/se-example';
import { columnTex, matrixTex, vectorText } from '../se/matrix-tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import './26-se-excitation.css';

const GENERAL = 's = \\sigma\\big(W_2\\, \\delta(W_1 z)\\big)';
const REAL_SIZES = [64, 256, 1024] as const;

interface SizeRow {
  readonly c: number;
  readonly cost: SeCost;
}

// Slide 26: the two FC layers with a bottleneck, on the example's z, and what they cost.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const r = Number(values.r);
  const h = Number(values.H);
  const w = Number(values.W);
  const ex = useMemo(() => buildSeExample(c, h, w, r), [c, h, w, r]);
  const cost = useMemo(() => seCost({ channels: c, ratio: r }), [c, r]);
  const sizes = useMemo(
    () =>
      REAL_SIZES.flatMap((size): SizeRow[] => {
        const result = seCost({ channels: size, ratio: r });
        return result.ok ? [{ c: size, cost: result.value }] : [];
      }),
    [r],
  );
  const cr = ex.cr;
  // z is written out as a column while it is short; longer, it is listed under the formulas.
  const zTex = c <= 5 ? columnTex(ex.z, 3) : 'z';
  const first = `W_1 z = ${matrixTex(ex.w1, 1)} ${zTex} = ${columnTex(ex.a1, 2)} \\xrightarrow{\\;\\delta\\;} ${columnTex(ex.hidden, 2)}`;
  const second = `W_2\\, \\delta(W_1 z) = ${matrixTex(ex.w2, 1)} ${columnTex(ex.hidden, 2)} = ${columnTex(ex.a2, 2)} \\xrightarrow{\\;\\sigma\\;} ${columnTex(ex.s, 2)} = s`;
  return (
    <div className="see">
      <Fill index={0} label="the excitation formula and the shapes of W₁ and W₂" block>
        <div className="see-formula">
          <Tex tex={GENERAL} display fallback="s = σ(W₂ δ(W₁ z))" />
          <Tex
            tex={`W_1 \\in \\mathbb{R}^{\\frac{C}{r} \\times C} = \\mathbb{R}^{${cr} \\times ${c}}, \\quad W_2 \\in \\mathbb{R}^{C \\times \\frac{C}{r}} = \\mathbb{R}^{${c} \\times ${cr}}`}
            display
            fallback={`W₁ ∈ R^(C/r × C) = R^(${cr} × ${c}), W₂ ∈ R^(C × C/r) = R^(${c} × ${cr})`}
          />
        </div>
      </Fill>
      <div className={c > 5 ? 'see-example see-wide' : 'see-example'}>
        <div className="see-scroll" tabIndex={0} role="region" aria-label="The example, computed">
          <Tex tex={first} display fallback={`δ(W₁z) = ${vectorText(ex.hidden, 2)}`} />
          <Tex tex={second} display fallback={`s = ${vectorText(ex.s, 2)}`} />
        </div>
        <p className="see-legend">
          <span className="num">z = {vectorText(ex.z, 3)}</span> from the squeeze; δ = ReLU
          (EfficientNet's code uses swish), σ = sigmoid; no biases, as in the formula.
        </p>
      </div>
      <Fill index={1} label="the parameters of the excitation" block>
        {cost.ok ? <ParamsView cost={cost.value} /> : <p role="alert">{cost.error.message}</p>}
      </Fill>
      <p className="see-sizes">
        Real sizes, r = {r}, params grow with C²:{' '}
        {sizes.map((row, k) => (
          <span key={row.c} className="num">
            {k > 0 ? ' · ' : ''}C = {formatCount(row.c)} → {formatCount(row.cost.params)}
          </span>
        ))}
      </p>
    </div>
  );
}

// The parameter count as the paper writes it (2C²/r + C/r + C), or exactly when r does not divide C.
function ParamsView({ cost }: { cost: SeCost }) {
  const derivation = cost.paperDerivation ?? cost.paramsDerivation;
  return (
    <>
      <div className="see-scroll" tabIndex={0} role="region" aria-label="Parameter count">
        <DerivationView derivation={derivation} lhs="\text{params}" />
      </div>
      <p className="see-split num">
        {formatCount(cost.weights)} weights (W₁, W₂) + {formatCount(cost.biases)} biases (C/r + C) ·{' '}
        {formatCount(cost.macs)} MACs (mult-adds) per image
        {cost.paperDerivation ? '' : ` · C/r rounded down to ${cost.reduced}`}
      </p>
    </>
  );
}
