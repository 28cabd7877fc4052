import { useMemo } from 'react';
import { SeDiagram } from '../se/se-diagram';
import { reducedChannels } from '../se/se-example';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { Tex } from '../../ui/tex';
import './24-se-overview.css';

// Slide 24: the SE block's three steps, drawn for the current C, r, H and W.
export default function Panel({ values }: SlideProps) {
  const c = Number(values.C);
  const r = Number(values.r);
  const h = Number(values.H);
  const w = Number(values.W);
  const cr = useMemo(() => reducedChannels(c, r), [c, r]);
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
          <span>
            a convolution, <Tex tex="X \to U" fallback="X → U" />{' '}
            <span className="num">
              ({h}×{w}×{c})
            </span>
          </span>
        </li>
        <li>
          <span className="seo-step-name">
            (1) Squeeze <Tex tex="F_{sq}" fallback="F_sq" />
          </span>
          <Fill index={0} label="what the squeeze does">
            <strong>global average pooling</strong>:{' '}
            <span className="num">
              {h}×{w}×{c} → 1×1×{c}
            </span>
          </Fill>
        </li>
        <li>
          <span className="seo-step-name">
            (2) Excitation <Tex tex="F_{ex}" fallback="F_ex" />
          </span>
          <Fill index={1} label="the layers of the excitation">
            <strong>FC → ReLU → FC → sigmoid</strong>:{' '}
            <span className="num">
              {c} → {cr} → {c}
            </span>
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
          <span>
            recalibrated, the shape of <Tex tex="U" fallback="U" />:{' '}
            <span className="num">
              {h}×{w}×{c}
            </span>
          </span>
        </li>
      </ol>
      {c % r !== 0 ? (
        <p className="seo-note">
          <span className="num">
            C/r = {c}/{r}
          </span>{' '}
          is not whole; the bottleneck uses <span className="num">⌊C/r⌋ = {cr}</span> units (at
          least 1), as EfficientNet's code rounds.
        </p>
      ) : null}
    </div>
  );
}
