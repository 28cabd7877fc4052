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

export function ConceptFigure() {
  const gradient = svgId(useId());
  const mixed = () => 'sep-mix';
  return (
    <svg
      className="sep-figure"
      viewBox="0 0 880 290"
      role="img"
      aria-label="Depthwise separable convolution in two steps. Step 1, depthwise: each of the M input channels is filtered by its own D_K by D_K filter, giving M channels that have not been mixed. Step 2, pointwise: N filters of size 1 by 1 by M mix all M channels at each position, giving N output channels."
    >
      <MixGradient id={gradient} />
      <Slabs x={20} y={100} size={118} count={IN} tone={channelClass} grid={5} />
      <Label x={96} y={258}>
        input
      </Label>
      <Label x={96} y={282} className="sep-math">
        {F} × {F} × M
      </Label>

      <Label x={262} y={30} className="sep-step">
        ① depthwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <Kernel key={i} x={205 + i * 32} y={58} size={26} cells={3} className={channelClass(i)} />
      ))}
      <Arrow x1={190} y1={158} x2={335} y2={158} />
      <Label x={262} y={186} className="sep-small">
        one {K} × {K} filter
      </Label>
      <Label x={262} y={206} className="sep-small">
        per channel
      </Label>

      <Slabs x={350} y={100} size={118} count={IN} tone={channelClass} grid={5} />
      <Label x={426} y={258}>
        M channels, not mixed
      </Label>
      <Label x={426} y={282} className="sep-math">
        {F} × {F} × M
      </Label>

      <Label x={592} y={30} className="sep-step">
        ② pointwise
      </Label>
      {Array.from({ length: IN }, (_, i) => (
        <g key={i}>
          <rect
            x={540}
            y={52 + i * 16}
            width={16}
            height={16}
            className={`sep-cell ${channelClass(i)}`}
          />
          <line x1={556} y1={60 + i * 16} x2={640} y2={84} className="sep-fan" />
        </g>
      ))}
      <circle cx={642} cy={84} r={6} className="sep-dot" />
      <Arrow x1={520} y1={158} x2={665} y2={158} />
      <Label x={592} y={186} className="sep-small">
        N filters of 1 × 1 × M
      </Label>
      <Label x={592} y={206} className="sep-small">
        mix all channels
      </Label>

      <Slabs
        x={680}
        y={100}
        size={118}
        count={OUT}
        step={8}
        tone={mixed}
        grid={5}
        fill={`url(#${gradient})`}
      />
      <Label x={760} y={258}>
        N output channels
      </Label>
      <Label x={760} y={282} className="sep-math">
        {F} × {F} × N
      </Label>
    </svg>
  );
}
