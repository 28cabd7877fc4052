// Slide 15's values: the engine's mult-adds and params beside the paper's, and the α² and ρ² rules.
import { memo } from 'react';
import {
  formatCompact,
  formatCount,
  type Analysis,
  type ScalingComparison,
} from '../../engine/index';
import { FitWidth } from '../../ui/fit-width';
import { Tex } from '../../ui/tex';
import { Fill } from '../fill';
import type { PublishedPoint } from './15-published-points';

const M = (v: number) =>
  formatCompact(v).replace(' M', '\\,\\text{M}').replace(' K', '\\,\\text{K}');

/** The paper's figure on two lines, "Paper 569 M" and "(Table 6)", or that it has none. */
function PaperQuote({
  value,
  table,
}: {
  readonly value: string | undefined;
  readonly table: string | undefined;
}) {
  return (
    <p className="sep-quote wm-quote">
      {value === undefined ? (
        <>
          <span>Not in the paper</span> <span>at this α and size</span>
        </>
      ) : (
        <>
          <span>Paper {value} M</span> <span>({table})</span>
        </>
      )}
    </p>
  );
}

export interface WidthValuesProps {
  readonly analysis: Analysis;
  /** α-MobileNet against 1.0 at the same resolution. */
  readonly width: ScalingComparison;
  /** This resolution against 224 at the same α. */
  readonly resolution: ScalingComparison;
  /** The paper's row for this network, if it trained it. */
  readonly current: PublishedPoint | undefined;
  /** α as printed: "1.0", "0.75". */
  readonly alpha: string;
  readonly res: number;
}

export const WidthValues = memo(function WidthValues({
  analysis,
  width: w,
  resolution: r,
  current,
  alpha: a,
  res,
}: WidthValuesProps) {
  const macs = analysis.totals.macs;
  const params = analysis.reportedParams;
  const widthTex = `\\alpha^2 \\cdot C_{1.0\\text{-}${res}} = ${a}^2 \\cdot ${M(w.base.macs)} = ${M(w.approxMacs)}`;
  const rhoTex = `\\rho^2 \\cdot C_{${a}\\text{-}224} = (${res}/224)^2 \\cdot ${M(r.base.macs)} = ${M(r.approxMacs)}`;
  return (
    <>
      <div className="wm-cards">
        <div className="sep-card">
          <h2>Mult-adds (MACs)</h2>
          <Fill index={0} label="mult-adds at this width" block>
            <span className="sep-big">{formatCompact(macs)}</span>
            <p className="sep-exact">{formatCount(macs)}</p>
            <PaperQuote value={current?.paperMacs} table={current?.table} />
          </Fill>
        </div>
        <div className="sep-card">
          <h2>Params (no BN)</h2>
          <Fill index={1} label="parameters at this width" block>
            <span className="sep-big">
              {formatCompact(params, { unit: 'M', digits: params < 1e6 ? 2 : 1 })}
            </span>
            <p className="sep-exact">{formatCount(params)}</p>
            <PaperQuote value={current?.paperParams} table={current?.table} />
          </Fill>
        </div>
      </div>
      <div className="sep-gated">
        <Fill index={0} label="the α² and ρ² rules beside the real cost" block>
          <div className="wm-rule">
            <FitWidth className="wm-rule-formula">
              <Tex
                display
                tex={widthTex}
                fallback={`α² · C(1.0-${res}) = ${a}² · ${formatCompact(w.base.macs)} = ${formatCompact(w.approxMacs)}`}
              />
            </FitWidth>
            <p className="wm-rule-real">
              Real <span className="num wm-real-num">{formatCompact(w.scaled.macs)}</span>, ×
              {w.realFactor.toFixed(3)} vs α² = {w.approxFactor.toFixed(3)}
            </p>
          </div>
          <div className="wm-rule">
            <FitWidth className="wm-rule-formula">
              <Tex
                display
                tex={rhoTex}
                fallback={`ρ² · C(${a}-224) = (${res}/224)² · ${formatCompact(r.base.macs)} = ${formatCompact(r.approxMacs)}`}
              />
            </FitWidth>
            <p className="wm-rule-real">
              Real <span className="num wm-real-num">{formatCompact(r.scaled.macs)}</span>, ×
              {r.realFactor.toFixed(3)} vs ρ² = {r.approxFactor.toFixed(3)}; same params
            </p>
          </div>
        </Fill>
      </div>
    </>
  );
});
