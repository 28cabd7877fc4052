// The two steps of a depthwise separable convolution drawn top to bottom, for a phone's narrow page.
import { useId, type ReactNode } from 'react';
import { MixGradient, svgId } from './09-concept-figure';
import { Arrow, Kernel, Label, Slabs, SvgSym, channelClass } from './09-tensor-figure';

const F = <SvgSym base="D" sub="F" />;
const K = <SvgSym base="D" sub="K" />;

const IN = 4;
const OUT = 6;
const TEXT = 168;

/** Words to the right of the stacks, one line each. */
function Lines({ y, lines }: { readonly y: number; readonly lines: readonly ReactNode[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Label
          key={i}
          x={TEXT}
          y={y + i * 26}
          anchor="start"
          className={i === lines.length - 1 ? 'sep-math' : 'sep-label'}
        >
          {line}
        </Label>
      ))}
    </>
  );
}

// Drawn at 360 × 690 units, about the width of a phone's page: its text stays near the base size.
export function ConceptFigureTall() {
  const gradient = svgId(useId());
  return (
    <svg
      className="sep-figure"
      viewBox="0 0 360 690"
      role="img"
      aria-label="Depthwise separable convolution in two steps. Step 1, depthwise: each of the M input channels is filtered by its own D_K by D_K filter, giving M channels that have not been mixed. Step 2, pointwise: N filters of size 1 by 1 by M mix all M channels at each position, giving N output channels."
    >
      <MixGradient id={gradient} />
      <Slabs x={20} y={44} size={96} count={IN} tone={channelClass} grid={5} />
      <Lines
        y={80}
        lines={[
          'input',
          <>
            {F} × {F} × M
          </>,
        ]}
      />

      <Arrow x1={68} y1={156} x2={68} y2={276} />
      <Label x={96} y={180} anchor="start" className="sep-step">
        ① depthwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <Kernel key={i} x={98 + i * 32} y={194} size={26} cells={3} className={channelClass(i)} />
      ))}
      <Label x={96} y={244} anchor="start" className="sep-small">
        one {K} × {K} filter
      </Label>
      <Label x={96} y={272} anchor="start" className="sep-small">
        per channel
      </Label>

      <Slabs x={20} y={316} size={96} count={IN} tone={channelClass} grid={5} />
      <Lines
        y={344}
        lines={[
          'M channels,',
          'not mixed',
          <>
            {F} × {F} × M
          </>,
        ]}
      />

      <Arrow x1={68} y1={428} x2={68} y2={548} />
      <Label x={96} y={452} anchor="start" className="sep-step">
        ② pointwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <g key={i}>
          <rect
            x={98}
            y={466 + i * 14}
            width={14}
            height={14}
            className={`sep-cell ${channelClass(i)}`}
          />
          <line x1={112} y1={473 + i * 14} x2={160} y2={494} className="sep-fan" />
        </g>
      ))}
      <circle cx={162} cy={494} r={5} className="sep-dot" />
      <Label x={180} y={488} anchor="start" className="sep-small">
        N filters of
      </Label>
      <Label x={180} y={512} anchor="start" className="sep-small">
        1 × 1 × M:
      </Label>
      <Label x={180} y={536} anchor="start" className="sep-small">
        mix all channels
      </Label>

      <Slabs
        x={20}
        y={590}
        size={96}
        count={OUT}
        step={8}
        tone={() => 'sep-mix'}
        grid={5}
        fill={`url(#${gradient})`}
      />
      <Lines
        y={614}
        lines={[
          'N output',
          'channels',
          <>
            {F} × {F} × N
          </>,
        ]}
      />
    </svg>
  );
}
