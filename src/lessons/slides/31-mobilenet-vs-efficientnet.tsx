import { useMemo, type ReactNode } from 'react';
import { formatCompact, MOBILENET_V1_FIGURES, type PublishedFigure } from '../../engine/index';
import { modelCost, publishedVariant, variantId, type ModelCost } from '../se/model-costs';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import './31-mobilenet-vs-efficientnet.css';

const MOBILENET = MOBILENET_V1_FIGURES.find((f) => f.id === 't6-100');
const MOBILENET_SMALLEST = MOBILENET_V1_FIGURES.find((f) => f.id === 't6-025');
const MOBILENET_SRC = 'Howard et al. 2017, Table 6';
const EFFNET_SRC = 'Tan & Le 2019, Table 2';

function macsText(cost: ModelCost | null): string {
  if (!cost) return '–';
  return cost.macs < 1e9
    ? formatCompact(cost.macs)
    : formatCompact(cost.macs, { unit: 'B', digits: 2 });
}

function costText(cost: ModelCost | null): string {
  return cost ? `${formatCompact(cost.params)} / ${macsText(cost)}` : '–';
}

function paperText(figure: PublishedFigure | undefined, unit: string): string {
  return figure
    ? `${figure.params?.printed ?? '–'} M / ${figure.macs?.printed ?? '–'} ${unit}`
    : '–';
}

interface Row {
  readonly topic: string;
  readonly mobilenet: ReactNode;
  readonly efficientnet: ReactNode;
}

// Slide 31: the lecture's comparison table, its number cells computed by the engine.
export default function Panel(_props: SlideProps) {
  const b0 = publishedVariant('B0');
  const b7 = publishedVariant('B7');
  const mobile = useMemo(() => modelCost('mobilenet-v1'), []);
  const small = useMemo(() => modelCost(variantId('B0')), []);
  const large = useMemo(() => modelCost(variantId('B7')), []);
  const rows: readonly Row[] = [
    {
      topic: 'Design strategy',
      mobilenet: (
        <>
          <strong>hand-designed</strong>; depthwise separable convolutions; width α and resolution ρ
          multipliers trade accuracy for cost
        </>
      ),
      efficientnet: (
        <>
          baseline B0 found by <strong>neural architecture search</strong>;{' '}
          <strong>compound scaling</strong> of depth, width and resolution together (φ)
        </>
      ),
    },
    {
      topic: 'Building blocks',
      mobilenet: <>depthwise 3×3 → BN → ReLU → pointwise 1×1 → BN → ReLU</>,
      efficientnet: (
        <>
          <strong>MBConv</strong>: 1×1 expansion → depthwise → SE → 1×1 projection (+ residual),
          Swish
        </>
      ),
    },
    {
      topic: 'Accuracy (ImageNet top-1)',
      mobilenet: (
        <>
          <span className="num">{MOBILENET?.top1} %</span> (1.0-224) down to{' '}
          <span className="num">{MOBILENET_SMALLEST?.top1} %</span> (0.25)
          <span className="mve-source">{MOBILENET_SRC}</span>
        </>
      ),
      efficientnet: (
        <>
          <span className="num">{b0?.top1} %</span> (B0) up to{' '}
          <span className="num">{b7?.top1} %</span> (B7)
          <span className="mve-source">{EFFNET_SRC}</span>
        </>
      ),
    },
    {
      topic: 'Params / FLOPs',
      mobilenet: (
        <>
          <strong className="num">
            {mobile ? formatCompact(mobile.params) : '–'} / {macsText(mobile)}
          </strong>{' '}
          MACs (1.0-224, engine)
          <span className="mve-source">paper: {paperText(MOBILENET, 'M')} mult-adds</span>
        </>
      ),
      efficientnet: (
        <>
          <strong className="num">
            {costText(small)} (B0) up to {costText(large)} (B7)
          </strong>{' '}
          MACs, engine
          <span className="mve-source">
            paper: {paperText(b0, 'B')} (B0) up to {paperText(b7, 'B')} (B7); its “FLOPs” are
            mult-adds
          </span>
        </>
      ),
    },
    {
      topic: 'Use cases',
      mobilenet: (
        <>real-time mobile and embedded vision: detection, face attributes, geo-localization</>
      ),
      efficientnet: <>one family for every budget, phone (B0) to server (B7); transfer learning</>,
    },
  ];
  return (
    <div className="mve">
      <div className="mve-scroll">
        <table className="data mve-table">
          <caption className="sr-only">MobileNet (V1) compared with EfficientNet</caption>
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">MobileNet (V1)</th>
              <th scope="col">EfficientNet</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.topic}>
                <th scope="row">{row.topic}</th>
                <td>
                  <Fill index={index} label={`${row.topic}, MobileNet`}>
                    {row.mobilenet}
                  </Fill>
                </td>
                <td>
                  <Fill index={index} label={`${row.topic}, EfficientNet`}>
                    {row.efficientnet}
                  </Fill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mobile && small && large ? (
        <p className="mve-summary num">
          Both counted in multiply-adds: EfficientNet-B0 needs{' '}
          <strong>{(small.macs / mobile.macs).toFixed(2)}×</strong> the mult-adds of MobileNet
          1.0-224 for <strong>+{((b0?.top1 ?? 0) - (MOBILENET?.top1 ?? 0)).toFixed(1)}</strong>{' '}
          points of top-1; B7 needs <strong>{(large.macs / mobile.macs).toFixed(0)}×</strong> for{' '}
          <strong>+{((b7?.top1 ?? 0) - (MOBILENET?.top1 ?? 0)).toFixed(1)}</strong>.
        </p>
      ) : null}
    </div>
  );
}
