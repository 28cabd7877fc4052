// Slide 9: depthwise separable convolution as two steps, and what the split saves on one real layer.
import { useMemo } from 'react';
import { formatCompact, formatCount, separableConvCost, unwrap } from '../../engine/index';
import { DataTable, type Column } from '../../ui/data-table';
import type { SlideProps } from '../slide-meta';
import { useMediaQuery } from '../../ui/use-media-query';
import { ConceptFigure } from './09-concept-figure';
import { ConceptFigureTall } from './09-concept-figure-tall';
import './09-figures.css';
import './09-depthwise-separable-concept.css';

// MobileNet Table 3's example layer: 14 × 14 × 512 input, 3 × 3 kernel, 512 outputs.
const LAYER = { kernel: 3, inChannels: 512, outChannels: 512, size: 14 } as const;

interface CostRow {
  readonly name: string;
  readonly macs: number;
  readonly params: number;
  /** Howard et al. 2017, Table 3 (million mult-adds / million params). */
  readonly paper: string;
}

const COLUMNS: readonly Column<CostRow>[] = [
  { key: 'name', header: 'Layer', cell: (r) => r.name },
  {
    key: 'macs',
    header: 'Mult-adds (MACs)',
    numeric: true,
    cell: (r) => <span title={formatCount(r.macs)}>{formatCount(r.macs)}</span>,
  },
  { key: 'params', header: 'Params', numeric: true, cell: (r) => formatCount(r.params) },
  { key: 'paper', header: 'Paper (Table 3)', numeric: true, cell: (r) => r.paper },
];

export default function Panel(_props: SlideProps) {
  const cost = useMemo(() => unwrap(separableConvCost(LAYER)), []);
  // A phone's page is narrow and long: the figure turns to run downwards, its text kept readable.
  const phone = useMediaQuery('(max-width: 52rem)');
  const rows: readonly CostRow[] = [
    {
      name: 'Standard 3 × 3 conv',
      macs: cost.standardMacs,
      params: cost.standardParams,
      paper: '462 M / 2.36 M',
    },
    {
      name: 'Depthwise separable',
      macs: cost.macs,
      params: cost.params,
      paper: '52.3 M / 0.27 M',
    },
  ];
  const times = cost.standardMacs / cost.macs;
  return (
    <div className="concept">
      <p className="sep-lead">
        A standard convolution does <strong>spatial filtering</strong> and{' '}
        <strong>channel mixing</strong> in one operation. Depthwise separable convolution splits
        them into two steps:
      </p>
      <div className={phone ? 'concept-figure concept-figure-tall' : 'concept-figure'}>
        {phone ? <ConceptFigureTall /> : <ConceptFigure />}
      </div>
      <div className="concept-bottom">
        <ol className="concept-steps">
          <li>
            <strong>Depthwise</strong> convolution: spatial filtering <em>per input channel</em> — M
            filters of D<sub>K</sub> × D<sub>K</sub> × 1; channels are not mixed.
          </li>
          <li>
            <strong>Pointwise</strong> convolution: a <em>1 × 1</em> convolution mixes the channels
            — N filters of 1 × 1 × M; no spatial extent.
          </li>
        </ol>
        <div className="concept-cost" tabIndex={0} role="region" aria-label="Cost of one layer">
          <DataTable
            caption={
              <>
                One MobileNet layer, 14 × 14 × 512 → 512 with 3 × 3 kernels:{' '}
                <strong className="num">{times.toFixed(1)}× fewer mult-adds</strong> (
                {formatCompact(cost.standardMacs)} → {formatCompact(cost.macs)})
              </>
            }
            columns={COLUMNS}
            rows={rows}
            rowKey={(r) => r.name}
          />
          <p className="source">
            Engine values, exact. Paper: Howard et al. 2017, Table 3 (million mult-adds / million
            parameters), the same layer.
          </p>
        </div>
      </div>
    </div>
  );
}
