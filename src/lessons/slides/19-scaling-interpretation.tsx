import { memo, useDeferredValue, useMemo } from 'react';
import { efficientNetStages, formatCompact, formatNumber, type StageRow } from '../../engine/index';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { efficientNetTotals } from './16-efficientnet-cache';
import './19-scaling-interpretation.css';

// Slide 19: N(d, w, r) = ⊙ F̂_i^{d·L̂_i}(X⟨r·Ĥ_i, r·Ŵ_i, w·Ĉ_i⟩) (EfficientNet eq. 2), with B0's stage
// table scaled by d, w, r: the ideal products beside what the official code builds.

const NETWORK_TEX =
  '\\mathcal{N}(d, w, r) = \\textstyle\\bigodot_{i = 1 \\ldots s} \\hat{\\mathcal{F}}_i^{\\,d \\cdot \\hat{L}_i}\\Big(X_{\\langle r \\cdot \\hat{H}_i,\\; r \\cdot \\hat{W}_i,\\; w \\cdot \\hat{C}_i \\rangle}\\Big)';

const f1 = (x: number) => formatNumber(x, 1);
const f2 = (x: number) => formatNumber(x, 2);

function StageTable({
  rows,
  d,
  w,
  r,
  stage,
}: {
  rows: readonly StageRow[];
  d: number;
  w: number;
  r: number;
  stage: number;
}) {
  return (
    <div
      className="si-wrap"
      tabIndex={0}
      role="region"
      aria-label="B0’s stage table, scaled (scrolls sideways)"
    >
      <table className="data si-table">
        <caption>
          B0 scaled by d, w, r — ideal: the exact product; code: what the official code builds
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              i
            </th>
            <th scope="col" rowSpan={2}>
              Operator F̂ᵢ
            </th>
            <th scope="colgroup" colSpan={3} className="si-group">
              Resolution
            </th>
            <th scope="colgroup" colSpan={3} className="si-group">
              #Channels
            </th>
            <th scope="colgroup" colSpan={3} className="si-group">
              #Layers
            </th>
          </tr>
          <tr>
            <th scope="col" className="n">
              B0 Ĥᵢ
            </th>
            <th scope="col" className="n">
              ideal
            </th>
            <th scope="col" className="n">
              code
            </th>
            <th scope="col" className="n">
              B0 Ĉᵢ
            </th>
            <th scope="col" className="n">
              ideal
            </th>
            <th scope="col" className="n">
              code
            </th>
            <th scope="col" className="n">
              B0 L̂ᵢ
            </th>
            <th scope="col" className="n">
              ideal
            </th>
            <th scope="col" className="n">
              code
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.stage} className={row.stage === stage ? 'si-current' : undefined}>
              <td>{row.stage}</td>
              <td className="si-op">{row.operator}</td>
              <td className="n">{row.baseResolution}</td>
              <td className="n si-raw">{f1(r * row.baseResolution)}</td>
              <td className="n si-code">{row.resolution}</td>
              <td className="n">{row.baseChannels}</td>
              <td className="n si-raw">{f1(w * row.baseChannels)}</td>
              <td className="n si-code">{row.channels}</td>
              <td className="n">{row.baseLayers}</td>
              <td className="n si-raw">{f2(d * row.baseLayers)}</td>
              <td className="n si-code">{row.layers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const Body = memo(function Body({ values }: { values: SlideProps['values'] }) {
  const d = Number(values.d);
  const w = Number(values.w);
  const r = Number(values.r);
  const stage = Number(values.i);
  const resolution = Math.max(1, Math.round(224 * r));
  const config = useMemo(() => ({ width: w, depth: d, resolution }), [w, d, resolution]);
  const stages = useMemo(() => efficientNetStages(config), [config]);
  const scaled = useMemo(() => efficientNetTotals(config), [config]);
  const base = useMemo(() => efficientNetTotals({ variant: 'b0' }), []);
  // Phones get the left-hand side on a line of its own.
  const narrow = useMediaQuery('(max-width: 52rem)');

  if (!stages.ok) {
    return (
      <p className="notice" role="alert">
        {stages.error.message}
      </p>
    );
  }
  const row = stages.value.find((s) => s.stage === stage) ?? stages.value[0];
  if (!row) return null;
  const H = row.baseResolution;
  const C = row.baseChannels;
  const L = row.baseLayers;
  const lhs = `\\langle r \\hat{H}_{${stage}}, r \\hat{W}_{${stage}}, w \\hat{C}_{${stage}} \\rangle`;
  const shapeTex =
    `\\begin{aligned} ${narrow ? `&${lhs} \\\\ ` : lhs} ` +
    `&= \\langle ${f2(r)} \\cdot ${H},\\ ${f2(r)} \\cdot ${H},\\ ${f2(w)} \\cdot ${C} \\rangle \\\\ ` +
    `&= \\langle ${f1(r * H)},\\ ${f1(r * H)},\\ ${f1(w * C)} \\rangle \\end{aligned}`;
  const repeated = stage !== 1 && stage !== 9;
  const depthTex =
    `d \\cdot \\hat{L}_{${stage}} = ${f2(d)} \\cdot ${L} = ${f2(d * L)}` +
    (repeated ? ` \\;\\rightarrow\\; \\lceil ${f2(d * L)} \\rceil = ${row.layers}` : '');
  return (
    <div className="si">
      <Tex
        display
        tex={NETWORK_TEX}
        fallback="N(d, w, r) = ⊙ F̂_i^(d·L̂_i)(X⟨r·Ĥ_i, r·Ŵ_i, w·Ĉ_i⟩)"
      />
      <div className="si-sentence">
        <p>
          Scaling takes stage {stage}’s input shape (Ĥ<sub>{stage}</sub>, Ŵ<sub>{stage}</sub>, Ĉ
          <sub>{stage}</sub>) to
        </p>
        <Fill index={0} label="the scaled input shape of stage i" block>
          <Tex
            display
            tex={shapeTex}
            fallback={`⟨r·Ĥ, r·Ŵ, w·Ĉ⟩ = ⟨${f1(r * H)}, ${f1(r * H)}, ${f1(w * C)}⟩`}
          />
          <span className="si-code-note">
            code: {row.resolution} × {row.resolution} × {row.channels} (input {resolution} px,
            strides, round_filters)
          </span>
        </Fill>
        <p>while its depth becomes</p>
        <Fill index={1} label="the scaled depth of stage i" block>
          <Tex display tex={depthTex} fallback={`d·L̂ = ${f2(d * L)}`} />
          <span className="si-code-note">
            {repeated
              ? `code: ⌈d · L̂ᵢ⌉ = ${row.layers} blocks (layers are whole)`
              : 'code: 1 (the stem and head are not repeated)'}
          </span>
        </Fill>
      </div>
      <StageTable rows={stages.value} d={d} w={w} r={r} stage={stage} />
      {scaled && base ? (
        <p className="si-total">
          This network:{' '}
          <strong className="num">{formatCompact(scaled.macs, { unit: 'B', digits: 2 })}</strong>{' '}
          MACs ({formatNumber(scaled.macs / base.macs, 2)} × B0),{' '}
          <strong className="num">{formatCompact(scaled.params)}</strong> params (
          {formatNumber(scaled.params / base.params, 2)} × B0) — engine, at {resolution} ×{' '}
          {resolution}.
        </p>
      ) : null}
    </div>
  );
});

/** The controls answer at once; the body follows in a deferred render (the slider stays smooth). */
export default function ScalingInterpretationPanel({ values }: SlideProps) {
  return <Body values={useDeferredValue(values)} />;
}
