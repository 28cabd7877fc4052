import { useMemo } from 'react';
import {
  efficientNetStages,
  formatCount,
  formatPercent,
  mbconvCost,
  partSummary,
} from '../../engine/index';
import { useMediaQuery } from '../../ui/use-media-query';
import type { SlideProps } from '../slide-meta';
import { analyzeEfficientNet } from './16-efficientnet-cache';
import { CostSplit, StageStrip, SwishPlot, type CostShare } from './20-mini-figures';
import './20-efficientnet-blocks.css';

// Slide 20: EfficientNet's building blocks — MBConv, SE and swish — and stage-wise scaling, each
// with a small live figure from the engine.

/** The teaser block: B0's stage 5 repeat (MBConv6, k3×3, 80 → 80 channels on 14 × 14). */
const TEASER = {
  inChannels: 80,
  outChannels: 80,
  expand: 6,
  kernel: 3,
  stride: 1,
  seRatio: 0.25,
  size: 14,
} as const;

function useFacts() {
  return useMemo(() => {
    const block = mbconvCost(TEASER);
    const shares: CostShare[] = [];
    let blockMacs = 0;
    if (block.ok) {
      blockMacs = block.value.totals.macs;
      for (const p of block.value.parts) {
        if (p.part === 'residual' || !p.present) continue;
        shares.push({ part: p.part === 'se' ? 'SE' : p.part, share: p.totals.macs / blockMacs });
      }
    }
    const b0 = analyzeEfficientNet({ variant: 'b0' });
    const se = b0.ok ? partSummary(b0.value).find((p) => p.part === 'se') : undefined;
    const seShare =
      b0.ok && se
        ? {
            params: se.totals.params / b0.value.totals.params,
            macs: se.totals.macs / b0.value.totals.macs,
          }
        : null;
    const stages = efficientNetStages({ variant: 'b0' });
    return { shares, blockMacs, seShare, stages: stages.ok ? stages.value : [] };
  }, []);
}

export default function EfficientNetBlocksPanel(_props: SlideProps) {
  const { shares, blockMacs, seShare, stages } = useFacts();
  const narrow = useMediaQuery('(max-width: 52rem)');
  return (
    <div className="eb">
      <p className="eb-lead">
        Based on <strong>MobileNetV2’s MBConv</strong> blocks, with two additions:
      </p>
      <div className="eb-cards">
        <section className="eb-card" aria-labelledby="eb-mbconv">
          <h2 id="eb-mbconv">
            <span className="eb-n">1</span> MBConv
          </h2>
          <p>Depthwise separable conv + 1×1 expansion + 1×1 projection (+ residual).</p>
          <CostSplit shares={shares} />
          <p className="eb-small">
            Mult-adds of one MBConv6 k3×3 block, 80 → 80 channels on 14 × 14 (B0 stage 5):{' '}
            <span className="num">{formatCount(blockMacs)}</span> MACs. The two 1×1 convs dominate.{' '}
            <a href="#/mbconv">Vary it →</a>
          </p>
        </section>
        <section className="eb-card" aria-labelledby="eb-se">
          <h2 id="eb-se">
            <span className="eb-n">2</span> SE block
          </h2>
          <p>Squeeze-and-excitation: channel-wise attention after the depthwise conv.</p>
          <p
            className="eb-flow"
            aria-label="global average pool, then FC, then FC with sigmoid, then scale each channel"
          >
            pool → FC → FC·σ → <em>× each channel</em>
          </p>
          <p className="eb-small">
            EfficientNet squeezes to C<sub>r</sub> = ⌊0.25 · c<sub>in</sub>⌋ of the block’s input
            channels, with swish between the FCs (the SE paper: ReLU, C/16).
          </p>
          {seShare ? (
            <p className="eb-small">
              In B0, SE holds <strong className="num">{formatPercent(seShare.params, 1)}</strong> of
              the parameters and <strong className="num">{formatPercent(seShare.macs, 1)}</strong>{' '}
              of the mult-adds (engine).
            </p>
          ) : null}
        </section>
        <section className="eb-card" aria-labelledby="eb-swish">
          <h2 id="eb-swish">
            <span className="eb-n">3</span> Swish
          </h2>
          <p>x · σ(x): smooth and non-monotonic (it dips below 0).</p>
          <SwishPlot />
          <p className="eb-small eb-legend">
            <span className="eb-key eb-key-swish" aria-hidden="true" /> swish{' '}
            <span className="eb-key eb-key-relu" aria-hidden="true" /> ReLU
          </p>
        </section>
      </div>
      <section className="eb-stages" aria-labelledby="eb-stages-title">
        <h2 id="eb-stages-title">Progressive stage-wise scaling of the backbone (B0)</h2>
        {stages.length ? <StageStrip rows={stages} layout={narrow ? 'rows' : 'columns'} /> : null}
        <p className="eb-small">
          Bars: output channels (log scale), with each stage’s input resolution and operator.
        </p>
      </section>
    </div>
  );
}
