import { memo, type ReactNode } from 'react';

// The MBConv block drawn from its parameters: tensors as bars whose length follows their
// channels, operations as labelled arrows, SE on the way, the residual arc when it applies.

export interface MbConvDiagramProps {
  readonly inChannels: number;
  readonly hidden: number;
  readonly outChannels: number;
  /** Squeezed SE channels C_r; 0 when the block has no SE. */
  readonly reduced: number;
  readonly kernel: number;
  readonly stride: number;
  readonly inSize: number;
  readonly outSize: number;
  readonly residual: boolean;
  /** Whether the block expands (t ≠ 1). */
  readonly expands: boolean;
  readonly orientation: 'horizontal' | 'vertical';
}

interface Geometry {
  /** Length of the main axis, its start and the cross-axis centre line. */
  readonly main: number;
  readonly cross: number;
  readonly mid: number;
  readonly thick: number;
  readonly longest: number;
  /** Where the residual arc runs on the cross axis. */
  readonly arc: number;
}

const GEOMETRY: Readonly<Record<MbConvDiagramProps['orientation'], Geometry>> = {
  horizontal: { main: 860, cross: 252, mid: 150, thick: 26, longest: 150, arc: 26 },
  vertical: { main: 700, cross: 380, mid: 170, thick: 24, longest: 180, arc: 22 },
};

// Bar length for a channel count: at least a sliver, the widest tensor fills `longest`.
function barLength(channels: number, widest: number, longest: number): number {
  return 18 + (longest - 18) * Math.sqrt(channels / Math.max(1, widest));
}

/** The MBConv block diagram. */
export const MbConvDiagram = memo(function MbConvDiagram(props: MbConvDiagramProps) {
  const g = GEOMETRY[props.orientation];
  const horizontal = props.orientation === 'horizontal';
  // Maps (main, cross) to SVG (x, y).
  const at = (m: number, c: number): [number, number] => (horizontal ? [m, c] : [c, m]);
  const widest = Math.max(props.inChannels, props.hidden, props.outChannels);
  const rect = (
    m: number,
    c: number,
    mLen: number,
    cLen: number,
    className: string,
    key: string,
  ) => {
    const [x, y] = at(m, c);
    const [w, h] = horizontal ? [mLen, cLen] : [cLen, mLen];
    return <rect key={key} className={className} x={x} y={y} width={w} height={h} rx={4} />;
  };
  const text = (
    m: number,
    c: number,
    body: string,
    className: string,
    key: string,
    anchor: 'middle' | 'start' = 'middle',
  ) => {
    const [x, y] = at(m, c);
    return (
      <text key={key} x={x} y={y} className={className} textAnchor={anchor}>
        {body}
      </text>
    );
  };
  // Text centred on a point of the chain, moved down by dy in screen space (either orientation).
  const centred = (m: number, dy: number, body: string, className: string, key: string) => {
    const [x, y] = at(m, g.mid);
    return (
      <text key={key} x={x} y={y + dy} className={className} textAnchor="middle">
        {body}
      </text>
    );
  };

  // The block as a chain: node, edge, node, … (edges are labelled ops or plain arrows).
  type Node = { kind: 'tensor'; channels: number; size: number } | { kind: 'se' } | { kind: 'add' };
  type Edge = { lines: readonly string[] };
  const chain: (Node | Edge)[] = [
    { kind: 'tensor', channels: props.inChannels, size: props.inSize },
  ];
  if (props.expands) {
    chain.push({ lines: ['expand 1×1', 'BN · swish'] });
    chain.push({ kind: 'tensor', channels: props.hidden, size: props.inSize });
  }
  chain.push({
    lines: [`depthwise ${props.kernel}×${props.kernel}`, `s = ${props.stride} · BN · swish`],
  });
  chain.push({ kind: 'tensor', channels: props.hidden, size: props.outSize });
  if (props.reduced > 0) chain.push({ lines: [] }, { kind: 'se' });
  chain.push({ lines: ['project 1×1', 'BN, no activation'] });
  chain.push({ kind: 'tensor', channels: props.outChannels, size: props.outSize });
  if (props.residual) chain.push({ lines: [] }, { kind: 'add' });

  const SE = 70;
  const ADD = 34;
  const PLAIN = 34;
  const nodeLength = (n: Node) => (n.kind === 'tensor' ? g.thick : n.kind === 'se' ? SE : ADD);
  const isNode = (x: Node | Edge): x is Node => 'kind' in x;
  const fixed = chain.reduce(
    (sum, x) => sum + (isNode(x) ? nodeLength(x) : x.lines.length ? 0 : PLAIN),
    0,
  );
  const labelled = chain.filter((x) => !isNode(x) && x.lines.length > 0).length;
  const opRoom = Math.max(60, (g.main - (horizontal ? 70 : 30) - fixed) / Math.max(1, labelled));

  const parts: ReactNode[] = [];
  let m = horizontal ? 42 : 15;
  let first: { m: number; len: number } | null = null;
  let addAt = 0;
  chain.forEach((x, i) => {
    if (!isNode(x)) {
      const room = x.lines.length ? opRoom : PLAIN;
      const [x1, y1] = at(m + 4, g.mid);
      const [x2, y2] = at(m + room - 5, g.mid);
      parts.push(
        <line
          key={`e${i}`}
          className="mb-arrow"
          x1={x1}
          y1={y1}
          x2={x2}
          y2={y2}
          markerEnd="url(#mb-head)"
        />,
      );
      x.lines.forEach((line, j) => {
        const cls = j === 0 ? 'mb-op' : 'mb-sub';
        parts.push(
          horizontal
            ? text(m + room / 2, g.mid - 40 + j * 21, line, cls, `o${i}-${j}`)
            : text(m + room / 2 - 4 + j * 19, g.mid + 14, line, cls, `o${i}-${j}`, 'start'),
        );
      });
      m += room;
      return;
    }
    if (x.kind === 'tensor') {
      const len = barLength(x.channels, widest, g.longest);
      parts.push(rect(m, g.mid - len / 2, g.thick, len, 'mb-tensor', `t${i}`));
      const label = `${x.channels} × ${x.size}²`;
      parts.push(
        horizontal
          ? text(m + g.thick / 2, g.mid + len / 2 + 20, label, 'mb-size', `s${i}`)
          : text(m + g.thick / 2 + 6, g.mid + len / 2 + 8, label, 'mb-size', `s${i}`, 'start'),
      );
      first ??= { m, len };
    } else if (x.kind === 'se') {
      parts.push(rect(m, g.mid - SE / 2, SE, SE, 'mb-se', `se${i}`));
      parts.push(centred(m + SE / 2, -6, 'SE', 'mb-op', `sel${i}`));
      parts.push(centred(m + SE / 2, 16, `Cᵣ = ${props.reduced}`, 'mb-tiny', `ser${i}`));
    } else {
      addAt = m + ADD / 2;
      const [cx, cy] = at(addAt, g.mid);
      parts.push(<circle key={`add${i}`} className="mb-add" cx={cx} cy={cy} r={ADD / 2} />);
      parts.push(centred(addAt, 8, '+', 'mb-plus', `plus${i}`));
    }
    m += nodeLength(x);
  });

  const start = first as { m: number; len: number } | null;
  if (props.residual && start) {
    const from = start.m + g.thick / 2;
    const points = [
      at(from, g.mid - start.len / 2),
      at(from, g.arc),
      at(addAt, g.arc),
      at(addAt, g.mid - ADD / 2 - 2),
    ]
      .map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`)
      .join(' ');
    parts.push(
      <polyline key="res" className="mb-residual" points={points} markerEnd="url(#mb-head-res)" />,
    );
    if (horizontal)
      parts.push(
        text((from + addAt) / 2, g.arc - 8, 'identity shortcut: s = 1 and M = N', 'mb-sub', 'resl'),
      );
  }

  const [vw, vh] = at(g.main, g.cross);
  return (
    <svg
      viewBox={`0 0 ${vw} ${vh}`}
      className={`mb-svg mb-${props.orientation}`}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <marker
          id="mb-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="mb-head" />
        </marker>
        <marker
          id="mb-head-res"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="mb-head-res" />
        </marker>
      </defs>
      {parts}
    </svg>
  );
});
