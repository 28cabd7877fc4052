// The two steps of a depthwise separable convolution: per-channel spatial filtering, then 1×1 mixing.
import { useId } from 'react';
import { Arrow, Kernel, Label, Slabs, SvgSym, channelClass } from './09-tensor-figure';

const F = <SvgSym base="D" sub="F" />;
const K = <SvgSym base="D" sub="K" />;

const IN = 4;
const OUT = 6;

/** A gradient through the channel colours: the look of a channel that mixes all of them. */
export function MixGradient({ id }: { readonly id: string }) {
  return (
    <defs>
      <linearGradient id={id} x1="0" y1="0" x2="1" y2="1">
        <stop offset="0%" className="sep-stop-0" />
        <stop offset="35%" className="sep-stop-1" />
        <stop offset="70%" className="sep-stop-2" />
        <stop offset="100%" className="sep-stop-3" />
      </linearGradient>
    </defs>
  );
}

/** Makes a React id safe to use inside url(#…). */
export function svgId(raw: string): string {
  return `g${raw.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

// Drawn at 900 × 292 units inside a box 38rem wide, so its smallest text (20 units) is
// about 0.8 of the slide's base size.
export function ConceptFigure() {
  const gradient = svgId(useId());
  const mixed = () => 'sep-mix';
  return (
    <svg
      className="sep-figure"
      viewBox="0 0 900 292"
      role="img"
      aria-label="Depthwise separable convolution in two steps. Step 1, depthwise: each of the M input channels is filtered by its own D_K by D_K filter, giving M channels that have not been mixed. Step 2, pointwise: N filters of size 1 by 1 by M mix all M channels at each position, giving N output channels."
    >
      <MixGradient id={gradient} />
      <Slabs x={14} y={104} size={100} count={IN} tone={channelClass} grid={5} />
      <Label x={64} y={252}>
        input
      </Label>
      <Label x={64} y={282} className="sep-math">
        {F} × {F} × M
      </Label>

      <Label x={262} y={30} className="sep-step">
        ① depthwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <Kernel key={i} x={202 + i * 32} y={52} size={26} cells={3} className={channelClass(i)} />
      ))}
      <Arrow x1={158} y1={156} x2={366} y2={156} />
      <Label x={262} y={186} className="sep-small">
        one {K} × {K} filter
      </Label>
      <Label x={262} y={210} className="sep-small">
        per channel
      </Label>

      <Slabs x={384} y={104} size={100} count={IN} tone={channelClass} grid={5} />
      <Label x={434} y={252}>
        M channels, not mixed
      </Label>
      <Label x={434} y={282} className="sep-math">
        {F} × {F} × M
      </Label>

      <Label x={632} y={30} className="sep-step">
        ② pointwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <g key={i}>
          <rect
            x={590}
            y={46 + i * 16}
            width={16}
            height={16}
            className={`sep-cell ${channelClass(i)}`}
          />
          <line x1={606} y1={54 + i * 16} x2={668} y2={78} className="sep-fan" />
        </g>
      ))}
      <circle cx={670} cy={78} r={6} className="sep-dot" />
      <Arrow x1={528} y1={156} x2={736} y2={156} />
      <Label x={632} y={186} className="sep-small">
        N filters of 1 × 1 × M
      </Label>
      <Label x={632} y={210} className="sep-small">
        mix all channels
      </Label>

      <Slabs
        x={752}
        y={104}
        size={100}
        count={OUT}
        step={8}
        tone={mixed}
        grid={5}
        fill={`url(#${gradient})`}
      />
      <Label x={800} y={252}>
        N output channels
      </Label>
      <Label x={802} y={282} className="sep-math">
        {F} × {F} × N
      </Label>
    </svg>
  );
}
