import { useMemo } from 'react';
import { formatCount, formatNumber, seCost } from '../../engine/index';
import { buildSeExample } from '../se/se-example';
import { vectorText } from '../se/matrix-tex';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import { useMediaQuery } from '../../ui/use-media-query';
import { Reserve, type Wording } from './24-reserve';
import { ChannelFigure } from './25-channel-figure';
import { subscript, type ChannelLayer } from './25-channel-tables';
import { FitSlot, FitSlots } from './25-fit-slots';
import './27-se-scale.css';

const GENERAL = '\\tilde{x}_c = F_{scale}(u_c, s_c) = s_c \\cdot u_c';
// The sentence's longest wording: eight weights (C ≤ 8) on their own line; a character more for
// the formula and each fill's padding.
const LONGEST_SENTENCE: readonly Wording[] = [
  'Output weights ',
  { bold: 's' },
  ' are used to rescale 0',
  { bold: 'U' },
  ' (each channel uc0)0: a channel-wise multiplication by the weights\n',
  { bold: `s = ${vectorText(Array<number>(8).fill(0), 2)}0` },
];

// The note's words from the first number on, as one string (it moves nothing after it).
const noteTail = (shape: string, ops: string) =>
  `the shape stays ${shape}. Cost: H·W·C = ${ops} mults, left out of the papers' FLOPs.`;
const NOTE_HEAD = 'Useful channels keep their values, others fade; ';
const LONGEST_NOTE = NOTE_HEAD + noteTail('6×6×8', '288');

// Slide 27: the example finished, every channel of U multiplied by its weight s_c.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const r = Number(values.r);
  const h = Number(values.H);
  const w = Number(values.W);
  const phone = useMediaQuery('(max-width: 52rem)');
  const ex = useMemo(() => buildSeExample(c, h, w, r), [c, h, w, r]);
  const cost = useMemo(() => seCost({ channels: c, ratio: r, height: h, width: w }), [c, r, h, w]);
  // s_1 and the product are printed to 4 decimals, so the substitution reads as ≈, not =.
  const s1 = formatNumber(ex.s[0] ?? 0, 4);
  const u11 = ex.u[0]?.[0]?.[0] ?? 0;
  const x11 = formatNumber(ex.xt[0]?.[0]?.[0] ?? 0, 4);
  const substituted = `\\tilde{x}_1(1,1) = s_1 \\cdot u_1(1,1) \\approx ${s1} \\cdot ${u11} \\approx ${x11}`;
  const weights = vectorText(ex.s, 2);
  const layers = useMemo(
    (): readonly ChannelLayer[] => [
      {
        maps: ex.u,
        symbol: 'u',
        name: 'U',
        footer: (k) => [`× s${subscript(k + 1)} = `, (ex.s[k] ?? 0).toFixed(2)],
        label: `Feature map U: ${c} channels of ${h} by ${w}`,
      },
      {
        maps: ex.xt,
        symbol: 'x̃',
        name: 'X̃',
        decimals: 1,
        label: `Recalibrated map X̃: each channel of U times its weight s_c, ${weights}`,
      },
    ],
    [ex, c, h, w, weights],
  );
  return (
    <div className="sesc">
      <Reserve className="sesc-sentence" longest={LONGEST_SENTENCE}>
        Output weights <strong>s</strong> are used to rescale{' '}
        <Fill index={0} label="what the weights rescale">
          <strong>U</strong> (each channel <Tex tex="u_c" fallback="u_c" />)
        </Fill>
        : a channel-wise multiplication by the weights
        <br />
        <Fill index={0} label="the output weights">
          <strong className="num">{`s = ${weights}`}</strong>
        </Fill>
      </Reserve>
      <Fill index={1} label="the scale formula" block>
        <FitSlots className="sesc-formulas">
          <FitSlot className="sesc-slot">
            <Tex
              tex={
                phone
                  ? `\\begin{gathered} ${GENERAL} \\\\ ${substituted} \\end{gathered}`
                  : `${GENERAL} \\qquad ${substituted}`
              }
              display
              fallback={`x̃_c = F_scale(u_c, s_c) = s_c · u_c;  x̃₁(1,1) = s₁ · u₁(1,1) ≈ ${s1} · ${u11} ≈ ${x11}`}
            />
          </FitSlot>
        </FitSlots>
      </Fill>
      <ChannelFigure
        layers={layers}
        scaleMax={Math.max(1, ...ex.u.flat(2))}
        width={phone ? 600 : 1000}
        height={phone ? 760 : 410}
      />
      <Reserve className="sesc-note" longest={LONGEST_NOTE}>
        {NOTE_HEAD}
        {noteTail(`${h}×${w}×${c}`, cost.ok ? formatCount(cost.value.scaleOps) : '–')}
      </Reserve>
    </div>
  );
}
