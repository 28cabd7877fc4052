import { useMemo } from 'react';
import { SeDiagram } from '../se/se-diagram';
import { reducedChannels } from '../se/se-example';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import { Reserve } from './24-reserve';
import './24-se-overview.css';

// How the bottleneck's units follow from C and r, as one string (one text node: a number that
// grows a digit moves nothing after it).
function bottleneckNote(c: number, r: number, cr: number, whole = c % r === 0): string {
  return whole
    ? `C/r = ${c}/${r} = ${cr} hidden units in the bottleneck.`
    : `C/r = ${c}/${r} is not whole: ⌊C/r⌋ = ${cr} units (at least 1), as EfficientNet's code rounds.`;
}

// The longest wordings, every number at its most digits (C ≤ 2048, H, W ≤ 224, r ≤ 64); a
// character more for each formula (KaTeX sets them larger).
const MAP = '224×224×2048';
const LONGEST_NOTE = bottleneckNote(2048, 64, 2048, false);
const LONGEST = {
  conv: `a convolution, X → U0 (${MAP})`,
  squeeze: [{ bold: 'global average pooling' }, ': U0 → 1×1×2048'],
  excite: [{ bold: 'FC → ReLU → FC → sigmoid' }, ': 2048 → 2048 → 2048'],
  output: `recalibrated, the shape of U0: ${MAP}`,
};

// Slide 24: the SE block's three steps, drawn for the current C, r, H and W.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const r = Number(values.r);
  const h = Number(values.H);
  const w = Number(values.W);
  const cr = useMemo(() => reducedChannels(c, r), [c, r]);
  const map = `${h}×${w}×${c}`;
  return (
    <div className="seo">
      {/* The figure scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      <div className="seo-figure" tabIndex={0} role="region" aria-label="SE block diagram">
        <SeDiagram c={c} cr={cr} h={h} w={w} />
      </div>
      <ol className="seo-steps">
        <li>
          <span className="seo-step-name">
            Step 1 · <Tex tex="F_{tr}" fallback="F_tr" />
          </span>
          <Reserve as="span" longest={LONGEST.conv}>
            a convolution, <Tex tex="X \to U" fallback="X → U" />{' '}
            <span className="num">{`(${map})`}</span>
          </Reserve>
        </li>
        <li>
          <span className="seo-step-name">
            (1) Squeeze <Tex tex="F_{sq}" fallback="F_sq" />
          </span>
          <Fill index={0} label="what the squeeze does">
            <Reserve as="span" longest={LONGEST.squeeze}>
              <strong>global average pooling</strong>: <Tex tex="U" fallback="U" />{' '}
              <span className="num">{`→ 1×1×${c}`}</span>
            </Reserve>
          </Fill>
        </li>
        <li>
          <span className="seo-step-name">
            (2) Excitation <Tex tex="F_{ex}" fallback="F_ex" />
          </span>
          <Fill index={1} label="the layers of the excitation">
            <Reserve as="span" longest={LONGEST.excite}>
              <strong>FC → ReLU → FC → sigmoid</strong>:{' '}
              <span className="num">{`${c} → ${cr} → ${c}`}</span>
            </Reserve>
          </Fill>
        </li>
        <li>
          <span className="seo-step-name">
            (3) Scale <Tex tex="F_{scale}" fallback="F_scale" />
          </span>
          <Fill index={2} label="what the scale does">
            <strong>channel-wise multiply</strong>:{' '}
            <Tex tex="\tilde{x}_c = s_c \cdot u_c" fallback="x̃_c = s_c · u_c" />
          </Fill>
        </li>
        <li>
          <span className="seo-step-name">
            Step 3 · output <Tex tex="\tilde{X}" fallback="X̃" />
          </span>
          <Reserve as="span" longest={LONGEST.output}>
            recalibrated, the shape of <Tex tex="U" fallback="U" />:{' '}
            <span className="num">{map}</span>
          </Reserve>
        </li>
      </ol>
      <Reserve className="seo-note num" longest={LONGEST_NOTE}>
        {bottleneckNote(c, r, cr)}
      </Reserve>
    </div>
  );
}
