import { useMemo } from 'react';
import { formatCount, seCost, type SeCost } from '../../engine/index';
import { buildSeExample } from '../se/se-example';
import { columnTex, matrixTex, vectorText } from '../se/matrix-tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { DerivationView } from '../../ui/derivation-view';
import { Tex } from '../../ui/tex';
import { Reserve } from './24-reserve';
import { FitSlot, FitSlots } from './25-fit-slots';
import './26-se-excitation.css';

const GENERAL = 's = \\sigma\\big(W_2\\, \\delta(W_1 z)\\big)';
const REAL_SIZES = [64, 256, 1024] as const;

// Each line below is one string from its first number on, so a number that grows a digit moves
// nothing after it; `Reserve` keeps the height of the longest wording (C ≤ 8, r ≤ 8).
const legend = (z: string) =>
  `δ = ReLU (EfficientNet's code uses swish), σ = sigmoid, no biases, as in the formula; from the squeeze, z = ${z}.`;
const LONGEST_LEGEND = legend(vectorText(Array<number>(8).fill(0), 3));

function splitText(cost: SeCost): string {
  const rounding = cost.paperDerivation
    ? `C/r = ${cost.reduced}`
    : `C/r rounded down to ${cost.reduced}`;
  return `${formatCount(cost.weights)} weights (W₁, W₂) + ${formatCount(cost.biases)} biases (C/r + C) · ${formatCount(cost.macs)} MACs (mult-adds) · ${rounding}`;
}
const LONGEST_SPLIT =
  '128 weights (W₁, W₂) + 16 biases (C/r + C) · 128 MACs (mult-adds) · C/r rounded down to 3';

const sizesText = (r: number, sizes: readonly SizeRow[]) =>
  `At r = ${r}, params grow with C²: C = ${sizes.map((row) => `${formatCount(row.c)} → ${formatCount(row.cost.params)}`).join(' · ')}`;
const LONGEST_SIZES =
  'At r = 8, params grow with C²: C = 64 → 8,888 · 256 → 888,888 · 1,024 → 8,888,888';

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
  // Both products in one aligned formula: one box to fit, whatever the matrices' shapes.
  const first = `W_1 z &= ${matrixTex(ex.w1, 1)} ${zTex} = ${columnTex(ex.a1, 2)} \\xrightarrow{\\;\\delta\\;} ${columnTex(ex.hidden, 2)}`;
  const second = `W_2\\, \\delta(W_1 z) &= ${matrixTex(ex.w2, 1)} ${columnTex(ex.hidden, 2)} = ${columnTex(ex.a2, 2)} \\xrightarrow{\\;\\sigma\\;} ${columnTex(ex.s, 2)} = s`;
  const example = `\\begin{aligned} ${first} \\\\[0.5em] ${second} \\end{aligned}`;
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
      <div className="see-example" role="group" aria-label="The example, computed">
        <FitSlots className="see-slots">
          <FitSlot className="see-slot">
            <Tex
              tex={example}
              display
              fallback={`δ(W₁z) = ${vectorText(ex.hidden, 2)}; s = ${vectorText(ex.s, 2)}`}
            />
          </FitSlot>
        </FitSlots>
        <Reserve className="see-legend num" longest={LONGEST_LEGEND}>
          {legend(vectorText(ex.z, 3))}
        </Reserve>
      </div>
      <Fill index={1} label="the parameters of the excitation" block>
        {cost.ok ? <ParamsView cost={cost.value} /> : <p role="alert">{cost.error.message}</p>}
      </Fill>
      <Reserve className="see-sizes num" longest={LONGEST_SIZES}>
        {sizesText(r, sizes)}
      </Reserve>
    </div>
  );
}

// The parameter count as the paper writes it (2C²/r + C/r + C), or exactly when r does not divide C.
function ParamsView({ cost }: { cost: SeCost }) {
  const derivation = cost.paperDerivation ?? cost.paramsDerivation;
  return (
    <>
      <FitSlots className="see-params">
        <FitSlot className="see-params-slot">
          <DerivationView derivation={derivation} lhs="\text{params}" />
        </FitSlot>
      </FitSlots>
      <Reserve className="see-split num" longest={LONGEST_SPLIT}>
        {splitText(cost)}
      </Reserve>
    </>
  );
}
