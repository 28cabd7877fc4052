import { useMemo } from 'react';
import { formatNumber, seCost } from '../../engine/index';
import { buildSeExample } from '../se/se-example';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { Reserve } from './24-reserve';
import { ChannelFigure } from './25-channel-figure';
import { subscript } from './25-channel-tables';
import { FitSlot, FitSlots } from './25-fit-slots';
import './25-se-squeeze.css';

const GENERAL = 'z_c = \\frac{1}{H \\cdot W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)';

// The last sentence, ending in the one number that changes (so it moves nothing after it).
const costSentence = (ops: string) =>
  ` are, and no parameters. The squeeze costs about H·W·C\u00a0=\u00a0${ops} additions.`;
// Its longest wording (H·W·C ≤ 288), with room for the formulas' wider type.
const LONGEST_Z = `z ∈ ℝC0: one number per channel (the zc0 under the maps), whatever H0 and W0${costSentence('288')}`;

// Slide 25: global average pooling on a small seeded feature map, z computed per channel.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const h = Number(values.H);
  const w = Number(values.W);
  const phone = useMediaQuery('(max-width: 52rem)');
  const ex = useMemo(() => buildSeExample(c, h, w, 1), [c, h, w]);
  const rows = ex.rowSums[0] ?? [];
  const sum = ex.sums[0] ?? 0;
  const z1 = formatNumber(ex.z[0] ?? 0, 4);
  const substituted = `z_1 = \\frac{1}{${h} \\cdot ${w}} \\, (${rows.join(' + ')}) = \\frac{${sum}}{${h * w}} = ${z1}`;
  const cost = useMemo(() => seCost({ channels: c, ratio: 1, height: h, width: w }), [c, h, w]);
  const squeezeOps = cost.ok ? formatNumber(cost.value.squeezeOps) : '–';
  const layers = useMemo(
    () => [
      {
        maps: ex.u,
        symbol: 'u',
        rowSums: ex.rowSums,
        footer: (k: number) => [`z${subscript(k + 1)} = `, formatNumber(ex.z[k] ?? 0, 3)] as const,
        label: `Feature map U: ${c} channels of ${h} by ${w} whole numbers, with each row's sum`,
      },
    ],
    [ex, c, h, w],
  );
  return (
    <div className="ses">
      <p className="ses-lede">
        Global average pooling on <Tex tex="U" fallback="U" />{' '}
        <span className="num">{`(${h}×${w}×${c})`}</span>: each channel is compressed into{' '}
        <strong>one scalar</strong>, its average activation. Grey numbers are row sums.
      </p>
      <ChannelFigure
        layers={layers}
        scaleMax={Math.max(1, ...ex.u.flat(2))}
        width={phone ? 600 : 1000}
        height={phone ? 470 : 260}
      />
      <Fill index={0} label="the squeeze formula" block>
        <FitSlots className="ses-formulas">
          <FitSlot className="ses-general">
            <Tex tex={GENERAL} display fallback="z_c = 1/(H·W) · Σ_i Σ_j u_c(i, j)" />
          </FitSlot>
          <FitSlot className="ses-substituted">
            <Tex
              tex={substituted}
              display
              fallback={`z_1 = 1/(${h}·${w}) · (${rows.join(' + ')}) = ${sum}/${h * w} = ${z1}`}
            />
          </FitSlot>
        </FitSlots>
      </Fill>
      <Reserve className="ses-z" longest={LONGEST_Z}>
        <Tex tex="z \in \mathbb{R}^{C}" fallback="z in R^C" />: one number per channel (the{' '}
        <Tex tex="z_c" fallback="z_c" /> under the maps), whatever <Tex tex="H" fallback="H" /> and{' '}
        <Tex tex="W" fallback="W" />
        {costSentence(squeezeOps)}
      </Reserve>
    </div>
  );
}
