// Slide 14: MobileNetV1's body table from the engine at the chosen width α and resolution, with totals.
import { useMemo } from 'react';
import { MOBILENET_V1_FIGURES, formatCompact, formatCount } from '../../engine/index';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { analyzeMobileNet } from './14-mobilenet-analysis';
import { meta } from './14-mobilenet-architecture.meta';
import { paramStops, usePrewarm } from './14-prewarm';
import { bodyRows, countedLayers } from './14-layer-rows';
import { LayerTable } from './14-layer-table';
import { Shares } from './14-shares';
import './09-figures.css';
import './14-mobilenet-architecture.css';

// The rows of Tables 4–7 and 9 that describe the separable MobileNet at one width and resolution.
const SCALED = /^(t4-mobilenet|t5-075|t6-|t7-|t9-050-160)/;

/** The paper's figure for this α and resolution, if it printed one. */
export function publishedFor(alpha: number, res: number) {
  return MOBILENET_V1_FIGURES.find((f) => {
    const o = f.build?.model === 'mobilenet-v1' ? f.build.options : undefined;
    return (
      SCALED.test(f.id) &&
      o !== undefined &&
      (o.width ?? 1) === alpha &&
      (o.resolution ?? 224) === res
    );
  });
}

const STOPS = {
  alpha: paramStops(meta.params, 'alpha'),
  res: paramStops(meta.params, 'res'),
};

/** "MobileNet (Howard et al. 2017), Table 6" → "Table 6". */
function tableOf(source: string): string {
  return source.replace(/^.*, /, '');
}

export default function Panel({ values }: SlideProps) {
  const alpha = Number(values.alpha);
  const res = Number(values.res);
  const result = useMemo(() => analyzeMobileNet(alpha, res), [alpha, res]);
  // The next slider steps: every α at this resolution and every resolution at this α.
  usePrewarm(
    () => [
      ...STOPS.alpha.map((a) => () => analyzeMobileNet(a, res)),
      ...STOPS.res.map((r) => () => analyzeMobileNet(alpha, r)),
    ],
    [alpha, res],
  );
  const rows = useMemo(() => (result.ok ? bodyRows(result.value) : []), [result]);
  if (!result.ok) return <p className="panel-error">{result.error.message}</p>;
  const { analysis } = result.value;
  const { totals } = analysis;
  const published = publishedFor(alpha, res);
  const title = analysis.network.title;
  const misprinted = rows.find((r) => r.printed)?.number ?? '26';
  return (
    <div className="arch">
      <p className="arch-flow">
        <span>Each block:</span>
        <span className="arch-chip arch-dw">3×3 dw</span>→<span className="arch-chip">BN</span>→
        <span className="arch-chip">ReLU</span>→<span className="arch-chip arch-pw">1×1 conv</span>→
        <span className="arch-chip">BN</span>→<span className="arch-chip">ReLU</span>
      </p>
      <div className="arch-top">
        <div className="sep-card">
          <h2>Mult-adds (MACs)</h2>
          <Fill index={0} label="total mult-adds" block>
            <span className="sep-big">{formatCompact(totals.macs)}</span>
            <p className="sep-exact">{formatCount(totals.macs)}</p>
            <p className="sep-quote">
              {published?.macs ? (
                <>
                  <span>Paper {published.macs.printed} M</span>{' '}
                  <span>({tableOf(published.source)})</span>
                </>
              ) : (
                <>
                  <span>No paper figure</span> <span>for this α and size</span>
                </>
              )}
            </p>
          </Fill>
        </div>
        <div className="sep-card">
          <h2>Params (no BN)</h2>
          <Fill index={1} label="total parameters" block>
            <span className="sep-big">{formatCompact(analysis.reportedParams)}</span>
            <p className="sep-exact">{formatCount(analysis.reportedParams)}</p>
            <p className="sep-quote">
              <span>
                {published?.params ? `Paper ${published.params.printed} M.` : 'No paper figure.'}
              </span>{' '}
              <span>
                With BN γ/β: <span className="num arch-bn">{formatCount(totals.params)}</span>
              </span>
            </p>
          </Fill>
        </div>
        <div
          className="arch-shares-box"
          tabIndex={0}
          role="region"
          aria-label="Share by layer type"
        >
          <Shares analysis={analysis} />
        </div>
      </div>
      <LayerTable
        rows={rows}
        caption={`MobileNetV1 body table, ${title}`}
        title={title}
        layers={countedLayers(rows)}
      />
      <p className="sep-warn arch-warn">
        ⚠ Table 1 prints layer {misprinted} as “Conv dw / s2”, but its output is as large as its
        input: it is s1.
      </p>
      <details className="arch-notes">
        <summary>How the engine counts, and the paper’s misprints</summary>
        <p className="source">
          BN and ReLU are not counted as layers. Params count the conv and FC weights and biases
          without BN, as the paper does; with BN’s γ and β they are a little more. Table 2’s 1.19 %
          (marked *) is a misprint for 1.91 %: its shares then add up to 100 %. Table 2’s params
          shares leave out the FC bias. The lecture’s copy of Table 1 repeats the s2 misprint.
        </p>
      </details>
    </div>
  );
}
