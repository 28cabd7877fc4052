import { EFFICIENTNET_TABLE2, formatCompact, type PublishedFigure } from '../../engine/index';
import { ENGINE_MODEL_OF, modelCost } from '../se/model-costs';
import { PerformanceChart } from '../se/performance-chart';
import { comparedWith, familyOf } from '../se/table2-data';
import { Fill } from '../fill';
import type { SlideProps } from '../slide-meta';
import { ChartFrame } from '../../ui/chart-frame';
import { DataTable } from '../../ui/data-table';
import './30-efficientnet-performance.css';

const SOURCE = 'Tan & Le 2019, Table 2';
const VARIANTS = EFFICIENTNET_TABLE2.filter((f) => familyOf(f) === 'efficientnet');
const CONVENTIONAL_CHECKS = EFFICIENTNET_TABLE2.filter(
  (f) => ENGINE_MODEL_OF[f.model] !== undefined,
);

/** The engine's registry id for a Table 2 row, if the engine can build it. */
function engineId(figure: PublishedFigure): string | undefined {
  return figure.id.startsWith('efficientnet-') ? figure.id : ENGINE_MODEL_OF[figure.model];
}

function engineMacs(figure: PublishedFigure): string {
  const cost = modelCost(engineId(figure) ?? '');
  return cost ? formatCompact(cost.macs, { unit: 'B', digits: cost.macs < 10e9 ? 2 : 1 }) : '–';
}

function percent(top1: number | undefined): string {
  return top1 === undefined ? '–' : `${top1.toFixed(1)} %`;
}

function times(a: number, b: number): string {
  const r = a / b;
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
}

/** The model Table 2 sets beside a variant whose accuracy is closest, and how much more it costs. */
function rival(variant: PublishedFigure): string {
  const group = comparedWith(variant.id);
  const closest = [...group].sort(
    (a, b) =>
      Math.abs((a.top1 ?? 0) - (variant.top1 ?? 0)) - Math.abs((b.top1 ?? 0) - (variant.top1 ?? 0)),
  )[0];
  if (!closest) return '–';
  if (closest.macs && variant.macs) {
    return `${closest.model} ${percent(closest.top1)}: ${times(closest.macs.value, variant.macs.value)}`;
  }
  return `${closest.model} ${percent(closest.top1)}: ${times(closest.params?.value ?? 0, variant.params?.value ?? 1)} params`;
}

// Slide 30: the paper's Table 2 as a chart, the engine's counts beside the published ones.
export default function Panel(_props: SlideProps) {
  return (
    <div className="perf">
      <div className="perf-left">
        <Fill index={0} label="the chart of top-1 accuracy against FLOPs" block>
          <ChartFrame
            title="ImageNet top-1 accuracy against FLOPs"
            height={13}
            source={`Published figures: ${SOURCE} (GPipe has no FLOPs figure).`}
            table={<Table2Table />}
          >
            <PerformanceChart />
          </ChartFrame>
        </Fill>
        <p className="perf-flops">
          The paper's <strong>“FLOPs” are multiply-adds</strong> (MACs, as torchvision's “GFLOPS”):
          in the lecture's FLOPs (mults + adds) every figure is about <strong>twice</strong> as
          large.
        </p>
      </div>
      <div className="perf-side">
        <div className="perf-scroll">
          <DataTable
            className="perf-table"
            caption="Published “FLOPs” (mult-adds) and the engine's MACs"
            columns={[
              {
                key: 'model',
                header: '',
                cell: (f: PublishedFigure) => f.model.replace('EfficientNet-', ''),
              },
              {
                key: 'top1',
                header: 'top-1',
                numeric: true,
                cell: (f: PublishedFigure) => percent(f.top1),
              },
              {
                key: 'paper',
                header: 'paper',
                numeric: true,
                cell: (f: PublishedFigure) => `${f.macs?.printed} B`,
              },
              { key: 'engine', header: 'engine', numeric: true, cell: engineMacs },
              { key: 'rival', header: 'Table 2 rival: × FLOPs', cell: rival },
            ]}
            rows={VARIANTS}
            rowKey={(f) => f.id}
          />
        </div>
        <p className="perf-check num">
          Engine check:{' '}
          {CONVENTIONAL_CHECKS.map((f, k) => (
            <span key={f.id}>
              {k > 0 ? '; ' : ''}
              {f.model} paper {f.macs?.printed} B, engine {engineMacs(f)}
            </span>
          ))}
          .
        </p>
        <details className="perf-why">
          <summary>Why paper and engine differ</summary>
          <ul>
            {VARIANTS.filter((f) => f.note).map((f) => (
              <li key={f.id}>
                <strong>{f.model}</strong>: {f.note}
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}

// Every row of Table 2 with the engine's count where it has one.
function Table2Table() {
  return (
    <DataTable
      caption={`${SOURCE}, with the engine's counts (MACs, params with BN γ/β)`}
      columns={[
        { key: 'model', header: 'model', cell: (f: PublishedFigure) => f.model },
        { key: 'family', header: 'family', cell: (f: PublishedFigure) => familyOf(f) },
        {
          key: 'top1',
          header: 'top-1',
          numeric: true,
          cell: (f: PublishedFigure) => percent(f.top1),
        },
        {
          key: 'top5',
          header: 'top-5',
          numeric: true,
          cell: (f: PublishedFigure) => percent(f.top5),
        },
        {
          key: 'params',
          header: 'params',
          numeric: true,
          cell: (f: PublishedFigure) => `${f.params?.printed ?? '–'} M`,
        },
        {
          key: 'flops',
          header: 'FLOPs (mult-adds)',
          numeric: true,
          cell: (f: PublishedFigure) => (f.macs ? `${f.macs.printed} B` : '–'),
        },
        { key: 'engine', header: 'engine MACs', numeric: true, cell: engineMacs },
        {
          key: 'engine-params',
          header: 'engine params',
          numeric: true,
          cell: (f: PublishedFigure) => {
            const cost = modelCost(engineId(f) ?? '');
            return cost ? formatCompact(cost.params) : '–';
          },
        },
      ]}
      rows={EFFICIENTNET_TABLE2}
      rowKey={(f) => f.id}
    />
  );
}
