import { memo, useDeferredValue, useMemo } from 'react';
import {
  EFFICIENTNET_COEFFICIENTS,
  efficientNetStages,
  formatCompact,
  formatCount,
  stageSummary,
  type EfficientNetVariant,
} from '../../engine/index';
import { useSettledValue } from '../../ui/use-settled-value';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { analyzeEfficientNet } from './16-efficientnet-cache';
import { padToWidth } from './21-fixed-width';
import { publishedEfficientNet, torchvisionEfficientNet } from './16-published';
import { StageChart, type StageBar } from './21-stage-chart';
import { StageTable, type StageCosts } from './21-stage-table';
import './21-efficientnet-b0-table.css';

// Slide 21: EfficientNet-B0's nine stages (Tan & Le 2019, Table 1) with per-stage mult-adds and
// params from the engine, for B0…B7 at their own or any resolution.

// "385.8 M" with the number padded to its widest form and the unit in a box of its own, so
// neither moves when the resolution changes the total.
function CompactFixed({ value }: { value: number }) {
  const [number = '', unit = ''] = formatCompact(value, {
    digits: value >= 1e9 ? 2 : 1,
  }).split(' ');
  return (
    <>
      {padToWidth(number, '000.00')} <span className="bt-unit">{unit}</span>
    </>
  );
}

const Body = memo(function Body({ values }: { values: SlideProps['values'] }) {
  const variant = String(values.model) as EfficientNetVariant;
  const override = Number(values.res);
  const res = override > 0 ? override : undefined;
  const scale = EFFICIENTNET_COEFFICIENTS[variant];
  const label = scale.label;

  const analysis = useMemo(() => analyzeEfficientNet({ variant }, res), [variant, res]);
  const stages = useMemo(() => efficientNetStages({ variant }, res), [variant, res]);
  const costs = useMemo(() => {
    const map = new Map<number, StageCosts>();
    if (!analysis.ok) return map;
    for (const s of stageSummary(analysis.value)) {
      map.set(Number(s.stage), { macs: s.totals.macs, params: s.totals.params });
    }
    return map;
  }, [analysis]);
  const bars = useMemo<StageBar[]>(() => {
    if (!analysis.ok) return [];
    const { macs, params } = analysis.value.totals;
    return [...costs].map(([stage, c]) => ({
      stage: String(stage),
      macs: c.macs,
      params: c.params,
      macsShare: c.macs / macs,
      paramsShare: c.params / params,
    }));
  }, [analysis, costs]);

  const chart = useSettledValue(
    useMemo(() => ({ bars, label }), [bars, label]),
    150,
  );

  if (!analysis.ok || !stages.ok) {
    const error = analysis.ok ? (stages.ok ? null : stages.error) : analysis.error;
    return (
      <p className="notice" role="alert">
        {error?.message}
      </p>
    );
  }
  const totals = analysis.value.totals;
  const resolution = analysis.value.input.spatial[0] ?? scale.resolution;
  const paper = publishedEfficientNet(variant);
  const torchvision = torchvisionEfficientNet(variant);
  const own = resolution === scale.resolution;
  const scaling =
    `w = ${scale.width.toFixed(1)}, d = ${scale.depth.toFixed(1)}, ${resolution} × ${resolution}` +
    (own ? '' : `; trained at ${scale.resolution}`);
  return (
    <div className="bt-slide">
      <StageTable
        rows={stages.value}
        costs={costs}
        totals={totals}
        model={label}
        scaling={scaling}
      />
      <div className="bt-bottom">
        <div className="chart-slot bt-chart">
          <Fill index={1} label="the per-stage chart" block>
            <StageChart bars={chart.bars} model={chart.label} />
          </Fill>
        </div>
        <div className="chart-slot bt-totals">
          <Fill index={2} label="the totals beside the paper and torchvision" block>
            <section className="bt-lower" aria-label={`${label} totals: engine and published`}>
              <div
                className="bt-wrap"
                tabIndex={0}
                role="region"
                aria-label="Totals beside published figures (scrolls sideways)"
              >
                <table className="data bt-sources">
                  <caption>{label} totals: the engine beside the published figures</caption>
                  <colgroup>
                    <col className="bt-col-source" />
                    <col />
                    <col />
                    <col className="bt-col-top1" />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">source</th>
                      <th scope="col" className="n">
                        “FLOPs” (MACs)
                      </th>
                      <th scope="col" className="n">
                        params
                      </th>
                      <th scope="col" className="n">
                        top-1
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr className="bt-engine">
                      <th scope="row">
                        Engine <span className="bt-at">{own ? '' : `at ${resolution}`}</span>
                      </th>
                      <td className="n">
                        <Fill index={2} label="engine MACs">
                          <CompactFixed value={totals.macs} />
                        </Fill>
                      </td>
                      <td className="n">
                        <Fill index={2} label="engine params">
                          {formatCount(totals.params)}
                        </Fill>
                      </td>
                      <td className="n">–</td>
                    </tr>
                    {paper ? (
                      <tr>
                        <th scope="row">
                          Paper <span className="bt-at">{own ? '' : `at ${scale.resolution}`}</span>
                        </th>
                        <td className="n">{paper.macs}</td>
                        <td className="n">{paper.params}</td>
                        <td className="n">{paper.top1 ? `${paper.top1.toFixed(1)} %` : '–'}</td>
                      </tr>
                    ) : null}
                    {torchvision ? (
                      <tr>
                        <th scope="row">
                          torchvision{' '}
                          <span className="bt-at">
                            at {torchvision.figure.resolution ?? scale.resolution}
                          </span>
                        </th>
                        <td className="n">{torchvision.macs}</td>
                        <td className="n">{torchvision.params}</td>
                        <td className="n">–</td>
                      </tr>
                    ) : null}
                  </tbody>
                </table>
              </div>
              <p className="source">
                Paper: {paper?.source ?? 'EfficientNet (Tan & Le 2019), Table 2'}; torchvision:
                docs.
              </p>
              <p className="bt-macs-note">
                <strong>Their “FLOPs” are multiply-adds:</strong> MACs of conv and FC layers, SE’s
                two FCs included; BN, activations, pooling and the SE scale are not counted.
                {/* On a line of its own, so a longer number never reflows the note. */}
                <span className="bt-flops">
                  As mults + adds, {label} is ≈{' '}
                  <span className="num">
                    {formatCompact(2 * totals.macs, { unit: 'B', digits: 2 })}
                  </span>{' '}
                  FLOPs.
                </span>
              </p>
              {paper?.note || torchvision?.note ? (
                <details className="bt-why">
                  <summary>Why engine and print differ</summary>
                  {paper?.note ? <p>{paper.note}</p> : null}
                  {torchvision?.note ? <p>{torchvision.note}</p> : null}
                </details>
              ) : null}
            </section>
          </Fill>
        </div>
      </div>
    </div>
  );
});

/** The controls answer at once; the body follows in a deferred render (the slider stays smooth). */
export default function EfficientNetTablePanel({ values }: SlideProps) {
  return <Body values={useDeferredValue(values)} />;
}
