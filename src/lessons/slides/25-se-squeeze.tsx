import { useMemo } from 'react';
import { formatNumber, seCost } from '../../engine/index';
import { ChannelMaps, subscript } from '../se/channel-maps';
import { buildSeExample } from '../se/se-example';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import './25-se-squeeze.css';

const GENERAL = 'z_c = \\frac{1}{H \\cdot W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)';

// Slide 25: global average pooling on a small seeded feature map, z computed per channel.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const h = Number(values.H);
  const w = Number(values.W);
  const ex = useMemo(() => buildSeExample(c, h, w, 1), [c, h, w]);
  const rows = ex.rowSums[0] ?? [];
  const sum = ex.sums[0] ?? 0;
  const z1 = formatNumber(ex.z[0] ?? 0, 4);
  const substituted = `z_1 = \\frac{1}{${h} \\cdot ${w}} \\, (${rows.join(' + ')}) = \\frac{${sum}}{${h * w}} = ${z1}`;
  const zText = ex.z.map((z) => formatNumber(z, 3)).join(', ');
  const cost = useMemo(() => seCost({ channels: c, ratio: 1, height: h, width: w }), [c, h, w]);
  const squeezeOps = cost.ok ? formatNumber(cost.value.squeezeOps) : '–';
  return (
    <div className="ses">
      <p className="ses-lede">
        Global average pooling on <Tex tex="U" fallback="U" /> ({h}×{w}×{c}): each channel is
        compressed into <strong>one scalar</strong>, its average activation. Grey numbers are row
        sums.
      </p>
      <ChannelMaps
        maps={ex.u}
        symbol="u"
        rowSums={ex.rowSums}
        label={`Feature map U: ${c} channels of ${h} by ${w} whole numbers, with each row's sum`}
        footer={(k) => (
          <span className="num">
            z{subscript(k + 1)} = <strong>{formatNumber(ex.z[k] ?? 0, 3)}</strong>
          </span>
        )}
      />
      <Fill index={0} label="the squeeze formula" block>
        <div className="ses-formulas">
          <Tex tex={GENERAL} display fallback="z_c = 1/(H·W) · Σ_i Σ_j u_c(i, j)" />
          <Tex
            tex={substituted}
            display
            fallback={`z_1 = 1/(${h}·${w}) · (${rows.join(' + ')}) = ${sum}/${h * w} = ${z1}`}
          />
        </div>
      </Fill>
      <p className="ses-z">
        <Tex tex="z \in \mathbb{R}^{C}" fallback="z in R^C" />:{' '}
        <span className="num">({zText})</span> — one number per channel, whatever{' '}
        <Tex tex="H" fallback="H" /> and <Tex tex="W" fallback="W" /> are. The squeeze costs about{' '}
        <span className="num">H·W·C = {squeezeOps}</span> additions and has no parameters.
      </p>
    </div>
  );
}
