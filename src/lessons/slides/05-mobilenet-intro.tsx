import { useId, useMemo } from 'react';
import {
  analyzeNetwork,
  formatCompact,
  MOBILENET_V1_FIGURES,
  mobilenetV1,
  type PublishedFigure,
} from '../../engine/index';
import type { SlideProps } from '../slide-meta';
import './05-mobilenet-intro.css';

interface Variant {
  readonly key: 'full' | 'separable';
  readonly name: string;
  readonly paper: PublishedFigure | undefined;
  readonly macs: number | null;
  readonly params: number | null;
  /** MACs of the classifier (the FC layer). */
  readonly fc: number | null;
}

/** MACs, the FC's MACs and the paper's params (no BN) of MobileNetV1, full or separable. */
function count(variant: 'full' | 'separable') {
  const none = { macs: null, params: null, fc: null };
  const network = mobilenetV1({ variant });
  if (!network.ok) return none;
  const analysis = analyzeNetwork(network.value);
  if (!analysis.ok) return none;
  const fc = analysis.value.rows
    .filter((row) => row.kind === 'dense')
    .reduce((sum, row) => sum + row.macs, 0);
  return { macs: analysis.value.totals.macs, params: analysis.value.reportedParams, fc };
}

const inMillions = (n: number | null) => (n === null ? '–' : formatCompact(n, { unit: 'M' }));

const paper = (id: string) => MOBILENET_V1_FIGURES.find((f) => f.id === id);

// Slide 5: MobileNet in one screen, with one number that shows why it matters.
export default function Panel(_props: SlideProps) {
  const captionId = useId();
  const variants = useMemo<readonly Variant[]>(
    () => [
      {
        key: 'full',
        name: 'Full convolutions',
        paper: paper('t4-conv-mobilenet'),
        ...count('full'),
      },
      { key: 'separable', name: 'MobileNet', paper: paper('t4-mobilenet'), ...count('separable') },
    ],
    [],
  );
  const [full, sep] = variants;
  const most = Math.max(...variants.map((v) => v.macs ?? 0), 1);
  const ratio = full?.macs && sep?.macs ? full.macs / sep.macs : null;
  return (
    <div className="mbi">
      <div className="mbi-facts">
        <p className="mbi-origin">
          <strong>Google, 2017</strong> — Howard et al., “MobileNets: Efficient Convolutional Neural
          Networks for Mobile Vision Applications”
        </p>
        <p className="mbi-for">
          Designed for <strong>mobile and embedded vision</strong> applications.
        </p>
        <h2 className="mbi-heading">Key ideas</h2>
        <ol className="mbi-ideas">
          <li>
            <a href="#/standard-vs-depthwise">Depthwise separable convolution</a>: filter each
            channel, then mix channels with 1 × 1 convolutions.
          </li>
          <li>
            Two hyperparameters for flexible scaling:{' '}
            <a href="#/width-multiplier">width α and resolution ρ</a>.
          </li>
        </ol>
        <h2 className="mbi-heading">Used in real-world tasks</h2>
        <ul className="mbi-uses">
          <li>object detection</li>
          <li>face recognition</li>
          <li>geo-localization</li>
        </ul>
      </div>
      <figure className="mbi-teaser" aria-labelledby={captionId}>
        <figcaption id={captionId} className="mbi-teaser-title">
          One network, two kinds of convolution (engine)
        </figcaption>
        {variants.map((v) => (
          <div key={v.key} className={`mbi-bar-row mbi-${v.key}`}>
            <div className="mbi-bar-label">
              <span className="mbi-bar-name">{v.name}</span>
              <span className="mbi-bar-value num">{inMillions(v.macs)} MACs</span>
            </div>
            <div className="mbi-bar-track" aria-hidden="true">
              <div className="mbi-bar" style={{ width: `${(100 * (v.macs ?? 0)) / most}%` }} />
            </div>
            <p className="mbi-bar-meta num">
              {v.params === null ? '–' : formatCompact(v.params)} params
              {v.paper ? (
                <span className="mbi-paper">
                  {' '}
                  · paper: {v.paper.macs?.printed} M mult-adds, {v.paper.params?.printed} M params,{' '}
                  {v.paper.top1}&nbsp;% top-1
                </span>
              ) : null}
            </p>
          </div>
        ))}
        <p className="mbi-ratio">
          <span className="mbi-ratio-value num">
            {ratio === null ? '–' : `${ratio.toFixed(1)}×`}
          </span>{' '}
          less computation for{' '}
          {full?.paper?.top1 && sep?.paper?.top1
            ? (full.paper.top1 - sep.paper.top1).toFixed(1)
            : '–'}{' '}
          points of ImageNet accuracy.
        </p>
        <p className="source">
          Engine: MobileNetV1 1.0-224, mult-adds of conv and FC layers, params without BN (as the
          paper counts). Paper: Howard et al. 2017, Table 4.
          {full?.macs && full.fc ? (
            <>
              {' '}
              The full-conv print ({full.paper?.macs?.printed} M) matches the engine without the FC
              layer: {inMillions(full.macs)} − {inMillions(full.fc)} ={' '}
              {inMillions(full.macs - full.fc)}.
            </>
          ) : null}
        </p>
      </figure>
    </div>
  );
}
