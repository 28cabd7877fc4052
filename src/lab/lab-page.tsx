import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import {
  buildModel,
  findModel,
  shape,
  unwrap,
  type ModelOptions,
  type Network,
} from '../engine/index';
import type { PageProps } from '../store/page-props';
import { Notice } from '../ui/notice';
import { analyzeForLab, type LabAnalysis } from './counting';
import { CountingPanel } from './counting-panel';
import { entriesFromRows, walkEntries } from './editor-walk';
import { ExportPanel } from './export-panel';
import { GapPanel } from './gap-panel';
import { InspectContext } from './inspect-context';
import { LabCharts } from './lab-charts';
import { LabHeader } from './lab-header';
import { DEFAULT_MODEL, type TabId } from './lab-link';
import { sourceNetwork, useLabStore } from './lab-store';
import { LatencyPanel } from './latency-panel';
import { LayerTable } from './layer-table';
import { trimOptions } from './model-options';
import { NetworkEditor } from './network-editor';
import { ResultsTabs } from './results-tabs';
import { SourcePicker } from './source-picker';
import { TotalsBar } from './totals-bar';
import { useLabLink } from './use-lab-link';
import './lab.css';

/** Tells whether a model's options are all its defaults. */
function isDefaultBuild(id: string, options: ModelOptions): boolean {
  const info = findModel(id);
  return info !== undefined && Object.keys(trimOptions(info, options)).length === 0;
}

/** The network shown when a model cannot be built at all. */
const FALLBACK: Network = unwrap(buildModel(DEFAULT_MODEL));

// The model lab (#/lab): any network, any counting convention, explained.
export default function LabPage({ query }: PageProps) {
  const { shareable, loading } = useLabLink(query);
  const source = useLabStore((s) => s.source);
  const counting = useLabStore((s) => s.counting);
  const selected = useLabStore((s) => s.selected);
  const notices = useLabStore((s) => s.notices);
  const built = useMemo(() => sourceNetwork(source), [source]);
  const network = 'network' in built ? built.network : FALLBACK;
  // The controls answer at once; the editor's shapes, the analysis and the charts may trail by a frame.
  const deferred = useDeferredValue(network);
  const input = useMemo(
    () => shape(deferred.input.spatial, deferred.input.channels),
    [deferred.input],
  );
  const result = useMemo(() => analyzeForLab(deferred, counting), [deferred, counting]);
  // One analysis gives every row's shape and cost; a network with an error is walked row by row.
  const entries = useMemo(
    () =>
      (result.ok
        ? entriesFromRows(deferred.layers, result.value.analysis.rows, input, selected)
        : null) ?? walkEntries(deferred.layers, input, [], selected),
    [deferred.layers, input, selected, result],
  );
  const lastGood = useRef<{ network: Network; lab: LabAnalysis } | null>(null);
  if (result.ok) lastGood.current = { network: deferred, lab: result.value };
  const shown = lastGood.current;
  const isPaperMobileNet =
    source.kind === 'model' &&
    source.model === DEFAULT_MODEL &&
    isDefaultBuild(source.model, source.options);
  const totalMacs = result.ok ? result.value.totalMacs : null;
  const inspect = useMemo(
    () => ({ convention: counting.convention, totalMacs }),
    [counting.convention, totalMacs],
  );
  const model = useMemo(
    () => (source.kind === 'model' ? { id: source.model, options: source.options } : null),
    [source],
  );

  useEffect(() => {
    document.title = `Model lab: ${network.title} — FLOPs Lab`;
  }, [network.title]);

  const panel = (tab: TabId) => {
    if (!shown) return <p className="lab-hint">Add layers to see results.</p>;
    switch (tab) {
      case 'table':
        return <LayerTable lab={shown.lab} counting={counting} title={shown.network.title} />;
      case 'charts':
        return (
          <LabCharts
            analysis={shown.lab.analysis}
            title={shown.network.title}
            paperTable2={isPaperMobileNet}
          />
        );
      case 'gap':
        return <GapPanel network={shown.network} model={result.ok ? model : null} />;
      case 'latency':
        return <LatencyPanel rows={shown.lab.analysis.rows} title={shown.network.title} />;
      case 'export':
        return (
          <ExportPanel
            network={network}
            lab={shown.lab}
            counting={counting}
            shareable={shareable}
          />
        );
    }
  };

  return (
    <div className="lab-page">
      <LabHeader />
      <main id="main" tabIndex={-1} className="lab-main">
        <header className="lab-intro">
          <h1>Model lab</h1>
          <p>
            Take the week&apos;s math to any network: pick one or build your own, count it any way,
            and see where the cost is, why sources disagree, and why FLOPs are not latency.
          </p>
        </header>
        {notices.length > 0 ? (
          <Notice onDismiss={() => useLabStore.getState().dismissNotices()}>
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </Notice>
        ) : null}
        {'error' in built ? (
          <p className="lab-error-summary">This model cannot be built: {built.error}</p>
        ) : null}
        {loading ? (
          <p className="lab-hint" role="status">
            Loading the network from the link…
          </p>
        ) : null}
        <div className="lab-top">
          <SourcePicker />
          {shown ? (
            <TotalsBar
              title={shown.network.title}
              lab={shown.lab}
              counting={counting}
              stale={!result.ok}
            />
          ) : null}
        </div>
        {!result.ok && network.layers.length > 0 ? (
          <p className="lab-error-summary" role="status">
            The network has an error (<code>{result.error.field}</code>): {result.error.message}{' '}
            {shown ? 'The numbers shown are from the last network that worked.' : ''}
          </p>
        ) : null}
        <CountingPanel />
        <InspectContext value={inspect}>
          <NetworkEditor network={deferred} entries={entries} selected={selected} />
        </InspectContext>
        <ResultsTabs render={panel} />
      </main>
    </div>
  );
}
