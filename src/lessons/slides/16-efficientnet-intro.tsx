import { useMemo } from 'react';
import { analyzeNetwork, formatCompact, formatNumber, resnet } from '../../engine/index';
import type { SlideProps } from '../slide-meta';
import { efficientNetTotals } from './16-efficientnet-cache';
import { publishedTable2, type Quoted } from './16-published';
import './16-efficientnet-intro.css';

// Slide 16: what EfficientNet is (Tan & Le, Google, 2019), with a live teaser: B0 against
// ResNet-50, engine counts beside the paper's Table 2.

interface Contender {
  readonly name: string;
  readonly macs: number;
  readonly params: number;
  readonly paper: Quoted | null;
}

function useContenders(): readonly Contender[] | null {
  return useMemo(() => {
    const b0 = efficientNetTotals({ variant: 'b0' });
    const network = resnet({ depth: 50 });
    const r50 = network.ok ? analyzeNetwork(network.value, { preset: 'paper' }) : null;
    if (!b0 || !r50?.ok) return null;
    return [
      {
        name: 'ResNet-50',
        macs: r50.value.totals.macs,
        params: r50.value.totals.params,
        paper: publishedTable2('ResNet-50'),
      },
      { name: 'EfficientNet-B0', macs: b0.macs, params: b0.params, paper: publishedTable2('b0') },
    ];
  }, []);
}

// Two horizontal bars per measure, scaled to the larger of the two; the paper's print beside each.
function Bars({ contenders }: { contenders: readonly Contender[] }) {
  const measures = [
    {
      key: 'top1',
      label: 'ImageNet top-1 (paper)',
      value: (c: Contender) => c.paper?.top1 ?? 0,
      text: (c: Contender) => (c.paper?.top1 ? `${c.paper.top1.toFixed(1)} %` : '–'),
    },
    {
      key: 'params',
      label: 'parameters: engine (paper)',
      value: (c: Contender) => c.params,
      text: (c: Contender) => `${formatCompact(c.params)} (${c.paper?.params ?? '–'})`,
    },
    {
      key: 'macs',
      label: 'mult-adds: engine (paper “FLOPs”)',
      value: (c: Contender) => c.macs,
      text: (c: Contender) =>
        `${formatCompact(c.macs, { unit: 'B', digits: 2 })} (${c.paper?.macs ?? '–'})`,
    },
  ] as const;
  const rowH = 27;
  const block = contenders.length * rowH + 28;
  const label = measures
    .map((m) => `${m.label}: ${contenders.map((c) => `${c.name} ${m.text(c)}`).join(', ')}`)
    .join('; ');
  return (
    <svg
      viewBox={`0 0 480 ${measures.length * block}`}
      className="ei-bars"
      role="img"
      aria-label={`${label}.`}
    >
      {measures.map((m, k) => {
        const y = k * block;
        const top = Math.max(...contenders.map(m.value)) || 1;
        return (
          <g key={m.key}>
            <text x={0} y={y + 16} className="ei-measure">
              {m.label}
            </text>
            {contenders.map((c, i) => {
              const w = (200 * m.value(c)) / top;
              const rowY = y + 20 + i * rowH;
              return (
                <g key={c.name}>
                  <text x={94} y={rowY + 17} className="ei-name" textAnchor="end">
                    {c.name.replace('EfficientNet-', '')}
                  </text>
                  <rect
                    x={92}
                    y={rowY + 3}
                    width={w}
                    height={rowH - 7}
                    rx={3}
                    className={i === 1 ? 'ei-b0' : 'ei-other'}
                  />
                  <text x={108 + w} y={rowY + 17} className="ei-value">
                    {m.text(c)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

export default function EfficientNetIntroPanel(_props: SlideProps) {
  const contenders = useContenders();
  const [r50, b0] = contenders ?? [];
  return (
    <div className="ei-root">
      <div className="ei">
        <ul className="ei-points">
          <li>
            Proposed by <strong>Google</strong> (Tan &amp; Le, ICML <strong>2019</strong>)
          </li>
          <li>
            <strong>Goal:</strong> better accuracy <em>and</em> fewer parameters
          </li>
          <li>
            <strong>Key idea: compound scaling.</strong> Instead of scaling depth, width or
            resolution by hand, scale all three together with one coefficient φ
          </li>
          <li>
            State-of-the-art ImageNet accuracy with high efficiency: one family, B0 (phone) to B7
            (server)
          </li>
        </ul>
        {r50 && b0 ? (
          <section className="ei-teaser" aria-labelledby="ei-teaser-title">
            <h2 id="ei-teaser-title">B0 against ResNet-50</h2>
            <Bars contenders={[r50, b0]} />
            <p className="ei-verdict">
              B0: <strong className="num">{formatNumber(r50.params / b0.params, 1)}×</strong> fewer
              parameters, <strong className="num">{formatNumber(r50.macs / b0.macs, 1)}×</strong>{' '}
              fewer mult-adds, and{' '}
              {b0.paper?.top1 && r50.paper?.top1
                ? `${formatNumber(b0.paper.top1 - r50.paper.top1, 1)} points higher top-1`
                : 'higher top-1'}
              .
            </p>
            <p className="source">
              In brackets and top-1: {b0.paper?.source ?? 'EfficientNet (Tan & Le 2019), Table 2'},
              whose “FLOPs” are mult-adds. Engine: conv + FC mult-adds (SE included), params with BN
              γ/β, 224 × 224 input.
            </p>
          </section>
        ) : (
          <p className="notice">The engine could not build the comparison networks.</p>
        )}
      </div>
    </div>
  );
}
