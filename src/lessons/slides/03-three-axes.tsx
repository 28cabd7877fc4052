import { useDeferredValue, useMemo } from 'react';
import { formatCompact } from '../../engine/index';
import type { SlideProps } from '../slide-meta';
import { AxesChart } from './03-three-axes-chart';
import { axisFactor, combined } from './03-three-axes-cost';
import './03-three-axes.css';

interface Row {
  readonly axis: 'depth' | 'width' | 'resolution';
  readonly name: string;
  readonly symbol: string;
  readonly means: string;
  readonly effect: string;
  readonly rule: (m: number) => number;
}

// The lecture's table, row by row.
const ROWS: readonly Row[] = [
  {
    axis: 'depth',
    name: 'Depth',
    symbol: 'd',
    means: 'Number of layers',
    effect: 'Linear',
    rule: (m) => m,
  },
  {
    axis: 'width',
    name: 'Width',
    symbol: 'w',
    means: 'Number of channels per layer',
    effect: 'Quadratic',
    rule: (m) => m * m,
  },
  {
    axis: 'resolution',
    name: 'Resolution',
    symbol: 'r',
    means: 'Size of input images',
    effect: 'Quadratic',
    rule: (m) => m * m,
  },
];

const times = (v: number | null) => (v === null ? '–' : `×${v.toFixed(2)}`);

/**
 * A factor in a slot as wide as its widest (one axis: "×9.00"; all three: "×324.00"), so the
 * table's columns never change.
 */
function Factor({ value, wide = false }: { value: number | null; wide?: boolean }) {
  return (
    <span className={wide ? 'axes-factor axes-factor-wide' : 'axes-factor'}>{times(value)}</span>
  );
}

// Slide 3: three ways to change a network's cost, and how each grows it.
export default function Panel({ values }: SlideProps) {
  const now = { depth: Number(values.d), width: Number(values.w), resolution: Number(values.r) };
  const d = useDeferredValue(now.depth);
  const w = useDeferredValue(now.width);
  const r = useDeferredValue(now.resolution);
  const single = useMemo(
    () => ({
      depth: axisFactor('depth', d),
      width: axisFactor('width', w),
      resolution: axisFactor('resolution', r),
    }),
    [d, w, r],
  );
  const all = useMemo(() => combined(d, w, r), [d, w, r]);
  const deferredOf = { depth: d, width: w, resolution: r };
  const total = all.result.ok ? all.result.value : null;
  return (
    <div className="axes">
      <div className="axes-table-wrap" tabIndex={0} role="region" aria-label="The three axes">
        <table className="data axes-table">
          <caption>
            The lecture’s table, with the cost factor at your multipliers: the rule, and the
            engine’s count of EfficientNet-B0 (224 px,{' '}
            {total ? formatCompact(total.base.macs, { unit: 'B', digits: 2 }) : '–'} MACs) scaled
            along that axis alone
          </caption>
          <thead>
            <tr>
              <th scope="col">Axis</th>
              <th scope="col">What it means</th>
              <th scope="col">Effect on FLOPs</th>
              <th scope="col" className="n">
                rule
              </th>
              <th scope="col" className="n">
                engine
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => {
              const m = deferredOf[row.axis];
              return (
                <tr key={row.axis}>
                  <th scope="row">
                    <span className={`axes-dot axes-${row.axis}`} aria-hidden="true" /> {row.name}{' '}
                    <span className="axes-sym">{row.symbol}</span>
                  </th>
                  <td>{row.means}</td>
                  <td>
                    <strong>{row.effect}</strong>
                  </td>
                  <td className="n">
                    {row.symbol}
                    {row.effect === 'Linear' ? '' : '²'} = <Factor value={row.rule(m)} />
                  </td>
                  <td className="n">
                    <strong>
                      <Factor value={single[row.axis]} />
                    </strong>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All three</th>
              <td colSpan={2}>
                {total ? (
                  <>
                    <strong className="num axes-macs">
                      {formatCompact(total.scaled.macs, { unit: 'B', digits: 2 })}
                    </strong>{' '}
                    MACs at <span className="num">{all.resolution}</span> px
                  </>
                ) : (
                  <span className="panel-error">
                    {all.result.ok ? '' : all.result.error.message}
                  </span>
                )}
              </td>
              <td className="n">
                d·w²·r² = <Factor value={total ? total.approxFactor : null} wide />
              </td>
              <td className="n">
                <strong>
                  <Factor value={total ? total.realFactor : null} wide />
                </strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <AxesChart d={now.depth} w={now.width} r={now.resolution} />
      <p className="axes-take">
        Efficient design must <strong>balance all three</strong> rather than scaling just one: the
        idea behind EfficientNet’s <a href="#/compound-scaling">compound scaling</a>.
      </p>
    </div>
  );
}
