import { memo, useDeferredValue, useMemo } from 'react';
import { efficientNetScale, formatCompact, formatCount, formatNumber } from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import { useSettledValue } from '../../ui/use-settled-value';
import { efficientNetTotals } from './16-efficientnet-cache';
import { useGrowthRows } from './17-growth-rows';
import { MacsChart } from './17-macs-chart';
import { ScalingFigure } from './17-scaling-figure';
import './17-compound-scaling.css';

// Slide 17: d = α^φ, w = β^φ, r = γ^φ; α·β²·γ² ≈ 2, so FLOPs grow by about 2^φ (EfficientNet eq. 3).

const fmt = (x: number, digits = 2) => x.toFixed(digits);
const billions = (v: number) => formatCompact(v, { unit: 'B', digits: 2 });

const Body = memo(function Body({ values }: { values: SlideProps['values'] }) {
  const phi = Number(values.phi);
  const alpha = Number(values.alpha);
  const beta = Number(values.beta);
  const gamma = Number(values.gamma);
  const product = alpha * beta ** 2 * gamma ** 2;

  const base = useMemo(
    () => efficientNetTotals({ phi: 0, alpha, beta, gamma }),
    [alpha, beta, gamma],
  );
  const config = useMemo(() => ({ phi, alpha, beta, gamma }), [phi, alpha, beta, gamma]);
  const scale = useMemo(() => efficientNetScale(config), [config]);
  const real = useMemo(() => efficientNetTotals(config), [config]);
  const rows = useSettledValue(useGrowthRows(alpha, beta, gamma), 120);

  const d = alpha ** phi;
  const w = beta ** phi;
  const r = gamma ** phi;
  const res = scale.ok ? scale.value.resolution : Math.round(224 * r);
  const nearTwo = Math.abs(product - 2) < 0.15;
  const p = formatNumber(product, 4);
  const ph = formatNumber(phi, 1);
  const growth = product ** phi;

  const fill0 =
    `\\begin{aligned} \\alpha \\cdot \\beta^2 \\cdot \\gamma^2 &= ${fmt(alpha)} \\cdot ${fmt(beta)}^2 \\cdot ${fmt(gamma)}^2 \\\\ &= ${p}` +
    (nearTwo ? ' \\approx 2' : ' \\neq 2') +
    ' \\end{aligned}';
  const fill1 =
    `\\begin{aligned} \\text{FLOPs} &\\propto d \\cdot w^2 \\cdot r^2 = (\\alpha \\beta^2 \\gamma^2)^{\\phi} \\\\ &= ${p}^{${ph}} = ${formatNumber(growth, 3)} \\\\ ` +
    (nearTwo
      ? `&\\approx 2^{\\phi} = 2^{${ph}} = ${formatNumber(2 ** phi, 3)}`
      : `&\\neq 2^{\\phi} = 2^{${ph}} = ${formatNumber(2 ** phi, 3)}`) +
    ' \\end{aligned}';
  const coefficients = [
    { key: 'd', tex: `d = \\alpha^{\\phi} = ${fmt(d)}`, text: `d = α^φ = ${fmt(d)}` },
    { key: 'w', tex: `w = \\beta^{\\phi} = ${fmt(w)}`, text: `w = β^φ = ${fmt(w)}` },
    {
      key: 'r',
      tex: `r = \\gamma^{\\phi} = ${fmt(r)} \\;(${res}\\,\\text{px})`,
      text: `r = γ^φ = ${fmt(r)} (${res} px)`,
    },
  ];

  return (
    <div className="cs-root">
      <div className="cs">
        <div className="cs-formula">
          {coefficients.map((c) => (
            <Tex key={c.key} tex={c.tex} fallback={c.text} />
          ))}
        </div>
        <div className="cs-left">
          <Fill index={0} label="the product α·β²·γ²" block>
            <Tex display tex={fill0} fallback={`α·β²·γ² = ${p}`} />
          </Fill>
          <Fill index={1} label="how FLOPs grow with φ" block>
            <Tex
              display
              tex={fill1}
              fallback={`FLOPs grow by (α·β²·γ²)^φ = ${p}^${ph} = ${formatNumber(growth, 3)}`}
            />
          </Fill>
          <ScalingFigure d={d} w={w} r={r} />
          <p className="cs-why">
            Why the real network drifts from 2^φ: repeats round <em>up</em> (⌈1.2 · 1⌉ = 2 layers),
            channels snap to multiples of 8, the input to whole pixels, and the stem and classifier
            grow only linearly in w. “FLOPs” here, as in the paper, are mult-adds (MACs).
          </p>
        </div>
        <div className="cs-right">
          <dl className="cs-stats">
            <div className="cs-stat cs-real">
              <dt>real network, engine</dt>
              <dd className="num">{real ? `${billions(real.macs)} MACs` : '–'}</dd>
              <dd className="cs-small num">
                {real && base
                  ? `${formatNumber(real.macs / base.macs, 2)} × B0 · ${formatCount(real.params)} params`
                  : scale.ok
                    ? ''
                    : scale.error.message}
              </dd>
            </div>
            <div className="cs-stat cs-product">
              <dt>(α·β²·γ²)^φ × B0</dt>
              <dd className="num">{base ? `${billions(base.macs * growth)} MACs` : '–'}</dd>
              <dd className="cs-small num">{formatNumber(growth, 2)} × B0</dd>
            </div>
            <div className="cs-stat cs-two">
              <dt>2^φ × B0</dt>
              <dd className="num">{base ? `${billions(base.macs * 2 ** phi)} MACs` : '–'}</dd>
              <dd className="cs-small num">B0 = {base ? formatCompact(base.macs) : '–'} MACs</dd>
            </div>
          </dl>
          <MacsChart rows={rows} phi={phi} />
        </div>
      </div>
    </div>
  );
});

/** The controls answer at once; the body follows in a deferred render (the slider stays smooth). */
export default function CompoundScalingPanel({ values }: SlideProps) {
  return <Body values={useDeferredValue(values)} />;
}
