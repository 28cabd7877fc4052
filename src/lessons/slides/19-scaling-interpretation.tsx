import { memo, useDeferredValue, useId, useMemo } from 'react';
import { efficientNetStages, formatCompact, formatNumber, type StageRow } from '../../engine/index';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { efficientNetTotals } from './16-efficientnet-cache';
import { padToWidth } from './21-fixed-width';
import './19-scaling-interpretation.css';

// Slide 19: N(d, w, r) = ⊙ F̂_i^{d·L̂_i}(X⟨r·Ĥ_i, r·Ŵ_i, w·Ĉ_i⟩) (EfficientNet eq. 2), with B0's stage
// table scaled by d, w, r: the ideal products beside what the official code builds.

const NETWORK_TEX =
  '\\mathcal{N}(d, w, r) = \\textstyle\\bigodot_{i = 1 \\ldots s} \\hat{\\mathcal{F}}_i^{\\,d \\cdot \\hat{L}_i}\\Big(X_{\\langle r \\cdot \\hat{H}_i,\\; r \\cdot \\hat{W}_i,\\; w \\cdot \\hat{C}_i \\rangle}\\Big)';

const f1 = (x: number) => formatNumber(x, 1);
const f2 = (x: number) => formatNumber(x, 2);

// Table cells padded to the widest value the sliders reach (d ≤ 4, w ≤ 3, r ≤ 3), so a value
// with fewer digits moves neither its text nor the columns.
const WIDE = {
  resolution: '000.0',
  channels: '0,000.0',
  layers: '00.00',
} as const;

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
  const caption = useId();
  // The caption sits outside the sideways-scrolling box, so a phone shows all of it.
  return (
    <>
      <p id={caption} className="si-caption">
        B0 scaled by d, w, r — ideal: the exact product; code: what the official code builds
      </p>
      <div
        className="si-wrap"
        tabIndex={0}
        role="region"
        aria-label="B0’s stage table, scaled (scrolls sideways)"
      >
        <table className="data si-table" aria-labelledby={caption}>
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
                <td className="n si-raw">
                  {padToWidth(f1(r * row.baseResolution), WIDE.resolution)}
                </td>
                <td className="n si-code">{padToWidth(String(row.resolution), '000')}</td>
                <td className="n">{row.baseChannels}</td>
                <td className="n si-raw">{padToWidth(f1(w * row.baseChannels), WIDE.channels)}</td>
                <td className="n si-code">{padToWidth(String(row.channels), '0000')}</td>
                <td className="n">{row.baseLayers}</td>
                <td className="n si-raw">{padToWidth(f2(d * row.baseLayers), WIDE.layers)}</td>
                <td className="n si-code">{padToWidth(String(row.layers), '00')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
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
        // Each value starts a cell of its own width, so a value with more digits moves nothing.
        <p className="si-total">
          <span>{`This network (engine, ${resolution} px):`}</span>
          <span>
            MACs{' '}
            <strong className="num">{formatCompact(scaled.macs, { unit: 'B', digits: 2 })}</strong>
          </span>
          <span className="num">{`= ${formatNumber(scaled.macs / base.macs, 2)} × B0`}</span>
          <span>
            params <strong className="num">{formatCompact(scaled.params)}</strong>
          </span>
          <span className="num">{`= ${formatNumber(scaled.params / base.params, 2)} × B0`}</span>
        </p>
      ) : null}
    </div>
  );
});

/** The controls answer at once; the body follows in a deferred render (the slider stays smooth). */
export default function ScalingInterpretationPanel({ values }: SlideProps) {
  return <Body values={useDeferredValue(values)} />;
}
