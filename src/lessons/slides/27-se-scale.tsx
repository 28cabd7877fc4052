import { useMemo } from 'react';
import { formatCount, formatNumber, seCost } from '../../engine/index';
import { ChannelMaps, subscript } from '../se/channel-maps';
import { buildSeExample } from '../se/se-example';
import { vectorText } from '../se/matrix-tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import './27-se-scale.css';

const GENERAL = '\\tilde{x}_c = F_{scale}(u_c, s_c) = s_c \\cdot u_c';

// Slide 27: the example finished, every channel of U multiplied by its weight s_c.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const r = Number(values.r);
  const h = Number(values.H);
  const w = Number(values.W);
  const ex = useMemo(() => buildSeExample(c, h, w, r), [c, h, w, r]);
  const cost = useMemo(() => seCost({ channels: c, ratio: r, height: h, width: w }), [c, r, h, w]);
  const top = Math.max(1, ...ex.u.flat(2));
  // s_1 and the product are printed to 4 decimals, so the substitution reads as ≈, not =.
  const s1 = formatNumber(ex.s[0] ?? 0, 4);
  const u11 = ex.u[0]?.[0]?.[0] ?? 0;
  const x11 = formatNumber(ex.xt[0]?.[0]?.[0] ?? 0, 4);
  const substituted = `\\tilde{x}_1(1,1) = s_1 \\cdot u_1(1,1) \\approx ${s1} \\cdot ${u11} \\approx ${x11}`;
  return (
    <div className="sesc">
      <p className="sesc-sentence">
        Output weights{' '}
        <Fill index={0} label="the output weights">
          <strong>
            s = <span className="num">{vectorText(ex.s, 2)}</span>
          </strong>
        </Fill>{' '}
        are used to rescale{' '}
        <Fill index={0} label="what the weights rescale">
          <strong>U</strong> (each channel <Tex tex="u_c" fallback="u_c" />)
        </Fill>
        : a channel-wise multiplication.
      </p>
      <Fill index={1} label="the scale formula" block>
        <div className="sesc-formulas">
          <Tex tex={GENERAL} display fallback="x̃_c = F_scale(u_c, s_c) = s_c · u_c" />
          <Tex
            tex={substituted}
            display
            fallback={`x̃₁(1,1) = s₁ · u₁(1,1) ≈ ${s1} · ${u11} ≈ ${x11}`}
          />
        </div>
      </Fill>
      <div className="sesc-rows">
        <p className="sesc-row-name">U</p>
        <ChannelMaps
          maps={ex.u}
          symbol="u"
          cellWidth={2.2}
          scaleMax={top}
          label={`Feature map U: ${c} channels of ${h} by ${w}`}
          footer={(k) => (
            <span className="num">
              × s{subscript(k + 1)} = <strong>{(ex.s[k] ?? 0).toFixed(2)}</strong>
            </span>
          )}
        />
        <p className="sesc-row-name">X̃</p>
        <ChannelMaps
          maps={ex.xt}
          symbol="x̃"
          decimals={1}
          scaleMax={top}
          label={`Recalibrated map X̃: each channel of U times its weight s_c, ${vectorText(ex.s, 2)}`}
        />
      </div>
      <p className="sesc-note">
        Useful channels keep their values, others fade; the shape stays {h}×{w}×{c}. Cost:{' '}
        <span className="num">H·W·C = {cost.ok ? formatCount(cost.value.scaleOps) : '–'}</span>{' '}
        mults, left out of the papers' FLOPs.
      </p>
    </div>
  );
}
